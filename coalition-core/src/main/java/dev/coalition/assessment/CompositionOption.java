package dev.coalition.assessment;

import dev.coalition.value.Fraction;
import java.util.List;
import java.util.Objects;

/**
 * A composition the search found: the candidates to leave out and the figures of those who remain.
 *
 * @param leaveOut          the candidates left out, by id
 * @param remaining         the candidates who remain, in input order
 * @param weakestPairBefore the weakest-pair fit of all the candidates
 * @param weakestPairAfter  the weakest-pair fit of those who remain
 * @param coalitionFitAfter the mean pair fit of those who remain
 */
public record CompositionOption(List<String> leaveOut, List<String> remaining, Fraction weakestPairBefore,
                                Fraction weakestPairAfter, Fraction coalitionFitAfter) {

    public CompositionOption {
        leaveOut = List.copyOf(leaveOut);
        remaining = List.copyOf(remaining);
        Objects.requireNonNull(weakestPairBefore, "weakestPairBefore");
        Objects.requireNonNull(weakestPairAfter, "weakestPairAfter");
        Objects.requireNonNull(coalitionFitAfter, "coalitionFitAfter");
    }

    /** Whether leaving the candidates out raises the weakest-pair fit. */
    public boolean raisesWeakestPair() {
        return weakestPairAfter.compareTo(weakestPairBefore) > 0;
    }
}
