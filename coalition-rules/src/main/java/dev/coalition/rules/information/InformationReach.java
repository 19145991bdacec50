package dev.coalition.rules.information;

import dev.coalition.value.Fraction;

/**
 * Fact: how many items a member sees beside the median of its peers (computed in Java by
 * {@link dev.coalition.information.AccessCounts} from the access the rules granted).
 *
 * @param member     the member's id
 * @param sees       how many items it sees, exact
 * @param peerMedian the median of what its peers see, exact
 * @param peers      who its peers are: {@code category NAME}, or {@code all members} for a member alone in its category
 */
public record InformationReach(String member, Fraction sees, Fraction peerMedian, String peers) {
}
