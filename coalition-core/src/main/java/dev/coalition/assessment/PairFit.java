package dev.coalition.assessment;

import dev.coalition.value.Fraction;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How well two candidates fit: the exact figure of each pairwise dimension and their weighted mean.
 *
 * @param a          the candidate with the smaller id
 * @param b          the other candidate
 * @param fit        Σ w_d · s_d / Σ w_d over {@link Dimension#pairwise()}, 0..1
 * @param dimensions each pairwise dimension's figure s_d, 0..1, in {@link Dimension#pairwise()} order
 */
public record PairFit(String a, String b, Fraction fit, Map<Dimension, Fraction> dimensions) {

    public PairFit {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(fit, "fit");
        dimensions = Collections.unmodifiableMap(new EnumMap<>(dimensions));
    }

    /** Whether the pair is {@code x} and {@code y}, in either order. */
    public boolean joins(String x, String y) {
        return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
    }

    /** Whether the pair includes the candidate. */
    public boolean includes(String candidate) {
        return a.equals(candidate) || b.equals(candidate);
    }
}
