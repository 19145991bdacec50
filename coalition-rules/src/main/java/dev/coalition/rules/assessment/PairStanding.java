package dev.coalition.rules.assessment;

import dev.coalition.value.Fraction;

/**
 * Input fact: how well two candidates of a group fit.
 *
 * @param scope  the group ({@link AssessedGroup#scope()})
 * @param first  the candidate with the smaller id
 * @param second the other candidate
 * @param fit    the pair's weighted fit, exact, 0..1
 */
public record PairStanding(String scope, String first, String second, Fraction fit) {
}
