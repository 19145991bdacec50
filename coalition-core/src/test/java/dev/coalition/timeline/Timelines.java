package dev.coalition.timeline;

import dev.coalition.conflict.Behaviour;
import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.StepOutcome;
import dev.coalition.conflict.StepRecord;
import dev.coalition.core.Member;
import dev.coalition.core.MemberCategory;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.health.HealthAssessment;
import dev.coalition.health.Pillar;
import dev.coalition.health.PillarReading;
import dev.coalition.value.Fraction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A worked timeline of the regional innovation group, one event of each type, for the tests. */
final class Timelines {

    static final LocalDate FORMED = LocalDate.of(2024, 1, 15);
    static final LocalDate ADMITTED = LocalDate.of(2024, 3, 1);
    static final LocalDate DEPARTED = LocalDate.of(2024, 9, 1);

    private Timelines() {
    }

    static Member member(String id, String... trusts) {
        return new Member(id, "Org " + id, MemberCategory.of("manufacturer"), 1, List.of(trusts));
    }

    static TimelineEvent.Formed formed() {
        return new TimelineEvent.Formed(FORMED, "Regional innovation group",
                List.of(member("acme", "bolt", "campus"), member("bolt", "acme"), member("campus", "acme", "bolt")),
                List.of("acme", "bolt"), new GovernanceContext(0.2, 0.3, 0.9, 0.2));
    }

    static List<TimelineEvent> events() {
        return List.of(
                formed(),
                new TimelineEvent.MemberAdmitted(ADMITTED, member("delta", "acme"), List.of("campus")),
                new TimelineEvent.ContextChanged(LocalDate.of(2024, 4, 1), new GovernanceContext(0.8, 0.3, 0.6, 0.2)),
                new TimelineEvent.HealthAssessed(new HealthAssessment(LocalDate.of(2024, 4, 15), Map.of(
                        Pillar.STRATEGIC_ALIGNMENT, PillarReading.score(Fraction.parse("17/20")),
                        Pillar.OPERATIONAL_INTEROPERABILITY, PillarReading.score(Fraction.parse("1/2")),
                        Pillar.RELATIONAL_RESILIENCE, PillarReading.indicators(Map.of("trust", Fraction.parse("0.7")))))),
                new TimelineEvent.ConflictOpened(LocalDate.of(2024, 7, 1), "data-ownership", List.of("acme", "bolt"),
                        List.of("decision-rights"), List.of(Behaviour.POLARIZED_DEBATE), 0.7, 0.3, 0.8, "bolt"),
                new TimelineEvent.ConflictStep("data-ownership",
                        new StepRecord(EscalationStep.DIRECT_NEGOTIATION, LocalDate.of(2024, 7, 1), StepOutcome.ONGOING)),
                new TimelineEvent.ConflictStep("data-ownership",
                        new StepRecord(EscalationStep.DIRECT_NEGOTIATION, LocalDate.of(2024, 7, 15), StepOutcome.FAILED)),
                new TimelineEvent.ProposalDecided(LocalDate.of(2024, 7, 20), "p-7", DecisionDomain.TECHNICAL, "PASSED"),
                new TimelineEvent.MemberDeparted(DEPARTED, "bolt", "data-ownership"),
                new TimelineEvent.SteeringBodyChanged(LocalDate.of(2024, 9, 2), List.of("acme", "delta")),
                new TimelineEvent.RenewalHeld(LocalDate.of(2025, 4, 15)));
    }

    static Timeline timeline() {
        return new Timeline(events());
    }
}
