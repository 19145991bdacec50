package dev.coalition.assessment;

import dev.coalition.value.Fraction;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** The scale a candidate's scores are written on; every score is normalised to 0..1. */
public enum Scale {
    /** Scores 1 to 5; a score x becomes (x − 1) / 4. */
    ONE_TO_FIVE("1-5", BigDecimal.ONE, BigDecimal.valueOf(5)),
    /** Scores 0 to 1, used as they are. */
    UNIT("0-1", BigDecimal.ZERO, BigDecimal.ONE);

    private final String label;
    private final BigDecimal min;
    private final BigDecimal max;

    Scale(String label, BigDecimal min, BigDecimal max) {
        this.label = label;
        this.min = min;
        this.max = max;
    }

    /** The scale as written in input: {@code "1-5"} or {@code "0-1"}. */
    public String label() {
        return label;
    }

    /** The scale written as {@code label}, if any. */
    public static Optional<Scale> ofLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }

    /** Whether a score lies on the scale, ends included. */
    public boolean contains(BigDecimal score) {
        return score.compareTo(min) >= 0 && score.compareTo(max) <= 0;
    }

    /** A score on this scale as an exact figure 0..1. */
    public Fraction normalise(BigDecimal score) {
        Fraction x = Fraction.of(score);
        return this == UNIT ? x : x.subtract(Fraction.ONE).divide(Fraction.of(4));
    }
}
