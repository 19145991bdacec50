package dev.coalition.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Shapley value of every player of a game, exact or estimated.
 *
 * @param values        each player's value, in player order; they add up to v(N)
 * @param grandValue    v(N), the value of all players together
 * @param guarantee     EXACT, or APPROXIMATE with the {@code approximation} it meets
 * @param approximation for estimates: &epsilon;, &delta;, the orderings sampled, the seed and the range
 */
public record ShapleyValues(Map<String, Fraction> values, Fraction grandValue, Guarantee guarantee,
                            Optional<Approximation> approximation) {

    public ShapleyValues {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Objects.requireNonNull(grandValue, "grandValue");
        Objects.requireNonNull(guarantee, "guarantee");
        Objects.requireNonNull(approximation, "approximation");
    }

    /** The players whose value is negative (possible only in a non-monotone game), in player order. */
    public List<String> negative() {
        return values.entrySet().stream().filter(e -> e.getValue().signum() < 0).map(Map.Entry::getKey).toList();
    }

    /**
     * How an estimate was made and what it guarantees.
     *
     * @param epsilon      the error bound, in units of the game's value
     * @param delta        the chance of exceeding it
     * @param permutations the number of orderings sampled
     * @param seed         the seed used
     * @param range        the range of a marginal contribution assumed
     */
    public record Approximation(double epsilon, double delta, long permutations, long seed, Fraction range) {
    }
}
