package dev.coalition.cli;

import dev.coalition.assessment.Candidate;
import dev.coalition.assessment.Dimension;
import dev.coalition.conflict.Behaviour;
import dev.coalition.conflict.Conflict;
import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.StepOutcome;
import dev.coalition.conflict.StepRecord;
import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.health.HealthAssessment;
import dev.coalition.lifecycle.Lifecycle;
import dev.coalition.lifecycle.MembershipChange;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.MembershipOptions;
import dev.coalition.timeline.Timeline;
import dev.coalition.timeline.TimelineEvent;
import dev.coalition.timeline.TimelineState;
import dev.coalition.value.Fraction;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Java twins of the samples {@code digital-transformation-membership.json} (the cross-industry digital
 * transformation coalition of 2023–2024 that admitted three members and lost two) and
 * {@code manufacturing-evolutions-timeline.json} (the manufacturing supply-chain coalition advised since 2021
 * that evolved three times), built without the command line, and what the facade answers for them.
 */
final class LifeTwins {

    /** The day the digital-transformation coalition is reviewed. */
    static final LocalDate DIGITAL_AS_OF = LocalDate.of(2024, 9, 2);
    /** The day the manufacturing timeline is replayed to. */
    static final LocalDate MANUFACTURING_AS_OF = LocalDate.of(2024, 10, 1);

    private LifeTwins() {
    }

    /** The digital-transformation coalition as formed in January 2023. */
    static Coalition digitalTransformation() {
        return Coalition.builder("Cross-industry digital transformation coalition")
                .formedOn(LocalDate.of(2023, 1, 9))
                .member(Member.builder("telco").name("Telecom Operator").category("telecom").votingWeight(3)
                        .trusts("bank", "retailer", "insurer"))
                .member(Member.builder("bank").name("Retail Bank").category("finance").votingWeight(2).trusts("telco", "insurer"))
                .member(Member.builder("retailer").name("National Retailer").category("retail").votingWeight(2)
                        .trusts("telco", "logistics"))
                .member(Member.builder("logistics").name("Parcel Logistics").category("logistics").votingWeight(1).trusts("retailer"))
                .member(Member.builder("insurer").name("Mutual Insurer").category("finance").votingWeight(1).trusts("bank", "telco"))
                .steeringBody("telco", "bank")
                .context(new GovernanceContext(0.4, 0.4, 0.6, 0.6))
                .build();
    }

    /** The bank and the insurer's irreconcilable conflict over sharing customer data: the insurer leaves. */
    static Conflict dataSharing() {
        return new Conflict("data-sharing", List.of("bank", "insurer"), List.of("strategy", "priorities"),
                List.of(Behaviour.POSITIONS_HARDEN, Behaviour.POLARIZED_DEBATE, Behaviour.UNILATERAL_ACTION),
                LocalDate.of(2024, 2, 5),
                List.of(new StepRecord(EscalationStep.DIRECT_NEGOTIATION, LocalDate.of(2024, 2, 5), StepOutcome.FAILED),
                        new StepRecord(EscalationStep.WORKING_GROUP, LocalDate.of(2024, 3, 18), StepOutcome.FAILED),
                        new StepRecord(EscalationStep.DESIGNATED_MEDIATOR, LocalDate.of(2024, 5, 6), StepOutcome.FAILED),
                        new StepRecord(EscalationStep.STEERING_BODY, LocalDate.of(2024, 6, 17), StepOutcome.FAILED)),
                0.9, 0.5, 0.2, "insurer");
    }

