package dev.coalition.policy;

import dev.coalition.governance.DecisionDomain;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The values of a policy's named settings: the fact through which rules read every threshold,
 * weight and map ({@code Settings( $crisis : number("governance.crisisUrgency") )}).
 *
 * <p>Immutable and thread-safe. {@link #with(String, String)} returns a copy with one value
 * changed; an unknown name, a value of the wrong type or out of range is refused with a
 * {@link SettingsException}.
 *
 * <h2>Defaults file</h2>
 * Defaults are read from a properties file in which every setting {@code NAME} has
 * <pre>
 * NAME             = default value
 * NAME.type        = integer | decimal | domains | words | text
 * NAME.description = what it means
 * NAME.source      = where the default comes from
 * NAME.min, NAME.max = optional bounds for numbers
 * NAME.atMost      = optional name of a numeric setting this one may not exceed
 * </pre>
 */
public final class Settings {

    private static final List<String> ATTRIBUTES = List.of("type", "description", "source", "min", "max", "atMost");

    private final Map<String, SettingDefinition> definitions;
    private final Map<String, Object> values;

    private Settings(Map<String, SettingDefinition> definitions, Map<String, Object> values) {
        this.definitions = definitions;
        this.values = values;
    }

    /** Settings holding the defaults of the given definitions. */
    public static Settings of(List<SettingDefinition> definitions) {
        Map<String, SettingDefinition> byName = new TreeMap<>();
        Map<String, Object> values = new TreeMap<>();
        for (SettingDefinition d : definitions) {
            if (byName.put(d.name(), d) != null) {
                throw new IllegalArgumentException("definitions: setting \"" + d.name() + "\" is defined twice");
            }
            values.put(d.name(), d.defaultValue());
        }
        return new Settings(Collections.unmodifiableMap(byName), Collections.unmodifiableMap(values));
    }

    /**
     * Reads setting definitions from a defaults file (see the class documentation).
     *
     * @param reader     the file's content
     * @param sourceName the file's name, used in error messages
     * @throws SettingsException naming the file and the setting when the file is malformed
     */
    public static List<SettingDefinition> readDefinitions(Reader reader, String sourceName) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> entries = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> entries.put(k, properties.getProperty(k)));
        List<SettingDefinition> definitions = new ArrayList<>();
        for (String key : entries.keySet()) {
            if (!key.endsWith(".type")) {
                continue;
            }
            String name = key.substring(0, key.length() - ".type".length());
            String where = sourceName + ": " + name;
            SettingType type;
            try {
                type = SettingType.valueOf(entries.get(key).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new SettingsException(where + ".type: \"" + entries.get(key) + "\" is not a type; use integer, decimal, domains, words or text");
            }
            String defaultText = require(entries, name, where, "");
            String description = require(entries, name, where, ".description");
            String source = require(entries, name, where, ".source");
            Double min = bound(entries, name, where, ".min");
            Double max = bound(entries, name, where, ".max");
            Object defaultValue;
            try {
                defaultValue = type.parse(defaultText);
            } catch (IllegalArgumentException e) {
                throw new SettingsException(where + ": " + e.getMessage());
            }
            String atMost = entries.get(name + ".atMost");
            try {
                definitions.add(new SettingDefinition(name, type, defaultValue, description.strip(), source.strip(), min, max,
                        atMost == null ? null : atMost.strip()));
            } catch (IllegalArgumentException e) {
                throw new SettingsException(sourceName + ": " + e.getMessage());
            }
        }
        for (String key : entries.keySet()) {
            int dot = key.lastIndexOf('.');
            String base = ATTRIBUTES.contains(key.substring(dot + 1)) ? key.substring(0, dot) : key;
            if (!entries.containsKey(base + ".type")) {
                throw new SettingsException(sourceName + ": " + key + " belongs to no setting; every setting needs "
                        + base + ".type");
            }
        }
        return definitions;
    }

    private static String require(Map<String, String> entries, String name, String where, String suffix) {
        String value = entries.get(name + suffix);
        if (value == null || value.isBlank()) {
            throw new SettingsException(where + suffix + " is missing");
        }
        return value;
    }

    private static Double bound(Map<String, String> entries, String name, String where, String suffix) {
        String value = entries.get(name + suffix);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new SettingsException(where + suffix + ": \"" + value + "\" is not a number");
        }
    }

    /**
     * Problems with how settings relate to each other: a setting above the setting named by its
     * {@code atMost}, or an {@code atMost} naming no numeric setting. Empty when all is well.
     */
    public List<String> relationProblems() {
        List<String> problems = new ArrayList<>();
        for (SettingDefinition d : definitions.values()) {
            if (d.atMost() == null) {
                continue;
            }
            SettingDefinition other = definitions.get(d.atMost());
            if (other == null || other.type() == SettingType.DOMAINS || d.type() == SettingType.DOMAINS) {
                problems.add(d.name() + ": atMost names \"" + d.atMost() + "\", which is not a numeric setting");
                continue;
            }
            double value = ((Number) values.get(d.name())).doubleValue();
            double limit = ((Number) values.get(other.name())).doubleValue();
            if (value > limit) {
                problems.add(d.name() + ": " + text(d.name()) + " is above " + other.name() + " (" + text(other.name())
                        + "); it must be at most that, or the bands between them make no sense");
            }
        }
        return problems;
    }

    /** These settings plus the given definitions (an error if a name is already defined). */
    public Settings plus(List<SettingDefinition> more) {
        List<SettingDefinition> all = new ArrayList<>(definitions.values());
        all.addAll(more);
        Settings merged = of(all);
        Map<String, Object> values = new TreeMap<>(merged.values);
        values.putAll(this.values);
        return new Settings(merged.definitions, Collections.unmodifiableMap(values));
    }

    /**
     * A copy with one setting changed.
     *
     * @param name  the setting's name
     * @param value the new value as text, as in the defaults file or on the command line
     * @throws SettingsException for an unknown name or an invalid value
     */
    public Settings with(String name, String value) {
        SettingDefinition definition = definition(name);
        Map<String, Object> changed = new TreeMap<>(values);
        changed.put(name, definition.parse(value));
        return new Settings(definitions, Collections.unmodifiableMap(changed));
    }

    /**
     * How the message of an unknown setting ends: where a library user finds the known names. A
     * front end (the command line, a policy compiler) may replace it with a hint of its own.
     */
    public static final String UNKNOWN_SETTING_HINT =
            "; Settings.definitions() lists the known settings (CoalitionAdvisor.settings() on an advisor), each with its description";

    /** The definition of a setting. @throws SettingsException if there is no such setting */
    public SettingDefinition definition(String name) {
        SettingDefinition definition = name == null ? null : definitions.get(name);
        if (definition == null) {
            throw new SettingsException("unknown setting \"" + name + "\"" + suggestion(name) + UNKNOWN_SETTING_HINT);
        }
        return definition;
    }

    private String suggestion(String name) {
        return dev.coalition.core.Suggestions.closest(name, definitions.keySet())
                .map(known -> " (did you mean \"" + known + "\"?)")
                .orElse("");
    }

    /** Whether a setting of this name exists. */
    public boolean defines(String name) {
        return definitions.containsKey(name);
    }

    /** Every setting's definition, in name order. */
    public List<SettingDefinition> definitions() {
        return List.copyOf(definitions.values());
    }

    /** The current value of a setting (Integer, Double or Set of decision domains). */
    public Object value(String name) {
        definition(name);
        return values.get(name);
    }

    /** The current value of a setting written as text. */
    public String text(String name) {
        return definition(name).format(values.get(name));
    }

    /** Every setting's current value as text, in name order. */
    public Map<String, String> asText() {
        Map<String, String> text = new LinkedHashMap<>();
        definitions.keySet().forEach(name -> text.put(name, text(name)));
        return Collections.unmodifiableMap(text);
    }

    /** The value of a numeric setting (integer or decimal) as a double; used in DRL as {@code number("name")}. */
    public double number(String name) {
        Object value = typed(name, SettingType.DECIMAL, SettingType.INTEGER);
        return ((Number) value).doubleValue();
    }

    /** The value of an integer setting; used in DRL as {@code integer("name")}. */
    public int integer(String name) {
        return (Integer) typed(name, SettingType.INTEGER, SettingType.INTEGER);
    }

    /** The value of a word-list setting; used in DRL as {@code words("name")}. */
    @SuppressWarnings("unchecked")
    public Set<String> words(String name) {
        return (Set<String>) typed(name, SettingType.WORDS, SettingType.WORDS);
    }

    /** The value of any setting written as text; for a TEXT setting, its line. Used in DRL as {@code text("name")}. */
    public String line(String name) {
        return (String) typed(name, SettingType.TEXT, SettingType.TEXT);
    }

    /** The value of a domain-list setting; used in DRL as {@code domains("name")}. */
    @SuppressWarnings("unchecked")
    public Set<DecisionDomain> domains(String name) {
        return (Set<DecisionDomain>) typed(name, SettingType.DOMAINS, SettingType.DOMAINS);
    }

    private Object typed(String name, SettingType expected, SettingType alsoAccepted) {
        SettingDefinition definition = definition(name);
        if (definition.type() != expected && definition.type() != alsoAccepted) {
            throw new SettingsException(name + ": is " + definition.type().description() + ", not "
                    + expected.description());
        }
        return values.get(name);
    }

    /** Whether these settings hold the same definitions and values as another. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Settings other && definitions.equals(other.definitions) && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(definitions, values);
    }

    @Override
    public String toString() {
        return "Settings" + asText();
    }
}
