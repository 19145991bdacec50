package dev.coalition.examples;

import dev.coalition.assessment.Candidate;
import dev.coalition.assessment.PairFit;
import dev.coalition.conflict.Behaviour;
import dev.coalition.conflict.Conflict;
import dev.coalition.conflict.ConflictType;
import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.ExternalMediator;
import dev.coalition.conflict.StepOutcome;
import dev.coalition.conflict.StepRecord;
import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.health.HealthAssessment;
import dev.coalition.lifecycle.MembershipChange;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.rules.api.LifecycleAdvice;
import dev.coalition.rules.api.MembershipAdvice;
import dev.coalition.rules.api.MembershipOptions;
import dev.coalition.timeline.Timeline;
import dev.coalition.timeline.TimelineEvent;
import dev.coalition.timeline.TimelineState;
import dev.coalition.value.Fraction;
import dev.coalition.value.Money;
import dev.coalition.value.Principle;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article's coalitions over the years: the manufacturing supply-chain coalition advised since
 * 2021 that evolved three times (cost reduction, then innovation sharing, then sustainability, then
 * digital transformation), kept as a {@link Timeline} and reviewed before each renewal; and the
 * cross-industry digital-transformation coalition that added three members and lost two over
 * eighteen months (2023–2024), each change with its governance and voting power before and after.
 * The same coalitions are the samples {@code manufacturing-evolutions-timeline.json} and
 * {@code digital-transformation-membership.json}.
 */
public final class EvolutionExamples {

    /** The day the manufacturing coalition's last review is held. */
    public static final LocalDate MANUFACTURING_AS_OF = LocalDate.of(2025, 3, 3);
    /** The day before each of its three renewals, and the last review: the days it is reviewed. */
    public static final List<LocalDate> MANUFACTURING_REVIEWS = List.of(LocalDate.of(2022, 5, 9), LocalDate.of(2023, 7, 2),
            LocalDate.of(2024, 9, 15), MANUFACTURING_AS_OF);
    /** The quota of the digital-transformation coalition's weighted votes: a majority of its founding weight 13. */
    public static final long DIGITAL_QUOTA = 7;

    private EvolutionExamples() {
    }

