package dev.coalition.health;

import dev.coalition.value.Fraction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One pillar's reading in an assessment: a score in 0..1, or named indicators in 0..1 whose mean
 * is the score. Checked by {@link HealthHistory}; any value is accepted here so that every problem
 * can be reported with its path.
 *
 * @param given      the score given directly, or {@code null} when indicators are given
 * @param indicators the named indicators in the order given (empty when a score is given)
 */
public record PillarReading(Fraction given, Map<String, Fraction> indicators) {

    public PillarReading {
        indicators = indicators == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
    }

    /** A pillar read as one score in 0..1. */
    public static PillarReading score(Fraction score) {
        return new PillarReading(score, Map.of());
    }

    /** A pillar read as named indicators in 0..1, by name in the order given; the pillar is their mean. */
    public static PillarReading indicators(Map<String, Fraction> indicators) {
        return new PillarReading(null, indicators);
    }

    /** The pillar's score, exact: the score given, or the mean of the indicators; {@code null} when neither is given. */
    public Fraction score() {
        if (given != null || indicators.isEmpty() || indicators.containsValue(null)) {
            return given;
        }
        return Fraction.sum(indicators.values()).divide(java.math.BigInteger.valueOf(indicators.size()));
    }
}
