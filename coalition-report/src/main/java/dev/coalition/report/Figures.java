package dev.coalition.report;

import dev.coalition.rules.api.Numbers;
import dev.coalition.value.Fraction;
import java.util.Locale;

/** How figures are written in the report: exact fractions beside rounded decimals. */
final class Figures {

    private Figures() {
    }

    /** {@code 0.4643 (13/28)}, or only the figure when it is whole or a short decimal (the decimal as {@link Numbers#format} writes it). */
    static String exact(Fraction value) {
        String exact = value.toString();
        return exact.contains("/") ? Numbers.format(value.doubleValue()) + " (" + exact + ")" : exact;
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
