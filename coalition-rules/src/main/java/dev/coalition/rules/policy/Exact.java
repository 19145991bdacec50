package dev.coalition.rules.policy;

import dev.coalition.value.Fraction;
import java.math.BigDecimal;

/**
 * A decimal setting as the exact figure it was written as, so that a rule compares exact figures
 * with a threshold exactly: {@code exact(0.5)} is 1/2. Import it into a DRL file with
 * {@code import function dev.coalition.rules.policy.Exact.exact;}.
 */
public final class Exact {

    private Exact() {
    }

    /** The exact value of a setting read with {@code number("name")}: the shortest decimal that is that double, e.g. 0.1 is 1/10. */
    public static Fraction exact(double setting) {
        return Fraction.of(BigDecimal.valueOf(setting));
    }
}
