package dev.coalition.rules.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures are written in sentences and documents: at most four decimals, no trailing zeros. */
public final class Numbers {

    private Numbers() {
    }

    /** A figure rounded half-up to four decimals, without trailing zeros: 0.3333, 12, 0.5. */
    public static String format(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A figure rounded half-up to four decimals, as a double (for documents that want a number). */
    public static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
