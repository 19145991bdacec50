package dev.coalition.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of an allocation policy: exact shares, the whole units paid out, and how they were
 * reached. Immutable.
 *
 * @param policy        the policy's name, e.g. {@code PROPORTIONAL}
 * @param amount        what was distributed
 * @param exactShares   each member's exact share, in units (cents, credits); they add up to the amount
 * @param paidOut       each member's whole units, by largest remainder; they add up exactly to the amount
 * @param guarantee     EXACT, or APPROXIMATE for sampled Shapley values
 * @param approximation for sampled Shapley values: &epsilon;, &delta;, orderings, seed and range
 * @param explanation   the steps taken, as sentences
 */
public record Allocation(String policy, Units amount, Map<String, Fraction> exactShares, Map<String, Long> paidOut,
                         Guarantee guarantee, Optional<ShapleyValues.Approximation> approximation, List<String> explanation) {

    public Allocation {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(amount, "amount");
        exactShares = Collections.unmodifiableMap(new LinkedHashMap<>(exactShares));
        paidOut = Collections.unmodifiableMap(new LinkedHashMap<>(paidOut));
        Objects.requireNonNull(guarantee, "guarantee");
        Objects.requireNonNull(approximation, "approximation");
        explanation = List.copyOf(explanation);
    }

    /** The members whose exact share is negative (a non-monotone game), reported rather than clipped. */
    public List<String> negativeShares() {
        return exactShares.entrySet().stream().filter(e -> e.getValue().signum() < 0).map(Map.Entry::getKey).toList();
    }

    /** A member's payout written as people read it, e.g. {@code 333.34}. */
    public String formatted(String member) {
        Long units = paidOut.get(member);
        if (units == null) {
            throw new IllegalArgumentException("member: \"" + member + "\" has no share in this allocation");
        }
        return amount.format(units);
    }
}
