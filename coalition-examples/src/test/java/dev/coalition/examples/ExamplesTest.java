package dev.coalition.examples;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.conflict.Divergence;
import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.Intervention;
import dev.coalition.conflict.Resolvability;
import dev.coalition.core.Coalition;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.ledger.CreditLedger;
import dev.coalition.ledger.InsufficientCreditsException;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ConflictAssessment;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.PortfolioAdvice;
import dev.coalition.rules.api.RebalanceAdvice;
import dev.coalition.rules.api.Severity;
import dev.coalition.value.Credits;
import dev.coalition.value.FairnessLaws;
import dev.coalition.value.Fraction;
import dev.coalition.value.Money;
import dev.coalition.value.Principle;
import dev.coalition.value.RebalancingPolicy;
import dev.coalition.value.ValuePortfolio;
import dev.coalition.value.ValueType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExamplesTest {

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void buildAdvisor() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void closeAdvisor() {
        advisor.close();
    }

    @Test
    void theRetailCoalitionIsAdvisedToLeaveOutTheTwoFirmsAtTheExtremesOfInnovationAndRisk() {
        dev.coalition.rules.api.PartnerAssessment before = advisor.assessPartners(AssessmentExamples.retailCandidates());
        dev.coalition.rules.api.PartnerAssessment after = advisor.assessPartners(AssessmentExamples.retailCandidatesAfter());

        assertThat(before.flags()).filteredOn(f -> f.id().equals("WIDE_SPREAD")).extracting(f -> f.subject())
                .containsExactly("RISK_TOLERANCE", "INNOVATION");
        assertThat(before.composition().get(0).leaveOut()).containsExactly("heritage", "novamart");
        assertThat(after.flags()).noneMatch(f -> f.id().equals("WIDE_SPREAD"));
        assertThat(after.weakestPair().fit()).isEqualTo(before.composition().get(0).weakestPairAfter());
    }

    @Test
    void pandemicResponseIsCentralizedUnderTheRegionalHealthAuthorityAndMissesSeats() {
        GovernanceRecommendation advice = advisor.recommendGovernance(ArticleCoalitions.pandemicResponse());

        assertThat(advice.mode()).isEqualTo(GovernanceMode.CENTRALIZED);
        assertThat(advice.lead()).isEqualTo("regional-health");
        assertThat(advice.findings("CATEGORY_WITHOUT_SEAT")).extracting(f -> f.subject())
                .containsExactlyInAnyOrder("supplier", "logistics", "nonprofit");
        assertThat(advice.findings("CRISIS_OVERRIDE")).hasSize(1);
    }

    @Test
    void cybersecurityIsHybridWithTechnicalDecisionsCentralizedAndStrategicDistributed() {
        GovernanceRecommendation advice = advisor.recommendGovernance(ArticleCoalitions.cybersecurity());

        assertThat(advice.mode()).isEqualTo(GovernanceMode.HYBRID);
        assertThat(advice.domains().get(DecisionDomain.TECHNICAL)).isEqualTo(GovernanceMode.CENTRALIZED);
        assertThat(advice.domains().get(DecisionDomain.STRATEGIC)).isEqualTo(GovernanceMode.DISTRIBUTED);
        assertThat(advice.safeguard("PUBLISHED_DOMAIN_MAP")).isPresent();
    }

    @Test
    void foundingGroupGovernsItselfTogether() {
        GovernanceRecommendation advice = advisor.recommendGovernance(ArticleCoalitions.foundingGroup());

        assertThat(advice.mode()).isEqualTo(GovernanceMode.DISTRIBUTED);
        assertThat(advice.lead()).isNull();
    }

    @Test
    void theExamplesProgramPrintsEachCoalitionWithItsExplanation() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Examples.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertThat(text).contains("=== Pandemic response healthcare coalition (15 members) ===",
                "Mode: CENTRALIZED", "Mode: HYBRID", "Mode: DISTRIBUTED", "[governance.crisis-centralizes]");
    }

    @Test
    void theTechnologyCoalitionMovesFromAMonthlyMeetingToLayeredCommunication() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CoalitionAdvisor advisor = CoalitionAdvisor.withDefaultPolicies()) {
            CommunicationExamples.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), advisor);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertThat(text).contains("=== Technology coalition: communication ===",
                "before (monthly meeting only): meeting share 1; findings [FORMAL_MEETINGS_HEAVY, LAYER_MISSING OPERATIONAL, "
                        + "LAYER_MISSING TACTICAL, LAYER_MISSING INNOVATION]",
                "after (layered): meeting share 37/97; findings []",
                "  INNOVATION QUARTERLY MEETING 4/3 h/month -> hardware, startup",
                "proposed by the rules: meeting share ");
    }

    @Test
    void theJointVentureExampleShowsTheShapleyDivisionBlockedAndTheNucleolusInTheCore() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CoalitionAdvisor advisor = CoalitionAdvisor.withDefaultPolicies()) {
            ValueExamples.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), advisor);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertThat(text).contains("=== Three-firm joint venture: is the Shapley division stable? ===",
                "in the core: false; least-core epsilon -5",
                "platform and carrier-north make 60 alone but receive 175/3: leaving gains them 5/3",
                "nucleolus: {platform=60, carrier-north=5, carrier-south=5}",
                "SHARES_NOT_IN_CORE (platform,carrier-north)",
                "policy NUCLEOLUS: {platform=600000.00, carrier-north=50000.00, carrier-south=50000.00}, in the core: true");
    }

    @Test
    void theReadmeEmbeddingExamplesWorkAsShown() {
        Coalition coalition = Coalition.builder("Regional innovation group")
                .formedOn(LocalDate.of(2024, 1, 15))
                .member("acme", "Acme", "manufacturer", 1, "bolt", "campus")
                .member("bolt", "Bolt Robotics", "manufacturer", 1, "acme", "campus")
                .member("campus", "Campus University", "university", 1, "acme", "bolt")
                .context(new GovernanceContext(0.2, 0.3, 0.9, 0.2))
                .build();
        try (CoalitionAdvisor custom = CoalitionAdvisor.builder().setting("governance.crisisUrgency", "0.7").build()) {
            GovernanceRecommendation advice = custom.recommendGovernance(coalition);
            assertThat(advice.mode()).isEqualTo(GovernanceMode.DISTRIBUTED);
            assertThat(advice.describe()).contains("Mode: DISTRIBUTED", "Why:");

            DistributionAdvice revenue = custom.distribute(coalition, DistributionRequest.of(Money.parse("1000.00", "EUR"))
                    .withPrinciples(Set.of(Principle.PROPORTIONALITY))
                    .withContributions(Map.of("acme", Fraction.of(3), "bolt", Fraction.of(2), "campus", Fraction.of(1))));
            assertThat(revenue.allocation().formatted("acme")).isEqualTo("500.00");
            assertThat(custom.votingPower(coalition, 2).power().banzhaf().values()).containsOnly(Fraction.of(1, 3));

            dev.coalition.conflict.Conflict conflict = new dev.coalition.conflict.Conflict("data-ownership",
                    List.of("acme", "bolt"), List.of("decision-rights"),
                    List.of(dev.coalition.conflict.Behaviour.POLARIZED_DEBATE), LocalDate.of(2024, 7, 1), List.of(),
                    0.7, 0.3, 0.8, null);
            ConflictAssessment a = custom.assessConflict(coalition, conflict, LocalDate.of(2024, 7, 11));
            assertThat(a.stage()).isEqualTo(2);
            assertThat(a.level()).isEqualTo("WIN_WIN");
            assertThat(a.nextStep().step()).isEqualTo(EscalationStep.DIRECT_NEGOTIATION);
            assertThat(a.nextStep().dueOn()).isEqualTo(LocalDate.of(2024, 7, 15));
            assertThat(a.mediators()).extracting(ConflictAssessment.MediatorAdvice::id).containsExactly("campus");
        }
    }

    // --- the value examples (ValueExamples), with the same inputs ---

    @Test
    void theTechnologyCoalitionsStartupReceivesNothingItSeeks() {
        PortfolioAdvice advice = advisor.assessPortfolios(ValueExamples.technologyCoalition(), List.of(
                new ValuePortfolio("cloudco", Set.of(ValueType.STRATEGIC), Map.of(ValueType.OPERATIONAL, Fraction.of(40)),
                        Map.of(ValueType.STRATEGIC, Fraction.of(30))),
                new ValuePortfolio("chipworks", Set.of(ValueType.INNOVATIVE), Map.of(ValueType.INNOVATIVE, Fraction.of(25)),
                        Map.of(ValueType.INNOVATIVE, Fraction.of(20), ValueType.FINANCIAL, Fraction.of(5))),
                new ValuePortfolio("devhouse", Set.of(ValueType.OPERATIONAL, ValueType.REPUTATIONAL),
                        Map.of(ValueType.OPERATIONAL, Fraction.of(20)), Map.of(ValueType.OPERATIONAL, Fraction.of(10))),
                new ValuePortfolio("startup", Set.of(ValueType.STRATEGIC), Map.of(ValueType.INNOVATIVE, Fraction.of(15)),
                        Map.of(ValueType.FINANCIAL, Fraction.of(10)))));

        assertThat(advice.findings()).filteredOn(f -> f.id().equals("PORTFOLIO_SERVES_NOTHING_SOUGHT")).singleElement()
                .satisfies(f -> {
                    assertThat(f.subject()).isEqualTo("startup");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                });
        assertThat(advice.findings()).extracting(f -> f.id() + " " + f.subject()).containsExactlyInAnyOrder(
                "PORTFOLIO_SERVES_NOTHING_SOUGHT startup", "PORTFOLIO_PARTLY_SERVED devhouse");
        assertThat(advice.portfolios().get(1).alignment()).isEqualTo(Fraction.of(4, 5));
    }

    @Test
    void theTechnologyCoalitionsRevenueIsSplitInProportionToContribution() {
        Map<String, Fraction> contributions = new LinkedHashMap<>();
        contributions.put("cloudco", Fraction.of(40));
        contributions.put("chipworks", Fraction.of(25));
        contributions.put("devhouse", Fraction.of(20));
        contributions.put("startup", Fraction.of(15));

        DistributionAdvice advice = advisor.distribute(ValueExamples.technologyCoalition(),
                DistributionRequest.of(Money.parse("1000.00", "EUR"))
                        .withPrinciples(Set.of(Principle.PROPORTIONALITY, Principle.EQUALITY)).withContributions(contributions));

        assertThat(advice.policy()).isEqualTo("PROPORTIONAL");
        assertThat(List.of("cloudco", "chipworks", "devhouse", "startup")).extracting(advice.allocation()::formatted)
                .containsExactly("400.00", "250.00", "200.00", "150.00");
        assertThat(FairnessLaws.paidOutAddsUp(advice.allocation())).isTrue();
        assertThat(advice.findings()).isEmpty();
    }

    @Test
    void theEducationCoalitionsLedgerBalancesAndRefusesAnOverdraft() {
        Coalition education = ValueExamples.educationCoalition();
        LocalDate march = LocalDate.of(2023, 3, 1);
        CreditLedger ledger = CreditLedger.empty();
        ledger = advisor.credit(education, ledger, "university", "reading-intervention study", "district", 8, march, "Used it");
        ledger = advisor.credit(education, ledger, "edtech", "classroom analytics dashboard", "university", 5, march.plusDays(3),
                "Adopted it");
        ledger = advisor.credit(education, ledger, "district", "teacher feedback panel", "edtech", 6, march.plusDays(10),
                "Redesigned from it");
        ledger = advisor.redeem(education, ledger, "university", "joint grant application support", 5, march.plusDays(20),
                "Grant writers");
        CreditLedger kept = ledger;

        InsufficientCreditsException refused = catchThrowableOfType(InsufficientCreditsException.class,
                () -> advisor.redeem(education, kept, "edtech", "conference booth", 9, march.plusDays(21), "Summit booth"));

        assertThat(refused).isNotNull();
        assertThat(refused.balance()).isEqualTo(5);
        assertThat(ledger.balances()).containsExactly(Map.entry("district", 6L), Map.entry("edtech", 5L),
                Map.entry("university", 3L));
        assertThat(ledger.issued()).isEqualTo(19);
        assertThat(ledger.redeemed()).isEqualTo(5);
        assertThat(ledger.size()).isEqualTo(4);
    }

    @Test
    void theQuarterlyReviewFlagsTheStartupAsPersistentlyBelowTarget() {
        Map<String, Fraction> targets = new LinkedHashMap<>();
        targets.put("cloudco", Fraction.of(2, 5));
        targets.put("chipworks", Fraction.of(1, 4));
        targets.put("devhouse", Fraction.of(1, 5));
        targets.put("startup", Fraction.of(3, 20));

        RebalanceAdvice advice = advisor.rebalance(ValueExamples.technologyCoalition(), RebalancingPolicy.BALANCED,
                new Credits(200), targets, Map.of("cloudco", 520L, "chipworks", 260L, "devhouse", 180L, "startup", 40L),
                Map.of("startup", 1));

        assertThat(advice.findings()).extracting(Finding::id, Finding::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PERSISTENTLY_BELOW_TARGET", "startup"));
        assertThat(advice.review().standings()).extracting(s -> s.paid()).containsExactly(0L, 33L, 50L, 117L);
        assertThat(advice.review().allocation().paidOut().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(200L);
    }

    @Test
    void theValueExamplesPrintThePortfoliosTheRevenueTheLedgerAndTheReview() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ValueExamples.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), advisor);
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertThat(text).contains(
                "=== Technology coalition: value portfolios ===",
                "WARNING PORTFOLIO_SERVES_NOTHING_SOUGHT (startup)",
                "policy PROPORTIONAL: {cloudco=400.00, chipworks=250.00, devhouse=200.00, startup=150.00}",
                "[value.policy.by-principle]",
                "=== Education technology coalition: knowledge-equity accounts ===",
                "balances {district=6, edtech=5, university=3}; issued 19, redeemed 5",
                "=== Technology coalition: quarterly value review (BALANCED) ===",
                "WARNING PERSISTENTLY_BELOW_TARGET (startup)");
        assertThat(text).doesNotContain("PERSISTENTLY_BELOW_TARGET (cloudco)", "PERSISTENTLY_BELOW_TARGET (devhouse)");
    }

    // --- the conflict examples (ConflictExamples), with the same inputs and dates ---

    private static List<String> types(ConflictAssessment a) {
        return a.types().stream().map(t -> t.role() + " " + t.type() + " " + t.because()).toList();
    }

    @Test
    void theStandardsCoalitionsIpConflictIsAnEscalatedProcessConflictForTheExternalMediator() {
        ConflictAssessment a = advisor.assessConflict(ConflictExamples.standardsCoalition(), ConflictExamples.ipConflict(),
                LocalDate.of(2023, 4, 20));

        assertThat(types(a)).containsExactly("PRIMARY PROCESS [procedures, resources]", "SECONDARY GOAL [scope]",
                "SECONDARY RELATIONSHIP [PUBLIC_LOSS_OF_FACE]");
        assertThat(a.stage()).isEqualTo(5);
        assertThat(a.level()).isEqualTo("WIN_LOSE");
        assertThat(a.interventions()).containsExactly(Intervention.PROCESS_GUIDANCE,
                Intervention.SOCIO_THERAPEUTIC_PROCESS_GUIDANCE, Intervention.MEDIATION);
        assertThat(a.externalFacilitatorRequired()).isTrue();
        // the working group started on 2023-03-20 has run 31 days, past its 21
        assertThat(a.nextStep().step()).isEqualTo(EscalationStep.DESIGNATED_MEDIATOR);
        assertThat(a.nextStep().owner()).isEqualTo("the designated mediator");
        assertThat(a.nextStep().dueOn()).isEqualTo(LocalDate.of(2023, 5, 20));
        // lab is trusted by both parties but is a member; netco is chipco's ally
        assertThat(a.mediators()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("ip-mediator");
            assertThat(m.external()).isTrue();
            assertThat(m.rank()).isEqualTo(1);
            assertThat(m.reasons()).contains("\"ip-mediator\" has expertise in PROCESS conflicts, the primary type.");
        });
        assertThat(a.resolvability().value()).isEqualTo(Resolvability.NEEDS_RESTRUCTURING);
        assertThat(a.divergence()).isNull();
        // stage 5 needs an outsider while the designated mediator, a member-owned rung, holds the conflict
        assertThat(a.findings()).extracting(f -> f.id() + ":" + f.subject()).containsExactly("STEP_BEHIND_STAGE:DESIGNATED_MEDIATOR");
    }

    @Test
    void theHealthcareDataOwnershipConflictIsResolvableByDirectNegotiationWithinTwoWeeks() {
        ConflictAssessment a = advisor.assessConflict(ConflictExamples.healthDataCoalition(),
                ConflictExamples.dataOwnershipConflict(), LocalDate.of(2024, 7, 11));

        assertThat(types(a)).containsExactly("PRIMARY PROCESS [decision-rights, resources]");
        assertThat(a.stage()).isEqualTo(2);
        assertThat(a.level()).isEqualTo("WIN_WIN");
        assertThat(a.interventions()).containsExactly(Intervention.MODERATION);
        assertThat(a.externalFacilitatorRequired()).isFalse();
        assertThat(a.nextStep().step()).isEqualTo(EscalationStep.DIRECT_NEGOTIATION);
        assertThat(a.nextStep().owner()).isEqualTo("the parties");
        assertThat(a.nextStep().dueOn()).isEqualTo(LocalDate.of(2024, 7, 15));
        assertThat(a.resolvability().value()).isEqualTo(Resolvability.RESOLVABLE);
        assertThat(a.divergence()).isNull();
        // the registry is trusted by both parties and has PROCESS expertise; the clinic trusts only the hospital
        assertThat(a.mediators()).extracting(ConflictAssessment.MediatorAdvice::id).containsExactly("registry");
        assertThat(a.mediators().get(0).reasons()).containsExactly("\"registry\" is not a party and is allied with no side.",
                "Every party trusts \"registry\".", "\"registry\" has expertise in PROCESS conflicts, the primary type.");
        assertThat(a.findings()).isEmpty();
    }

    @Test
    void theDataOwnershipNegotiationIsDueOnItsFourteenthDayAndEscalatesTheDayAfter() {
        Coalition health = ConflictExamples.healthDataCoalition();

        assertThat(advisor.assessConflict(health, ConflictExamples.dataOwnershipConflict(), LocalDate.of(2024, 7, 15))
                .nextStep().step()).isEqualTo(EscalationStep.DIRECT_NEGOTIATION);
        assertThat(advisor.assessConflict(health, ConflictExamples.dataOwnershipConflict(), LocalDate.of(2024, 7, 16))
                .nextStep().step()).isEqualTo(EscalationStep.WORKING_GROUP);
    }

    @Test
    void theFinancialAllianceDivergesWithDignityAndTheInsurerLeaves() {
        Coalition alliance = ConflictExamples.financialAlliance();
        CreditLedger ledger = ConflictExamples.financialLedger();
        LocalDate decided = LocalDate.of(2023, 9, 1);

        ConflictAssessment a = advisor.assessConflict(alliance, ConflictExamples.riskConflict(), decided, ledger);

        assertThat(types(a)).containsExactly("PRIMARY GOAL [priorities, strategy]");
        assertThat(a.stage()).isEqualTo(3);
        assertThat(a.resolvability().value()).isEqualTo(Resolvability.IRRECONCILABLE);
        assertThat(a.resolvability().reasons()).singleElement().asString()
                .contains("importance 0.9", "efficacy 0.2", "4 steps have failed", "financial-services alliance");
        assertThat(a.nextStep().step()).isEqualTo(EscalationStep.EXTERNAL_ARBITRATION);
        assertThat(a.nextStep().dueOn()).isEqualTo(LocalDate.of(2023, 10, 16));
        assertThat(a.divergence().leaving()).isEqualTo("insurer");
        assertThat(a.divergence().proposed()).isFalse();
        // no other insurer can take its steering seat
        assertThat(a.divergence().plan()).isEqualTo(new Divergence("insurer", LocalDate.of(2023, 11, 30), 12, 8, Optional.empty(),
                List.of("bank"), orderedShares("bank", dev.coalition.value.Fraction.of(3, 5), "broker", dev.coalition.value.Fraction.of(1, 5), "payments", dev.coalition.value.Fraction.of(1, 5))));

        Divergence.Result after = advisor.applyDivergence(alliance, ledger, a.divergence(), decided);
        assertThat(after.coalition().members()).extracting(m -> m.id()).containsExactly("bank", "broker", "payments");
        assertThat(after.coalition().steeringBody()).containsExactly("bank");
        assertThat(after.ledger().balances()).containsExactly(Map.entry("bank", 5L), Map.entry("insurer", 0L));
        assertThat(after.ledger().entries().subList(0, ledger.size())).isEqualTo(ledger.entries());
        assertThat(after.ledger().size()).isEqualTo(4);
    }

    @Test
    void theConflictExamplesPrintEachAssessment() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConflictExamples.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), advisor);
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertThat(text).contains(
                "=== Technology standards coalition: conflict \"ip-rights\" ===",
                "  PRIMARY PROCESS because [procedures, resources]",
                "  SECONDARY RELATIONSHIP because [PUBLIC_LOSS_OF_FACE]",
                "  stage 5 (WIN_LOSE), interventions [PROCESS_GUIDANCE, SOCIO_THERAPEUTIC_PROCESS_GUIDANCE, MEDIATION], "
                        + "external facilitator required",
                "  next step: DESIGNATED_MEDIATOR, owned by the designated mediator, due 2023-05-20",
                "  mediator #1 ip-mediator (external): ",
                "  NEEDS_RESTRUCTURING: ",
                "=== Healthcare data-sharing coalition: conflict \"data-ownership\" ===",
                "  stage 2 (WIN_WIN), interventions [MODERATION]" + System.lineSeparator(),
                "  next step: DIRECT_NEGOTIATION, owned by the parties, due 2024-07-15",
                "  mediator #1 registry: ",
                "  RESOLVABLE: ",
                "=== Financial services alliance: conflict \"risk-appetite\" ===",
                "  PRIMARY GOAL because [priorities, strategy]",
                "  next step: EXTERNAL_ARBITRATION, owned by an external arbitrator, due 2023-10-16",
                "  IRRECONCILABLE: ",
                "  divergence: insurer leaves, grace until 2023-11-30, 12 credits recognised, 8 settled; steering body after [bank]",
                "  after the divergence: 3 members, steering body [bank], balances {bank=5, insurer=0}, 4 ledger entries (none lost)");
        assertThat(text).doesNotContain("mediator #2", "divergence: hospital", "divergence: chipco");
    }

    @Test
    void theExamplesProgramIncludesTheConflictExamples() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Examples.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("conflict \"ip-rights\"", "conflict \"data-ownership\"",
                "conflict \"risk-appetite\"", "divergence: insurer leaves");
    }

    private static java.util.Map<String, dev.coalition.value.Fraction> orderedShares(Object... idsAndShares) {
        java.util.Map<String, dev.coalition.value.Fraction> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < idsAndShares.length; i += 2) {
            map.put((String) idsAndShares[i], (dev.coalition.value.Fraction) idsAndShares[i + 1]);
        }
        return map;
    }
}
