package dev.coalition.policy;

import dev.coalition.core.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads settings files in load order, each laid over the ones before it: the bundled files define
 * the settings, and a file of your own policy may change values and define new settings.
 *
 * <p>In a file of your own, {@code NAME = VALUE} alone changes the value of a setting defined
 * before (checked against its type and range); a new setting needs {@code NAME = DEFAULT},
 * {@code NAME.type}, {@code NAME.description}, {@code NAME.source} and, for numbers,
 * {@code NAME.min} or {@code NAME.max}. A file of your own may restate a setting's type, range
 * and {@code atMost} (a copy of a bundled file does) but not change them; it may change its
 * description and source. Every problem names the file and line it is on.
 */
public final class SettingsLayers {

    private static final List<String> ATTRIBUTES = List.of("type", "description", "source", "min", "max", "atMost");
    private static final String NEW_SETTING = "a new setting needs NAME = DEFAULT, NAME.type (integer, decimal, domains, "
            + "words or text), NAME.description, NAME.source and, for numbers, NAME.min or NAME.max";

    private SettingsLayers() {
    }

    /**
     * A problem in a settings file.
     *
     * @param file    the file's name, e.g. {@code governance.settings.properties}
     * @param line    the line, from 1
     * @param message what is wrong and how to put it right
     */
    public record Problem(String file, int line, String message) {
    }

    /**
     * The settings the files define, where each value came from, and every problem found.
     *
     * @param settings the settings (complete only when there are no problems)
     * @param sources  each setting's source, by name
     * @param problems every problem, in file and line order; empty when all is well
     */
    public record Result(Settings settings, Map<String, SettingSource> sources, List<Problem> problems) {
        public Result {
            sources = Collections.unmodifiableMap(new TreeMap<>(sources));
            problems = List.copyOf(problems);
        }
    }

    /** Reads the files in load order, each laid over the ones before it. */
    public static Result read(List<SettingsFile> files) {
        Map<String, SettingDefinition> definitions = new LinkedHashMap<>();
        Map<String, SettingSource> definedAt = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, SettingSource> sources = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (SettingsFile file : files) {
            new Layer(file, definitions, definedAt, values, sources, problems).read();
        }
        Settings settings = Settings.of(List.copyOf(definitions.values()));
        for (Map.Entry<String, String> value : values.entrySet()) {
            settings = settings.with(value.getKey(), value.getValue());
        }
        return new Result(settings, sources, problems);
    }

