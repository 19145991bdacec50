package dev.coalition.rules.assessment;

/**
 * Input fact: how many pairs of a group have worked together before.
 *
 * @param scope     the group ({@link AssessedGroup#scope()})
 * @param tiedPairs the pairs with a prior tie (either lists the other)
 * @param pairs     all the group's pairs
 */
public record PriorTies(String scope, int tiedPairs, int pairs) {
}