    /** Three admissions and two departures over eighteen months, the last through the data-sharing conflict. */
    static List<MembershipChange> digitalChanges() {
        return List.of(
                MembershipChange.admit(LocalDate.of(2023, 3, 6), Member.builder("cloud").name("Cloud Platform").category("technology")
                        .votingWeight(2).trusts("telco").build(), List.of("telco", "retailer")),
                MembershipChange.admit(LocalDate.of(2023, 9, 4), Member.builder("ai-lab").name("Applied AI Lab").category("technology")
                        .votingWeight(1).trusts("cloud").build(), List.of("cloud")),
                MembershipChange.depart(LocalDate.of(2023, 11, 6), "logistics", null),
                MembershipChange.admit(LocalDate.of(2024, 3, 4), Member.builder("university").name("Technical University")
                        .category("research").votingWeight(1).trusts("ai-lab", "telco").build(), List.of("ai-lab")),
                MembershipChange.depart(LocalDate.of(2024, 8, 5), "insurer", "data-sharing"));
    }

    /** The profiles of the three members that have one and of the three newcomers. */
    static List<Candidate> digitalCandidates() {
        return List.of(
                candidate("telco", "Telecom Operator", "533343", List.of("connectivity", "customers"), List.of("cloud", "analytics"),
                        List.of("bank")),
                candidate("bank", "Retail Bank", "434233", List.of("payments", "customers"), List.of("analytics"), List.of("telco")),
                candidate("retailer", "National Retailer", "443334", List.of("stores", "customers"), List.of("cloud"), List.of()),
                candidate("cloud", "Cloud Platform", "543453", List.of("cloud"), List.of("customers"), List.of("telco")),
                candidate("ai-lab", "Applied AI Lab", "442554", List.of("analytics"), List.of("customers", "cloud"), List.of()),
                candidate("university", "Technical University", "432345", List.of("research", "talent"), List.of("customers"),
                        List.of("ai-lab")));
    }

    private static Candidate candidate(String id, String name, String scores, List<String> brings, List<String> seeks,
                                       List<String> ties) {
        Map<Dimension, Integer> byDimension = new EnumMap<>(Dimension.class);
        for (int d = 0; d < Dimension.scored().size(); d++) {
            byDimension.put(Dimension.scored().get(d), scores.charAt(d) - '0');
        }
        return Candidate.onFivePointScale(id, name, byDimension, brings, seeks, ties);
    }

    /** The renewal of January 2024 under a HYBRID governance, with the conflict and the changes as evidence. */
    static Lifecycle digitalLifecycle() {
        return new Lifecycle(List.of(LocalDate.of(2024, 1, 15)), GovernanceMode.HYBRID, List.of(), List.of(dataSharing()),
                List.of(), digitalChanges());
    }

    /** What {@code coalition evaluate} answers about the digital-transformation coalition's life. */
    static LifeAnswers digitalAnswers(CoalitionAdvisor advisor) {
        Coalition coalition = digitalTransformation();
        return new LifeAnswers(advisor.reviewLifecycle(coalition, digitalLifecycle(), DIGITAL_AS_OF),
                advisor.changeMembership(coalition, digitalChanges(), MembershipOptions.none().withQuota(6)
                        .withConflicts(List.of(dataSharing())).withProfiles(digitalCandidates())), null);
    }

    private static GovernanceContext context(double urgency, double stability, double consensus, double competency) {
        return new GovernanceContext(urgency, stability, consensus, competency);
    }

    private static HealthAssessment health(LocalDate on, String alignment, String interoperability, String resilience) {
        return HealthAssessment.of(on, Fraction.parse(alignment), Fraction.parse(interoperability), Fraction.parse(resilience));
    }