    /** One file laid over what the files before it defined. */
    private record Layer(SettingsFile file, Map<String, SettingDefinition> definitions, Map<String, SettingSource> definedAt,
                         Map<String, String> values, Map<String, SettingSource> sources, List<Problem> problems) {

        void read() {
            Map<String, Map<String, SettingsFile.Entry>> groups = new LinkedHashMap<>();
            Map<String, Integer> keyLine = new LinkedHashMap<>();
            for (SettingsFile.Entry entry : file.entries()) {
                if (entry.key().isEmpty()) {
                    problem(entry.line(), "this line cannot be read (" + entry.value() + "); write NAME = VALUE");
                    continue;
                }
                Integer earlier = keyLine.putIfAbsent(entry.key(), entry.line());
                if (earlier != null) {
                    problem(entry.line(), entry.key() + " is given twice in this file, at lines " + earlier + " and "
                            + entry.line() + "; keep one");
                    continue;
                }
                int dot = entry.key().lastIndexOf('.');
                String attribute = dot < 0 ? "" : entry.key().substring(dot + 1);
                boolean isAttribute = ATTRIBUTES.contains(attribute);
                String base = isAttribute ? entry.key().substring(0, dot) : entry.key();
                groups.computeIfAbsent(base, b -> new LinkedHashMap<>()).put(isAttribute ? attribute : "", entry);
            }
            groups.forEach((name, group) -> {
                if (definitions.containsKey(name)) {
                    overlay(name, group);
                } else if (group.containsKey("type")) {
                    define(name, group);
                } else {
                    unknown(name, group, groups.keySet());
                }
            });
        }

        private void unknown(String name, Map<String, SettingsFile.Entry> group, Set<String> namesHere) {
            SettingsFile.Entry first = group.values().iterator().next();
            if (group.size() > 1 || !group.containsKey("")) {
                problem(first.line(), name + ".type is missing: " + NEW_SETTING.replace("NAME", name));
                return;
            }
            int dot = name.lastIndexOf('.');
            String owner = dot < 0 ? "" : name.substring(0, dot);
            if (definitions.containsKey(owner) || namesHere.contains(owner)) {
                String attribute = name.substring(dot + 1);
                problem(first.line(), "\"" + attribute + "\" is not an attribute of setting " + owner
                        + Suggestions.closest(attribute, ATTRIBUTES).map(a -> " (did you mean " + owner + "." + a + "?)").orElse("")
                        + "; use " + String.join(", ", ATTRIBUTES));
                return;
            }
            problem(first.line(), "unknown setting \"" + name + "\""
                    + Suggestions.closest(name, definitions.keySet()).map(k -> " (did you mean \"" + k + "\"?)").orElse("")
                    + (file.bundled() ? "" : "; a value alone changes a setting defined elsewhere, and "
                    + NEW_SETTING.replace("NAME", name)));
        }

        private void define(String name, Map<String, SettingsFile.Entry> group) {
            SettingsFile.Entry typeEntry = group.get("type");
            SettingType type;
            try {
                type = SettingType.valueOf(typeEntry.value().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(typeEntry.line(), name + ".type: \"" + typeEntry.value() + "\" is not a type; use integer, decimal, "
                        + "domains, words or text");
                return;
            }
            boolean numeric = type == SettingType.INTEGER || type == SettingType.DECIMAL;
            List<String> missing = new ArrayList<>();
            if (group.get("") == null) {
                missing.add(name + " = DEFAULT");
            }
            for (String attribute : List.of("description", "source")) {
                SettingsFile.Entry entry = group.get(attribute);
                if (entry == null || entry.value().isBlank()) {
                    missing.add(name + "." + attribute);
                }
            }
            if (numeric && !group.containsKey("min") && !group.containsKey("max")) {
                missing.add(name + ".min or " + name + ".max");
            }
            if (!missing.isEmpty()) {
                problem(typeEntry.line(), "setting " + name + " needs " + String.join(", ", missing) + "; "
                        + NEW_SETTING.replace("NAME", name));
                return;
            }
            Double min = bound(name, group.get("min"));
            Double max = bound(name, group.get("max"));
            if ((group.containsKey("min") && min == null) || (group.containsKey("max") && max == null)) {
                return;
            }
            SettingsFile.Entry valueEntry = group.get("");
            SettingDefinition definition;
            try {
                Object defaultValue = type.parse(valueEntry.value());
                SettingsFile.Entry atMost = group.get("atMost");
                definition = new SettingDefinition(name, type, defaultValue, group.get("description").value().strip(),
                        group.get("source").value().strip(), min, max, atMost == null ? null : atMost.value().strip());
            } catch (IllegalArgumentException e) {
                String message = e.getMessage().startsWith(name + ":") ? e.getMessage() : name + ": " + e.getMessage();
                problem(valueEntry.line(), message);
                return;
            }
            definitions.put(name, definition);
            definedAt.put(name, SettingSource.of(file, typeEntry.line()));
            sources.put(name, SettingSource.of(file, valueEntry.line()));
        }

        private Double bound(String name, SettingsFile.Entry entry) {
            if (entry == null) {
                return null;
            }
            try {
                return Double.valueOf(entry.value().strip());
            } catch (NumberFormatException e) {
                problem(entry.line(), entry.key() + ": \"" + entry.value() + "\" is not a number");
                return null;
            }
        }

        private void overlay(String name, Map<String, SettingsFile.Entry> group) {
            SettingDefinition definition = definitions.get(name);
            SettingSource where = definedAt.get(name);
            if (file.bundled() && where.kind() == SettingSource.Kind.BUNDLED) {
                problem(group.values().iterator().next().line(), "setting " + name + " is already defined in " + where
                        + "; give each setting one definition");
                return;
            }
            boolean fixedPartsAgree = true;
            for (String attribute : List.of("type", "min", "max", "atMost")) {
                SettingsFile.Entry entry = group.get(attribute);
                if (entry == null) {
                    continue;
                }
                String given = entry.value().strip();
                String defined = switch (attribute) {
                    case "type" -> definition.type().name().toLowerCase(Locale.ROOT);
                    case "min" -> definition.min() == null ? null : SettingType.DECIMAL.format(definition.min());
                    case "max" -> definition.max() == null ? null : SettingType.DECIMAL.format(definition.max());
                    default -> definition.atMost();
                };
                if (!same(attribute, given, defined)) {
                    fixedPartsAgree = false;
                    problem(entry.line(), entry.key() + ": " + given + " differs from " + (defined == null ? "none" : defined)
                            + " in " + where + "; a policy may change a setting's value, description and source, not its "
                            + "type, min, max or atMost");
                }
            }
            SettingsFile.Entry description = group.get("description");
            SettingsFile.Entry source = group.get("source");
            if (fixedPartsAgree && (description != null || source != null)) {
                definitions.put(name, new SettingDefinition(name, definition.type(), definition.defaultValue(),
                        description == null || description.value().isBlank() ? definition.description() : description.value().strip(),
                        source == null || source.value().isBlank() ? definition.source() : source.value().strip(),
                        definition.min(), definition.max(), definition.atMost()));
            }
            SettingsFile.Entry value = group.get("");
            if (value != null) {
                try {
                    definition.parse(value.value());
                    values.put(name, value.value());
                    sources.put(name, SettingSource.of(file, value.line()));
                } catch (SettingsException e) {
                    problem(value.line(), e.getMessage() + allowed(definition));
                }
            }
        }

        private static String allowed(SettingDefinition definition) {
            return "; give " + definition.type().description() + (definition.range().isEmpty() ? "" : " in " + definition.range());
        }

        private static boolean same(String attribute, String given, String defined) {
            if (defined == null) {
                return false;
            }
            if (attribute.equals("min") || attribute.equals("max")) {
                try {
                    return Double.valueOf(given).equals(Double.valueOf(defined));
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            return given.equalsIgnoreCase(defined);
        }

        private void problem(int line, String message) {
            problems.add(new Problem(file.name(), line, message));
        }
    }
}
