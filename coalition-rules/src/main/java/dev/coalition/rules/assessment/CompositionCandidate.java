package dev.coalition.rules.assessment;

import dev.coalition.value.Fraction;
import java.util.List;

/**
 * Input fact: one of the best compositions the search found (Java ranks them; the rules decide
 * which are offered). The group that remains has the scope {@link AssessedGroup#without(List)}.
 *
 * @param scope             the remaining group's scope
 * @param rank              1 for the best
 * @param leaveOut          the candidates it leaves out, by id
 * @param weakestPairBefore the weakest-pair fit of all the candidates
 * @param weakestPairAfter  the weakest-pair fit of those who remain
 * @param coalitionFitAfter the mean pair fit of those who remain
 * @param method            how the search found it: EXACT or GREEDY_WEAKEST_PAIR
 */
public record CompositionCandidate(String scope, int rank, List<String> leaveOut, Fraction weakestPairBefore,
                                   Fraction weakestPairAfter, Fraction coalitionFitAfter, String method) {

    public CompositionCandidate {
        leaveOut = List.copyOf(leaveOut);
    }
}
