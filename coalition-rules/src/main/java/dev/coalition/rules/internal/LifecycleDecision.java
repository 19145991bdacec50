package dev.coalition.rules.internal;

import dev.coalition.conflict.Conflict;
import dev.coalition.core.Coalition;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.lifecycle.Lifecycle;
import dev.coalition.lifecycle.MembershipChange;
import dev.coalition.policy.Settings;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.LifecycleAdvice;
import dev.coalition.rules.api.PolicyRuntimeException;
import dev.coalition.rules.lifecycle.AgendaItem;
import dev.coalition.rules.lifecycle.ConflictEscalations;
import dev.coalition.rules.lifecycle.FindingSeen;
import dev.coalition.rules.lifecycle.HalfLifeReached;
import dev.coalition.rules.lifecycle.LifecycleClock;
import dev.coalition.rules.lifecycle.MembershipChangeSeen;
import dev.coalition.rules.lifecycle.ModeInForce;
import dev.coalition.rules.lifecycle.RenewalAfterAsOf;
import dev.coalition.rules.lifecycle.RenewalScheduled;
import dev.coalition.rules.lifecycle.TriggerRaised;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A renewal review: the clock, escalation counts and the evidence from the other decisions in Java;
 * the due day, overdue, half-life, the triggers and the agenda from the rules (lifecycle-*.drl).
 */
public final class LifecycleDecision {

    private LifecycleDecision() {
    }

    /**
     * Reviews a coalition's life on a day.
     *
     * @param healthFindings the findings of the health decision on the lifecycle's assessments (may be empty)
     * @param valueFindings  the findings of the portfolio decision on its portfolios (may be empty)
     * @param recommended    the governance mode recommended for the coalition today, or {@code null} when no
     *                       mode in force is given to compare it with
     */
    public static LifecycleAdvice review(DecisionRunner runner, Settings settings, Coalition coalition, Lifecycle lifecycle,
                                         LocalDate asOf, List<Finding> healthFindings, List<Finding> valueFindings,
                                         GovernanceMode recommended) {
        LocalDate formed = coalition.formedOn();
        LocalDate last = lifecycle.lastRenewal(asOf);
        LocalDate start = lifecycle.periodStart(formed, asOf);
        long age = Lifecycle.ageMonths(formed, asOf);
        List<Object> facts = new ArrayList<>(List.of(settings, new LifecycleClock(formed, asOf, last, start, age)));
        lifecycle.renewals().stream().filter(d -> d.isAfter(asOf)).forEach(d -> facts.add(new RenewalAfterAsOf(d, asOf)));
        healthFindings.forEach(f -> facts.add(new FindingSeen("health", f.id(), f.subject(), f.reason())));
        valueFindings.forEach(f -> facts.add(new FindingSeen("value", f.id(), f.subject(), f.reason())));
        if (lifecycle.currentMode() != null) {
            facts.add(new ModeInForce(lifecycle.currentMode().name(), recommended.name()));
        }
        for (Conflict conflict : lifecycle.conflicts()) {
            facts.add(new ConflictEscalations(conflict.id(), Lifecycle.escalations(conflict, start, asOf), start));
        }
        for (MembershipChange change : lifecycle.membershipChanges()) {
            if (!change.on().isAfter(asOf)) {
                facts.add(new MembershipChangeSeen(change.kind().name(), change.memberId(), change.on()));
            }
        }
        DecisionRunner.Outcome outcome = runner.run("lifecycle review", coalition.name(), facts);
        List<RenewalScheduled> due = outcome.all(RenewalScheduled.class);
        if (due.size() != 1) {
            throw new PolicyRuntimeException("the lifecycle policy scheduled " + due.size() + " renewals; a lifecycle-*.drl "
                    + "file must schedule exactly one (RenewalScheduled)");
        }
        List<LifecycleAdvice.Trigger> triggers = outcome.all(TriggerRaised.class).stream()
                .map(t -> new LifecycleAdvice.Trigger(t.id(), t.subject(), t.reason().toString())).toList();
        List<LifecycleAdvice.AgendaItem> agenda = outcome.all(AgendaItem.class).stream()
                .map(a -> new LifecycleAdvice.AgendaItem(a.topic(), a.reason().toString())).toList();
        boolean overdue = triggers.stream().anyMatch(t -> t.id().equals("RENEWAL_OVERDUE"));
        return new LifecycleAdvice(age, last, due.get(0).due(), overdue, !outcome.all(HalfLifeReached.class).isEmpty(),
                triggers, agenda, Findings.of(outcome), outcome.explanation());
    }
}
