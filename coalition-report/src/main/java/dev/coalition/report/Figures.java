package dev.coalition.report;

import dev.coalition.value.Fraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How figures are written in the report: exact fractions beside rounded decimals. */
final class Figures {

    private Figures() {
    }

    /** {@code 0.4643 (13/28)}, or only the figure when it is whole or a short decimal. */
    static String exact(Fraction value) {
        String exact = value.toString();
        String decimal = decimal(value, 4);
        return exact.contains("/") ? decimal + " (" + exact + ")" : exact;
    }

    /** The figure rounded to {@code digits} decimals, without trailing zeros. */
    static String decimal(Fraction value, int digits) {
        BigDecimal rounded = value.toBigDecimal(digits + 2).setScale(digits, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** A share as a percentage with one decimal: {@code 46.4%}. */
    static String percent(Fraction share) {
        return String.format(Locale.ROOT, "%.1f%%", share.doubleValue() * 100);
    }

    /** A word from an enum constant: {@code WIN_LOSE} is {@code win lose}. */
    static String words(Enum<?> constant) {
        return words(constant.name());
    }

    /** A word from a constant's name: {@code WIN_LOSE} is {@code win lose}. */
    static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
