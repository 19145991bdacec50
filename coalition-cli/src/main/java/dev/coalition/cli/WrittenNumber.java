package dev.coalition.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import dev.coalition.core.Violation;
import java.math.BigDecimal;

/**
 * A JSON number as the document wrote it: its exact value, and its text, so that a problem with it
 * quotes what the user wrote ({@code 1e308}, not {@code 1E+308}).
 */
final class WrittenNumber extends DecimalNode {

    private static final long serialVersionUID = 1L;

    /** Saturation of {@link #magnitude}: beyond any limit, and safe to negate. */
    private static final long HUGE = Long.MAX_VALUE / 2;

    private final String written;

    private WrittenNumber(BigDecimal value, String written) {
        super(value);
        this.written = written;
    }

    /** A number from a JSON number literal, e.g. {@code -12.5e3}, within the limits checked before. */
    static WrittenNumber of(String literal) {
        return new WrittenNumber(new BigDecimal(literal), literal);
    }

    /** The number as written, shortened if long; for any other node its value. */
    static String written(JsonNode node) {
        return node instanceof WrittenNumber n ? Violation.shortened(n.written) : Violation.shortened(node.asText());
    }

    /**
     * The power of ten of a JSON number literal's leading digit: 2 for {@code 123.4}, -3 for
     * {@code 0.001}, 308 for {@code 1e308}, 0 for zero; saturated at &plusmn;{@value #HUGE} for
     * exponents beyond a long. Reads the text only, so a number such as {@code 1e2147483648} is
     * measured without being built.
     */
    static long magnitude(String literal) {
        int e = Math.max(literal.indexOf('e'), literal.indexOf('E'));
        String mantissa = e < 0 ? literal : literal.substring(0, e);
        long exponent = e < 0 ? 0 : exponent(literal.substring(e + 1));
        int point = mantissa.indexOf('.');
        String digits = (point < 0 ? mantissa : mantissa.substring(0, point) + mantissa.substring(point + 1)).replace("-", "");
        int integerDigits = (point < 0 ? mantissa.length() : point) - (mantissa.startsWith("-") ? 1 : 0);
        int first = 0;
        while (first < digits.length() && digits.charAt(first) == '0') {
            first++;
        }
        if (first == digits.length()) {
            return 0;
        }
        long size = exponent + integerDigits - 1 - first;
        return Math.max(-HUGE, Math.min(HUGE, size));
    }

    private static long exponent(String text) {
        boolean negative = text.startsWith("-");
        String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        String significant = digits.replaceFirst("^0+(?=.)", "");
        long value = significant.length() > 18 ? HUGE : Long.parseLong(significant);
        return negative ? -value : value;
    }
}