    /**
     * The manufacturing supply-chain coalition's life since 2021: formed for cost reduction, renewed in 2022
     * (innovation sharing), 2023 (sustainability) and 2024 (digital transformation), each with a new context;
     * the plastics supplier left, a software firm joined, a conflict over emissions data was resolved by a
     * working group, and three health assessments.
     */
    static Timeline manufacturingTimeline() {
        return new Timeline(List.of(
                new TimelineEvent.Formed(LocalDate.of(2021, 3, 1), "Manufacturing supply-chain coalition", List.of(
                        Member.builder("assembler").name("Vehicle Assembler").category("manufacturer").votingWeight(3)
                                .trusts("castings", "electronics", "plastics").build(),
                        Member.builder("castings").name("Precision Castings").category("supplier").votingWeight(2)
                                .trusts("assembler", "electronics").build(),
                        Member.builder("electronics").name("Embedded Electronics").category("supplier").votingWeight(2)
                                .trusts("assembler").build(),
                        Member.builder("plastics").name("Moulded Plastics").category("supplier").votingWeight(1)
                                .trusts("assembler").build(),
                        Member.builder("freight").name("Freight Partners").category("logistics").votingWeight(1)
                                .trusts("assembler", "castings").build()),
                        List.of("assembler", "castings"), context(0.6, 0.7, 0.5, 0.4)),
                new TimelineEvent.RenewalHeld(LocalDate.of(2022, 5, 16)),
                new TimelineEvent.ContextChanged(LocalDate.of(2022, 5, 16), context(0.4, 0.5, 0.6, 0.6)),
                new TimelineEvent.HealthAssessed(health(LocalDate.of(2022, 11, 14), "0.8", "0.6", "0.7")),
                new TimelineEvent.MemberDeparted(LocalDate.of(2023, 3, 6), "plastics", null),
                new TimelineEvent.RenewalHeld(LocalDate.of(2023, 7, 10)),
                new TimelineEvent.ContextChanged(LocalDate.of(2023, 7, 10), context(0.3, 0.6, 0.8, 0.7)),
                new TimelineEvent.ConflictOpened(LocalDate.of(2024, 1, 15), "emissions-data", List.of("castings", "electronics"),
                        List.of("procedures", "decision-rights"), List.of(Behaviour.POSITIONS_HARDEN), 0.6, 0.3, 0.7, null),
                new TimelineEvent.ConflictStep("emissions-data",
                        new StepRecord(EscalationStep.DIRECT_NEGOTIATION, LocalDate.of(2024, 1, 15), StepOutcome.FAILED)),
                new TimelineEvent.ConflictStep("emissions-data",
                        new StepRecord(EscalationStep.WORKING_GROUP, LocalDate.of(2024, 2, 26), StepOutcome.RESOLVED)),
                new TimelineEvent.HealthAssessed(health(LocalDate.of(2024, 4, 15), "0.85", "0.5", "0.7")),
                new TimelineEvent.MemberAdmitted(LocalDate.of(2024, 6, 3), Member.builder("software").name("Industrial Software")
                        .category("technology").votingWeight(1).trusts("assembler", "electronics").build(),
                        List.of("assembler", "electronics")),
                new TimelineEvent.RenewalHeld(LocalDate.of(2024, 9, 9)),
                new TimelineEvent.ContextChanged(LocalDate.of(2024, 9, 9), context(0.5, 0.4, 0.7, 0.8)),
                new TimelineEvent.HealthAssessed(health(LocalDate.of(2024, 9, 23), "0.8", "0.45", "0.75"))));
    }

    /** The coalition on the day the manufacturing timeline is replayed to. */
    static Coalition manufacturingToday() {
        return manufacturingTimeline().stateAt(MANUFACTURING_AS_OF).coalition();
    }

    /** What {@code coalition evaluate} answers about the manufacturing coalition's life: governed HYBRID until now. */
    static LifeAnswers manufacturingAnswers(CoalitionAdvisor advisor) {
        Timeline timeline = manufacturingTimeline();
        TimelineState state = timeline.stateAt(MANUFACTURING_AS_OF);
        Lifecycle lifecycle = new Lifecycle(state.renewals(), GovernanceMode.HYBRID, state.health(), state.conflicts(), List.of(),
                state.membershipChanges());
        return new LifeAnswers(advisor.reviewLifecycle(state.coalition(), lifecycle, MANUFACTURING_AS_OF), null,
                new TimelineSection.Replayed(timeline, MANUFACTURING_AS_OF, state));
    }
}
