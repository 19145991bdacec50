package dev.coalition.rules.api;

import dev.coalition.value.Fraction;
import java.util.List;
import java.util.Objects;

/**
 * A change of composition the rules suggest: candidates to leave out, what it does to the
 * weakest pair and the coalition fit, and which flags it clears. Immutable.
 *
 * @param leaveOut          the candidates to leave out, by id
 * @param weakestPairBefore the weakest-pair fit of all the candidates
 * @param weakestPairAfter  the weakest-pair fit of those who remain, higher than before
 * @param coalitionFitAfter the mean pair fit of those who remain
 * @param flagsCleared      the flags of all the candidates that those who remain no longer raise
 * @param reason            why it is suggested, with the figures
 */
public record CompositionSuggestion(List<String> leaveOut, Fraction weakestPairBefore, Fraction weakestPairAfter,
                                    Fraction coalitionFitAfter, List<ClearedFlag> flagsCleared, String reason) {

    public CompositionSuggestion {
        leaveOut = List.copyOf(leaveOut);
        Objects.requireNonNull(weakestPairBefore, "weakestPairBefore");
        Objects.requireNonNull(weakestPairAfter, "weakestPairAfter");
        Objects.requireNonNull(coalitionFitAfter, "coalitionFitAfter");
        flagsCleared = List.copyOf(flagsCleared);
        Objects.requireNonNull(reason, "reason");
    }
}
