package dev.coalition.rules.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures are written in sentences and documents: at most four decimals, no trailing zeros. */
public final class Numbers {

    private Numbers() {
    }

    /**
     * A figure rounded half-up to four decimals, without trailing zeros: 0.3333, 12, 0.5. The
     * rounding is that of the figure's shortest decimal form ({@code BigDecimal.valueOf}); figures
     * that are not near a rounding tie take a fast path in {@code long} arithmetic with the same result.
     */
    public static String format(double value) {
        double scaled = value * 10_000;
        if (Math.abs(scaled) < 1e12) {
            double whole = Math.rint(scaled);
            double off = Math.abs(scaled - whole);
            if (off < 0.49) { // far from a tie: rounding the binary value and its decimal form agree
                return fixedPoint((long) whole);
            }
        }
        return exact(value);
    }

    static String exact(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** {@code units} ten-thousandths written without trailing zeros. */
    private static String fixedPoint(long units) {
        StringBuilder text = new StringBuilder(24);
        if (units < 0) {
            text.append('-');
            units = -units;
        }
        long integer = units / 10_000;
        int fraction = (int) (units % 10_000);
        text.append(integer);
        if (fraction != 0) {
            text.append('.');
            int digits = 4;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            String part = Integer.toString(fraction);
            for (int pad = part.length(); pad < digits; pad++) {
                text.append('0');
            }
            text.append(part);
        }
        return text.toString();
    }

    /** A figure rounded half-up to four decimals, as a double (for documents that want a number). */
    public static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
