package dev.coalition.rules.policy;

import dev.coalition.rules.api.Numbers;
import java.util.Objects;

/**
 * A reason sentence that is formatted only when it is read: a template with {@code {}}
 * placeholders and its arguments, put together on the first call of {@link #toString()},
 * {@link #length()}, {@link #charAt(int)} or {@link #subSequence(int, int)} and kept from then
 * on. A rule builds one with {@link Text#sentence(String, Object...)}; a decision whose
 * explanation nobody reads never formats it.
 *
 * <p>Each argument is written as the sentences of the bundled policy write it: a {@code Double}
 * or {@code Float} as {@link Text#num(double)} does (at most four decimals, no trailing zeros:
 * 0.3333, 12, 0.5), anything else by {@link String#valueOf(Object)} ({@code null} as "null"). A
 * template whose placeholders do not match its arguments in number is refused when the sentence
 * is built, that is when the rule fires, naming the template.
 *
 * <p>Immutable and thread-safe as long as its arguments are (the facts a rule matched): threads
 * that read it first at the same time may each format it, and all get the same text. Equal to
 * another sentence with the same text; {@code sentence.toString().equals(text)} compares it with
 * a {@code String}.
 */
public final class Sentence implements CharSequence {

    private static final String PLACEHOLDER = "{}";

    private final String template;
    private final Object[] arguments;
    private String text; // racy single-check: a String is immutable, so any thread sees a whole one

    private Sentence(String template, Object[] arguments) {
        this.template = template;
        this.arguments = arguments;
    }

    /**
     * A sentence to be formatted when read.
     *
     * @param template  the text, with one {@code {}} for each argument, in order
     * @param arguments the values that replace the placeholders
     * @throws IllegalArgumentException when the placeholders and the arguments differ in number
     */
    public static Sentence of(String template, Object... arguments) {
        Objects.requireNonNull(template, "template: give the sentence's text, with {} for each argument");
        Object[] values = arguments == null ? new Object[] {null} : arguments.clone();
        int placeholders = placeholders(template);
        if (placeholders != values.length) {
            throw new IllegalArgumentException("the sentence template \"" + template + "\" has " + placeholders
                    + " placeholder(s) {} but " + values.length + " argument(s) were given: give one argument per {}");
        }
        return new Sentence(template, values);
    }

    private static int placeholders(String template) {
        int count = 0;
        for (int at = template.indexOf(PLACEHOLDER); at >= 0; at = template.indexOf(PLACEHOLDER, at + PLACEHOLDER.length())) {
            count++;
        }
        return count;
    }

    /** The template, with its {@code {}} placeholders, as the rule wrote it. */
    public String template() {
        return template;
    }

    /** The sentence's text, formatted on the first call and kept. */
    @Override
    public String toString() {
        String formatted = text;
        if (formatted == null) {
            formatted = format();
            text = formatted;
        }
        return formatted;
    }

    private String format() {
        StringBuilder out = new StringBuilder(template.length() + 16 * arguments.length);
        int from = 0;
        for (Object argument : arguments) {
            int at = template.indexOf(PLACEHOLDER, from);
            out.append(template, from, at).append(written(argument));
            from = at + PLACEHOLDER.length();
        }
        return out.append(template, from, template.length()).toString();
    }

    /** One argument as the sentence writes it. */
    static String written(Object argument) {
        if (argument instanceof Double || argument instanceof Float) {
            return Numbers.format(((Number) argument).doubleValue());
        }
        return String.valueOf(argument);
    }

    @Override
    public int length() {
        return toString().length();
    }

    @Override
    public char charAt(int index) {
        return toString().charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }

    /** Equal to another sentence with the same text, however each was written. */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Sentence that && toString().equals(that.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
