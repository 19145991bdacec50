package dev.coalition.rules.voting;

/**
 * Input fact: one member's weight and power in a weighted vote.
 *
 * @param member        the member
 * @param weight        its voting weight
 * @param weightShare   its weight as a share of all weight, 0..1
 * @param banzhaf       its normalised Banzhaf index, 0..1
 * @param shapleyShubik its Shapley–Shubik index, 0..1
 * @param veto          whether it belongs to every winning coalition
 * @param nullPlayer    whether it never swings a vote
 * @param winsAlone     whether its weight alone reaches the quota
 */
public record PlayerPower(String member, long weight, double weightShare, double banzhaf, double shapleyShubik,
                          boolean veto, boolean nullPlayer, boolean winsAlone) {
}
