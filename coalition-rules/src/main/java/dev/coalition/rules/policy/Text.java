package dev.coalition.rules.policy;

import dev.coalition.rules.api.Numbers;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Helpers for the sentences rules write into their result facts. Import them into a DRL file
 * with {@code import function dev.coalition.rules.policy.Text.sentence;} (and {@code .num},
 * {@code .band}, ...). {@link #sentence(String, Object...)} builds a reason that is formatted
 * only when it is read; {@link #bandLater(double, double)} is a band for its arguments.
 */
public final class Text {

    private Text() {
    }

    /**
     * A reason sentence, formatted only when it is read: {@code sentence("Decision urgency {} is below {}.",
     * $urgency, $crisis)}. Each {@code {}} takes the next argument, a decimal figure written as
     * {@link #num(double)} writes it and anything else as text. A decision whose explanation nobody
     * reads never formats it; the text is the same as the concatenation it replaces.
     *
     * @throws IllegalArgumentException when the placeholders and the arguments differ in number (the
     *                                  rule fails when it fires, naming the template)
     */
    public static Sentence sentence(String template, Object... arguments) {
        return Sentence.of(template, arguments);
    }

    /** A figure with at most four decimals and no trailing zeros: 0.3333, 12, 0.5. */
    public static String num(double value) {
        return Numbers.format(value);
    }

    /** A band as {@code min..max}, or "min or more" when it has no upper end. */
    public static String band(double min, double max) {
        return bandLater(min, max).toString();
    }

    /**
     * A band as {@link #band(double, double)} writes it, formatted only when read: an argument for
     * {@link #sentence(String, Object...)}.
     */
    public static CharSequence bandLater(double min, double max) {
        return Double.isInfinite(max) ? Sentence.of("{} or more", min) : Sentence.of("{}..{}", min, max);
    }

    /** The text with its first letter in upper case, to start a sentence with a description: "Shared governance ...". */
    public static String capitalized(CharSequence text) {
        String s = text.toString();
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase() + s.substring(1);
    }

    /**
     * Names in reading order (enum constants in declaration order, text alphabetically ignoring case), for
     * lists a rule collects with {@code accumulate}, whose order is not otherwise defined.
     */
    public static java.util.List<String> sorted(Collection<?> items) {
        if (items.stream().allMatch(i -> i instanceof Enum<?>)) {
            return items.stream().map(i -> (Enum<?>) i).sorted(java.util.Comparator.comparingInt(Enum::ordinal))
                    .map(String::valueOf).collect(Collectors.toUnmodifiableList());
        }
        return items.stream().map(String::valueOf)
                .sorted(java.util.Comparator.comparing((String s) -> s, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .collect(Collectors.toUnmodifiableList());
    }

    /** Items joined as "a, b and c". */
    public static String list(Collection<?> items) {
        java.util.List<String> names = items.stream().map(String::valueOf).collect(Collectors.toList());
        if (names.isEmpty()) {
            return "none";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * A decimal setting as the exact fraction it was written as ({@code 0.1} is 1/10, not the
     * nearest double), so that a rule compares exact figures with it and boundaries hold as written.
     */
    public static dev.coalition.value.Fraction exact(double setting) {
        return dev.coalition.value.Fraction.of(java.math.BigDecimal.valueOf(setting));
    }
}
