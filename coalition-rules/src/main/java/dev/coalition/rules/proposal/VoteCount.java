package dev.coalition.rules.proposal;

import dev.coalition.value.Fraction;
import java.time.Instant;

/**
 * Fact: the count of a vote on a proposal of a distributed domain, as of the analysis instant
 * (computed in Java by {@link dev.coalition.proposal.VoteTally}).
 *
 * @param proposal        the proposal's id
 * @param open            whether voting is still open as of the analysis instant
 * @param participation   the weight cast (FOR, AGAINST and ABSTAIN) as a share of the total weight
 * @param support         FOR as a share of FOR and AGAINST (0 when nobody voted either)
 * @param quorum          the frozen quorum participation must reach
 * @param threshold       the frozen threshold support must exceed
 * @param forWeight       the weight of the FOR votes counted
 * @param againstWeight   the weight of the AGAINST votes counted
 * @param castWeight      the weight of every vote counted
 * @param totalWeight     the total weight of the members who may vote
 * @param closes          when voting closes (or closed), after any extension
 * @param extendedTo      the close a late quorum extended voting to, or {@code null}
 * @param quorumReachedAt when the quorum was first reached, or {@code null}
 */
public record VoteCount(String proposal, boolean open, Fraction participation, Fraction support, Fraction quorum,
                        Fraction threshold, long forWeight, long againstWeight, long castWeight, long totalWeight,
                        Instant closes, Instant extendedTo, Instant quorumReachedAt) {
}
