package dev.coalition.policy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named policy setting: a threshold, weight or map that a policy's rules read, with its default
 * value, what it means and where the default comes from.
 *
 * @param name         a dotted name, e.g. {@code governance.crisisUrgency}
 * @param type         the kind of value
 * @param defaultValue the default value (Integer, Double or Set of decision domains)
 * @param description  what the setting means, as a sentence
 * @param source       where the default comes from (article section, paper, or this library's own choice)
 * @param min          the smallest value allowed for a number, or {@code null}
 * @param max          the largest value allowed for a number, or {@code null}
 * @param atMost       the name of another numeric setting this one may not exceed, or {@code null}
 *                     (e.g. a "low" cut-off that must stay at or below its "high" partner)
 */
public record SettingDefinition(String name, SettingType type, Object defaultValue, String description,
                                String source, Double min, Double max, String atMost) {

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-zA-Z][A-Za-z0-9]*)+");

    public SettingDefinition {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name: \"" + name
                    + "\" is not a setting name; use dotted words such as governance.crisisUrgency");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        String problem = problemWith(type, min, max, defaultValue);
        if (problem != null) {
            throw new IllegalArgumentException(name + ": the default " + problem);
        }
    }

    /** A setting with no relation to another. */
    public SettingDefinition(String name, SettingType type, Object defaultValue, String description, String source,
                             Double min, Double max) {
        this(name, type, defaultValue, description, source, min, max, null);
    }

    /**
     * Reads a value of this setting from text.
     *
     * @throws SettingsException naming the setting, what was wrong and what is allowed
     */
    public Object parse(String text) {
        if (text == null) {
            throw new SettingsException(name + ": a value is required; give " + type.description());
        }
        Object value;
        try {
            value = type.parse(text);
        } catch (IllegalArgumentException e) {
            throw new SettingsException(name + ": " + e.getMessage());
        }
        String problem = problemWith(type, min, max, value);
        if (problem != null) {
            throw new SettingsException(name + ": " + problem);
        }
        return value;
    }

    /** Writes a value of this setting as text, as {@link #parse} reads it. */
    public String format(Object value) {
        return type.format(value);
    }

    /** The allowed range as text, e.g. {@code 0..1}, {@code 2..}, or an empty string when any value is allowed. */
    public String range() {
        if (min == null && max == null) {
            return "";
        }
        return (min == null ? "" : SettingType.DECIMAL.format(min)) + ".." + (max == null ? "" : SettingType.DECIMAL.format(max));
    }

    private static String problemWith(SettingType type, Double min, Double max, Object value) {
        if (!(value instanceof Number number)) {
            return null;
        }
        double v = number.doubleValue();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return value + " is not a finite number";
        }
        boolean below = min != null && v < min;
        boolean above = max != null && v > max;
        if (below || above) {
            String shown = type.format(value);
            String range = (min == null ? "" : SettingType.DECIMAL.format(min)) + ".." + (max == null ? "" : SettingType.DECIMAL.format(max));
            return shown + " is outside " + range;
        }
        return null;
    }
}
