package dev.coalition.timeline;

import dev.coalition.conflict.Conflict;
import dev.coalition.core.Coalition;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.health.HealthAssessment;
import dev.coalition.lifecycle.Lifecycle;
import dev.coalition.lifecycle.MembershipChange;
import java.time.LocalDate;
import java.util.List;

/**
 * A coalition as of a day, derived by replaying its {@link Timeline}: what the library's other
 * inputs need, so that a host can call the facade on it ({@code recommendGovernance(coalition())},
 * {@code assessConflict(coalition(), conflict, asOf())}, {@code reviewLifecycle(coalition(), lifecycle(), asOf())}, ...).
 *
 * @param asOf              the day replayed to (events on that day included)
 * @param coalition         the coalition: founding members and admissions, minus departures (their
 *                          trust ties and steering seats removed), the latest steering body and context
 * @param renewals          the days renewal retreats were held, oldest first
 * @param conflicts         the conflicts opened, in the order opened, each with its history up to {@code asOf}
 * @param proposals         the proposals decided, in order
 * @param health            the health assessments, oldest first
 * @param membershipChanges the admissions and departures after formation, in order
 * @param mode              the governance mode adopted at the latest renewal that named one, or {@code null}
 */
public record TimelineState(LocalDate asOf, Coalition coalition, List<LocalDate> renewals, List<Conflict> conflicts,
                            List<TimelineEvent.ProposalDecided> proposals, List<HealthAssessment> health,
                            List<MembershipChange> membershipChanges, GovernanceMode mode) {

    public TimelineState {
        renewals = List.copyOf(renewals);
        conflicts = List.copyOf(conflicts);
        proposals = List.copyOf(proposals);
        health = List.copyOf(health);
        membershipChanges = List.copyOf(membershipChanges);
    }

    /**
     * The state as a renewal review's input: the renewals, the governance mode adopted at the latest
     * renewal that named one (the mode in force), health assessments, conflicts and membership
     * changes; no value portfolios (the timeline records none).
     */
    public Lifecycle lifecycle() {
        return new Lifecycle(renewals, mode, health, conflicts, List.of(), membershipChanges);
    }
}
