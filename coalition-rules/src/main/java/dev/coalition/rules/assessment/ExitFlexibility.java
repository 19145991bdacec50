package dev.coalition.rules.assessment;

import dev.coalition.value.Fraction;

/**
 * Input fact: how easily a candidate of a group could leave well.
 *
 * @param scope     the group ({@link AssessedGroup#scope()})
 * @param candidate the candidate's id
 * @param score     its normalised EXIT_FLEXIBILITY, exact, 0..1
 */
public record ExitFlexibility(String scope, String candidate, Fraction score) {
}
