package dev.coalition.rules.api;

import dev.coalition.assessment.PairFit;
import dev.coalition.core.Coalition;
import dev.coalition.lifecycle.MembershipChange;
import java.util.List;
import java.util.Objects;

/**
 * A membership change and what it changes: the coalition after it, the governance recommended
 * before and after, voting power before and after, and the differences in sentences. Immutable.
 *
 * @param change            the change
 * @param coalitionAfter    the coalition after the change (the next change applies to it)
 * @param compatibility     for an admission with a profile, the newcomer's pair fits with the current
 *                          members that have a profile; otherwise empty
 * @param governanceBefore  the governance recommended before the change
 * @param governanceAfter   the governance recommended after it
 * @param votingPowerBefore voting power before the change, or {@code null} when no quota was given
 * @param votingPowerAfter  voting power after it, or {@code null} when no quota was given or the quota no
 *                          longer fits the weights (a difference says so)
 * @param differences       what changed, one sentence each: mode, lead, domains, findings, each member's power
 */
public record MembershipAdvice(MembershipChange change, Coalition coalitionAfter, List<PairFit> compatibility,
                               GovernanceRecommendation governanceBefore, GovernanceRecommendation governanceAfter,
                               VotingAdvice votingPowerBefore, VotingAdvice votingPowerAfter, List<String> differences) {

    public MembershipAdvice {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(coalitionAfter, "coalitionAfter");
        compatibility = List.copyOf(compatibility);
        Objects.requireNonNull(governanceBefore, "governanceBefore");
        Objects.requireNonNull(governanceAfter, "governanceAfter");
        differences = List.copyOf(differences);
    }
}