    /**
     * The manufacturing supply-chain coalition's life, 2021–2024, as events: formed for cost
     * reduction under shared governance; renewed for innovation sharing (a research institute
     * joins); renewed for sustainability under a lead organisation when emission rules made
     * decisions urgent; renewed for digital transformation as a layered, hybrid structure once
     * software and cloud firms had joined and the packaging supplier had left.
     */
    public static Timeline manufacturingTimeline() {
        return Timeline.of(
                new TimelineEvent.Formed(LocalDate.of(2021, 3, 1), "Manufacturing supply-chain coalition", List.of(
                        member("steelworks", "Northern Steelworks", "manufacturer", 3, "polymers", "castings", "logistics"),
                        member("polymers", "Polymer Components", "manufacturer", 2, "steelworks", "castings", "packaging"),
                        member("castings", "Precision Castings", "manufacturer", 2, "steelworks", "polymers", "logistics"),
                        member("logistics", "Green Logistics", "services", 1, "steelworks", "packaging", "castings"),
                        member("packaging", "Boxline Packaging", "supplier", 1, "logistics", "polymers", "steelworks")),
                        List.of("steelworks", "polymers"), new GovernanceContext(0.3, 0.3, 0.8, 0.3),
                        List.of(new ExternalMediator("industry-ombuds", Set.of(ConflictType.PROCESS, ConflictType.RELATIONSHIP)))),
                health(LocalDate.of(2021, 12, 1), "4/5", "3/5", "4/5"),
                new TimelineEvent.RenewalHeld(LocalDate.of(2022, 5, 10), "innovation sharing", GovernanceMode.DISTRIBUTED),
                new TimelineEvent.MemberAdmitted(LocalDate.of(2022, 9, 1),
                        member("techinstitute", "Institute of Manufacturing Technology", "research", 1, "steelworks", "polymers"),
                        List.of("steelworks", "polymers")),
                health(LocalDate.of(2023, 2, 1), "4/5", "7/10", "4/5"),
                new TimelineEvent.ContextChanged(LocalDate.of(2023, 4, 3), new GovernanceContext(0.85, 0.7, 0.6, 0.5)),
                new TimelineEvent.RenewalHeld(LocalDate.of(2023, 7, 3), "sustainability collaboration", GovernanceMode.CENTRALIZED),
                new TimelineEvent.SteeringBodyChanged(LocalDate.of(2023, 7, 3), List.of("steelworks", "polymers", "techinstitute")),
                new TimelineEvent.ConflictOpened(LocalDate.of(2023, 11, 6), "emissions-data", List.of("castings", "techinstitute"),
                        List.of("decision-rights", "resources"), List.of(Behaviour.POSITIONS_HARDEN, Behaviour.POLARIZED_DEBATE),
                        0.7, 0.4, 0.6, null),
                new TimelineEvent.ConflictStep("emissions-data",
                        new StepRecord(EscalationStep.DIRECT_NEGOTIATION, LocalDate.of(2023, 11, 6), StepOutcome.FAILED)),
                new TimelineEvent.ConflictStep("emissions-data",
                        new StepRecord(EscalationStep.WORKING_GROUP, LocalDate.of(2024, 1, 15), StepOutcome.FAILED)),
                health(LocalDate.of(2024, 3, 1), "17/20", "3/5", "7/10"),
                new TimelineEvent.ConflictStep("emissions-data",
                        new StepRecord(EscalationStep.DESIGNATED_MEDIATOR, LocalDate.of(2024, 3, 4), StepOutcome.RESOLVED)),
                new TimelineEvent.MemberAdmitted(LocalDate.of(2024, 5, 2),
                        member("softworks", "Factory Softworks", "technology", 1, "techinstitute"), List.of("techinstitute")),
                health(LocalDate.of(2024, 6, 3), "17/20", "1/2", "7/10"),
                new TimelineEvent.MemberDeparted(LocalDate.of(2024, 6, 28), "packaging", null),
                new TimelineEvent.MemberAdmitted(LocalDate.of(2024, 7, 1),
                        member("cloudplatform", "Industrial Cloud Platform", "technology", 1, "softworks"), List.of("softworks")),
                new TimelineEvent.ContextChanged(LocalDate.of(2024, 7, 1), new GovernanceContext(0.5, 0.5, 0.7, 0.75)),
                new TimelineEvent.RenewalHeld(LocalDate.of(2024, 9, 16), "digital transformation", GovernanceMode.HYBRID),
                health(LocalDate.of(2024, 12, 2), "17/20", "13/20", "3/4"));
    }

    private static Member member(String id, String name, String category, long weight, String... trusts) {
        return Member.builder(id).name(name).category(category).votingWeight(weight).trusts(trusts).build();
    }

    private static TimelineEvent.HealthAssessed health(LocalDate on, String alignment, String interoperability, String resilience) {
        return new TimelineEvent.HealthAssessed(HealthAssessment.of(on, Fraction.parse(alignment),
                Fraction.parse(interoperability), Fraction.parse(resilience)));
    }

    /** The cross-industry digital-transformation coalition as it stood before its membership changed. */
    public static Coalition digitalTransformation() {
        return Coalition.builder("Cross-industry digital transformation coalition")
                .formedOn(LocalDate.of(2022, 9, 1))
                .member(Member.builder("bank").name("Harbour Bank").category("finance").votingWeight(3).trusts("insurer", "telecom"))
                .member(Member.builder("insurer").name("Mutual Assurance").category("finance").votingWeight(2).trusts("bank"))
                .member(Member.builder("retailer").name("Market Square Retail").category("retail").votingWeight(2)
                        .trusts("logistics", "bank"))
                .member(Member.builder("telecom").name("Meridian Telecom").category("telecom").votingWeight(3).trusts("bank"))
                .member(Member.builder("utility").name("Riverside Energy").category("energy").votingWeight(2).trusts("telecom"))
                .member(Member.builder("logistics").name("Swift Freight").category("logistics").votingWeight(1).trusts("retailer"))
                .steeringBody("bank", "telecom", "retailer")
                .context(new GovernanceContext(0.5, 0.5, 0.7, 0.7))
                .build();
    }

    /** Three admissions and two departures, 2023-03 to 2024-08, one departure through an irreconcilable conflict. */
    public static List<MembershipChange> digitalTransformationChanges() {
        return List.of(
                MembershipChange.admit(LocalDate.of(2023, 3, 15), Member.builder("cloudco").name("Nimbus Cloud").category("technology")
                        .votingWeight(2).trusts("telecom").build(), List.of("telecom", "bank")),
                MembershipChange.admit(LocalDate.of(2023, 6, 1), Member.builder("datalab").name("University Data Lab")
                        .category("research").votingWeight(1).trusts("cloudco").build(), List.of("cloudco")),
                MembershipChange.depart(LocalDate.of(2023, 11, 30), "utility", "data-residency"),
                MembershipChange.admit(LocalDate.of(2024, 3, 1), Member.builder("securefirm").name("Sentinel Security")
                        .category("technology").votingWeight(1).trusts("cloudco", "bank").build(), List.of("bank", "cloudco")),
                MembershipChange.depart(LocalDate.of(2024, 8, 30), "logistics", null));
    }

    /** The utility's dispute over where the shared data may be stored: the ladder exhausted by November 2023. */
    public static Conflict dataResidencyConflict() {
        return new Conflict("data-residency", List.of("utility", "telecom"), List.of("strategy", "decision-rights"),
                List.of(Behaviour.POSITIONS_HARDEN, Behaviour.POLARIZED_DEBATE, Behaviour.UNILATERAL_ACTION),
                LocalDate.of(2023, 5, 2),
                List.of(new StepRecord(EscalationStep.DIRECT_NEGOTIATION, LocalDate.of(2023, 5, 2), StepOutcome.FAILED),
                        new StepRecord(EscalationStep.WORKING_GROUP, LocalDate.of(2023, 6, 20), StepOutcome.FAILED),
                        new StepRecord(EscalationStep.DESIGNATED_MEDIATOR, LocalDate.of(2023, 8, 14), StepOutcome.FAILED),
                        new StepRecord(EscalationStep.STEERING_BODY, LocalDate.of(2023, 10, 2), StepOutcome.FAILED)),
                0.9, 0.5, 0.2, "utility");
    }

    /**
     * The digital-transformation coalition's quarterly health: alignment steady, interoperability
     * rising once the cloud platform joined, resilience dipping in the data-residency dispute.
     */
    public static List<HealthAssessment> digitalTransformationHealth() {
        return List.of(
                HealthAssessment.of(LocalDate.of(2023, 12, 1), Fraction.parse("4/5"), Fraction.parse("11/20"), Fraction.parse("3/5")),
                HealthAssessment.of(LocalDate.of(2024, 3, 1), Fraction.parse("4/5"), Fraction.parse("3/5"), Fraction.parse("13/20")),
                HealthAssessment.of(LocalDate.of(2024, 6, 3), Fraction.parse("17/20"), Fraction.parse("13/20"), Fraction.parse("7/10")));
    }

    /**
     * The founders' joint innovation fund returning 240,000.00 EUR, shared by what each put in
     * (proportionality, else equality).
     */
    public static DistributionRequest digitalTransformationReturns() {
        Map<String, Fraction> contributions = new LinkedHashMap<>();
        contributions.put("bank", Fraction.of(30));
        contributions.put("insurer", Fraction.of(15));
        contributions.put("retailer", Fraction.of(20));
        contributions.put("telecom", Fraction.of(25));
        contributions.put("utility", Fraction.of(5));
        contributions.put("logistics", Fraction.of(5));
        return DistributionRequest.of(Money.parse("240000.00", "EUR"))
                .withPrinciples(EnumSet.of(Principle.PROPORTIONALITY, Principle.EQUALITY))
                .withContributions(contributions);
    }

    /**
     * The members' and newcomers' profiles, scored 1–5 (vision, culture, decision style, risk,
     * innovation, exit flexibility), for the newcomers' compatibility checks.
     */
    public static List<Candidate> digitalTransformationProfiles() {
        return List.of(
                profile("bank", "Harbour Bank", "443323", "capital,payments", "cloud"),
                profile("insurer", "Mutual Assurance", "443223", "risk-models", "data"),
                profile("retailer", "Market Square Retail", "433334", "customers,stores", "data"),
                profile("telecom", "Meridian Telecom", "444334", "networks", "cloud"),
                profile("utility", "Riverside Energy", "332213", "infrastructure", "networks"),
                profile("logistics", "Swift Freight", "333233", "fleet", "data"),
                profile("cloudco", "Nimbus Cloud", "544454", "cloud,data-platform", "customers"),
                profile("datalab", "University Data Lab", "454354", "data-science", "data"),
                profile("securefirm", "Sentinel Security", "443343", "security-operations", "networks"));
    }

    private static Candidate profile(String id, String name, String scores, String brings, String seeks) {
        return AssessmentExamples.candidate(id, name, scores, List.of(brings.split(",")), List.of(seeks.split(",")), List.of());
    }

    /** Prints both cases. */
    public static void run(PrintStream out, CoalitionAdvisor advisor) {
        manufacturing(out, advisor);
        digitalTransformation(out, advisor);
    }

    private static void manufacturing(PrintStream out, CoalitionAdvisor advisor) {
        Timeline timeline = manufacturingTimeline();
        out.println("=== " + timeline.formedOn().getYear() + "-" + MANUFACTURING_AS_OF.getYear()
                + ": the manufacturing supply-chain coalition's three evolutions ===");
        for (LocalDate day : MANUFACTURING_REVIEWS) {
            TimelineState state = timeline.stateAt(day);
            LifecycleAdvice review = advisor.reviewLifecycle(state.coalition(), state.lifecycle(), day);
            out.println("  review " + day + ": " + state.coalition().size() + " members, " + review.ageMonths()
                    + " months old, governed " + (state.mode() == null ? "as formed" : state.mode().toString())
                    + ", renewal due " + review.renewalDue() + (review.renewalOverdue() ? " (OVERDUE)" : ""));
            review.triggers().forEach(t -> out.println("    " + t.id() + ": " + t.reason()));
            timeline.events().stream().filter(e -> e instanceof TimelineEvent.RenewalHeld && e.on().equals(day.plusDays(1)))
                    .map(TimelineEvent.RenewalHeld.class::cast)
                    .forEach(r -> out.println("  renewal " + r.on() + ": the coalition renews itself for " + r.purpose()
                            + ", governed " + r.mode()));
        }
    }

    private static void digitalTransformation(PrintStream out, CoalitionAdvisor advisor) {
        Coalition coalition = digitalTransformation();
        out.println("=== " + coalition.name() + ": three members admitted, two departed ===");
        MembershipOptions options = MembershipOptions.none().withQuota(DIGITAL_QUOTA)
                .withConflicts(List.of(dataResidencyConflict())).withProfiles(digitalTransformationProfiles());
        for (MembershipAdvice advice : advisor.changeMembership(coalition, digitalTransformationChanges(), options)) {
            MembershipChange change = advice.change();
            out.println("  " + change.on() + " " + change.kind() + " " + change.memberId()
                    + (change.conflict() == null ? "" : " (through conflict " + change.conflict() + ")")
                    + ": " + advice.coalitionAfter().size() + " members");
            advice.compatibility().stream().min(Comparator.comparing(PairFit::fit)).ifPresent(weakest -> out.println(
                    "    compatibility with " + advice.compatibility().size() + " members, weakest " + weakest.a() + "-"
                            + weakest.b() + " " + weakest.fit()));
            List<String> power = advice.differences().stream().filter(d -> d.contains("voting power changes")).toList();
            advice.differences().stream().filter(d -> !power.contains(d)).forEach(d -> out.println("    " + d));
            out.println("    (and " + power.size() + " members' voting power changes)");
        }
    }
}
