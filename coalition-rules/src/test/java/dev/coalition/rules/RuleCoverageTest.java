package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;

import static dev.coalition.value.Principle.EQUALITY;
import static dev.coalition.value.Principle.NEED;
import static dev.coalition.value.Principle.PROPORTIONALITY;
import static dev.coalition.value.Principle.RECOGNITION_OF_ALL_VALUE_TYPES;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.rules.value.AttributionOutcome;
import dev.coalition.value.Credits;
import dev.coalition.value.Fraction;
import dev.coalition.value.PeerAttribution;
import dev.coalition.value.RebalancingPolicy;
import dev.coalition.value.Sampling;
import dev.coalition.value.ValuePortfolio;
import dev.coalition.value.ValueType;
import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.StepOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the bundled policy (governance, value, voting and conflict) fires on at least one
 * of the cases the rule tests use, so a rule added without a case is noticed (docs/drl-style.md: every
 * rule has a test showing it firing). Governance, value and voting rules are seen in the
 * explanation; conflict rules on the rule engine's agenda ({@link FiredRules}), because some of
 * them insert results that are not explained.
 */
class RuleCoverageTest {

    private static final Pattern ID = Pattern.compile("@id\\(\\s*\"([^\"]+)\"\\s*\\)");

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static Set<String> bundledRuleIds() {
        Set<String> ids = new TreeSet<>();
        for (String file : advisor.policyFiles()) {
            if (file.endsWith(".drl")) {
                Matcher m = ID.matcher(PolicyAuthoringTest.bundled(file));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        return ids;
    }

    private static final Pattern RULE = Pattern.compile("(?m)^rule \"");

    /** Explanation steps that Java computed rather than a rule decided, e.g. value.allocate.equal. */
    private static final Pattern COMPUTED_STEP = Pattern.compile("value\\.(allocate|review|attribution|stability)\\.[a-z_]+");

    @Test
    void theRuleIdsAreReadFromTheBundledPolicy() {
        int rules = 0;
        for (String file : advisor.policyFiles()) {
            if (file.endsWith(".drl")) {
                rules += (int) RULE.matcher(PolicyAuthoringTest.bundled(file)).results().count();
            }
        }

        assertThat(bundledRuleIds()).as("one id per rule").hasSize(rules)
                .contains("governance.crisis-centralizes", "governance.lead.most-trusted", "governance.finding.poor-fit",
                        "governance.finding.trust-not-centred", "value.policy.named", "value.policy.by-principle",
                        "value.finding.negative-attribution", "voting.finding.null-player", "voting.finding.veto-player",
                        "conflict.stage.highest-behaviour", "conflict.type.escalated-to-relationship",
                        "conflict.intervention.powerIntervention", "conflict.escalation.time-box-passed", "conflict.mediator.ally",
                        "conflict.resolvability.fundamental-difference", "conflict.divergence.proposed",
                        "conflict.finding.coalition-dissolves");
        assertThat(advisor.policyFiles()).contains("value-policy.drl", "value-principles.drl", "value-findings.drl",
                "value-portfolios.drl", "value-review.drl", "value-attribution.drl", "voting-findings.drl",
                "conflict-stage.drl", "conflict-types.drl", "conflict-interventions.drl", "conflict-escalation.drl",
                "conflict-mediators.drl", "conflict-resolvability.drl", "conflict-divergence.drl");
        assertThat(rules).isGreaterThanOrEqualTo(100);
    }

    @Test
    void everyBundledRuleFiresOnSomeTestCase() {
        List<Coalition> cases = List.of(
                Cases.foundingGroup(),
                Cases.foundingGroupWithUrgency(0.9),
                Cases.cybersecurity(),
                Cases.star().build(),
                Cases.star("hospital", "hospital", "hospital", "ngo", "hospital", "lab", "hospital", "hospital")
                        .steeringBody("s1").build(),
                Cases.ring(),
                Cases.strangersInACrisis(),
                Cases.financialAlliance(),
                Cases.financialAlliance(new dev.coalition.governance.GovernanceContext(0.9, 0.5, 0.4, 0.2)));

        Set<String> fired = new TreeSet<>();
        for (Coalition c : cases) {
            fired.addAll(Explanations.ruleIds(advisor.recommendGovernance(c)));
        }
        fired.addAll(valueRulesFired());
        fired.addAll(votingRulesFired());
        fired.addAll(conflictRulesFired());
        fired.addAll(healthRulesFired());
        fired.addAll(ProposalsTest.rulesFired(advisor));
        fired.addAll(LifecycleReviewTest.rulesFired(advisor));
        fired.addAll(InformationTest.rulesFired(advisor));
        fired.addAll(CommunicationTest.rulesFired(advisor));
        fired.addAll(assessmentRulesFired());
        fired.removeIf(id -> COMPUTED_STEP.matcher(id).matches());

        assertThat(fired).containsExactlyInAnyOrderElementsOf(bundledRuleIds());
    }

    /** The value cases of ValuePolicyTest and ValueFindingsTest, in brief. */
    private static Set<String> valueRulesFired() {
        Coalition trio = ValueCases.trio();
        List<DistributionRequest> requests = List.of(
                ValueCases.everythingGiven(EQUALITY).withPolicy("EQUAL"),
                ValueCases.everythingGiven(NEED, RECOGNITION_OF_ALL_VALUE_TYPES, PROPORTIONALITY, EQUALITY),
                ValueCases.nothingGiven(NEED, RECOGNITION_OF_ALL_VALUE_TYPES, PROPORTIONALITY),
                ValueCases.everythingGiven(PROPORTIONALITY).withPolicy("EQUAL"),
                ValueCases.everythingGiven(EQUALITY).withPolicy("PROPORTIONAL"),
                ValueCases.everythingGiven(EQUALITY).withPolicy("NEED_WEIGHTED"),
                ValueCases.everythingGiven(EQUALITY).withPolicy("SHAPLEY"),
                DistributionRequest.of(new Credits(600)).withGame(ValueCases.spoilerGame()).withPolicy("SHAPLEY"));
        Set<String> fired = new TreeSet<>();
        for (DistributionRequest request : requests) {
            fired.addAll(Explanations.ruleIds(advisor.distribute(trio, request).explanation()));
        }

        // 21 players are more than value.exactShapleyMaxPlayers (20): sampled
        Coalition large = ValueCases.numbered(21);
        fired.addAll(Explanations.ruleIds(advisor.distribute(large, DistributionRequest.of(new Credits(2100))
                .withGame(ValueCases.countingGame(ValueCases.numberedIds(21))).withSampling(new Sampling(1.0, 0.05, 7L))
                .withPolicy("SHAPLEY")).explanation()));

        // 3 players are more than a value.nucleolusMaxPlayers of 2: the nucleolus is omitted
        try (CoalitionAdvisor small = CoalitionAdvisor.builder().setting("value.nucleolusMaxPlayers", "2").build()) {
            fired.addAll(Explanations.ruleIds(small.distribute(trio, DistributionRequest.of(new Credits(90))
                    .withGame(ValueCases.trioGame())).explanation()));
        }

        fired.addAll(Explanations.ruleIds(advisor.assessPortfolios(trio, List.of(
                new ValuePortfolio("a", java.util.Set.of(ValueType.STRATEGIC), Map.of(), Map.of(ValueType.FINANCIAL, Fraction.ONE)),
                new ValuePortfolio("b", java.util.Set.of(ValueType.STRATEGIC, ValueType.INNOVATIVE), Map.of(),
                        Map.of(ValueType.STRATEGIC, Fraction.ONE)))).explanation()));

        Map<String, Fraction> targets = new LinkedHashMap<>();
        targets.put("a", Fraction.of(1, 2));
        targets.put("b", Fraction.of(1, 2));
        fired.addAll(Explanations.ruleIds(advisor.rebalance(trio, RebalancingPolicy.IMMEDIATE, new Credits(100), targets,
                Map.of("a", 56L, "b", 44L), Map.of("b", 1), java.time.LocalDate.of(2024, 3, 31)).explanation()));

        fired.addAll(Explanations.ruleIds(advisor.attribute(trio, ValueCases.disagreeingReports()).explanation()));

        // no report gives a negative share (ValuePropertiesTest), so this rule is shown on an attribution built by hand
        Map<String, Fraction> shares = new LinkedHashMap<>();
        shares.put("a", Fraction.of(5, 4));
        shares.put("b", Fraction.of(-1, 4));
        shares.put("c", Fraction.ZERO);
        fired.addAll(Explanations.ruleIds(ValueCases.DirectRuns.run(trio,
                new AttributionOutcome(new PeerAttribution.Attribution(shares, Fraction.ZERO, "DMT_EXACT", List.of()))).explanation()));
        return fired;
    }

    /** The assessment cases of AssessmentFlagsTest and AssessmentCompositionTest, in brief. */
    private static Set<String> assessmentRulesFired() {
        Set<String> fired = new TreeSet<>(Explanations.ruleIds(advisor.assessPartners(AssessmentCases.oneOutlier()).explanation()));
        // no prior ties, a weak pair
        fired.addAll(Explanations.ruleIds(advisor.assessPartners(List.of(AssessmentCases.candidate("a", "CULTURE", "0", "DECISION_STYLE", "0", "INNOVATION", "0"),
                AssessmentCases.candidate("b", "CULTURE", "1", "DECISION_STYLE", "1", "INNOVATION", "1"), AssessmentCases.candidate("c"))).explanation()));
        fired.remove("assessment.composition.search");
        return fired;
    }

    /** The health and formation cases of HealthRulesTest and FormationReadinessTest, in brief. */
    private static Set<String> healthRulesFired() {
        Set<String> fired = new TreeSet<>();
        java.time.LocalDate march = java.time.LocalDate.of(2024, 3, 31);
        java.time.LocalDate june = java.time.LocalDate.of(2024, 6, 30);
        for (String[] scores : List.of(new String[] {"0.5", "0.5", "0.5"}, new String[] {"0.4", "0.5", "0.5"},
                new String[] {"0.5", "0.4", "0.4"})) {
            fired.addAll(Explanations.ruleIds(advisor.assessHealth(List.of(dev.coalition.health.HealthAssessment.of(june,
                    Fraction.parse(scores[0]), Fraction.parse(scores[1]), Fraction.parse(scores[2])))).explanation()));
        }
        fired.addAll(Explanations.ruleIds(advisor.assessHealth(List.of(
                dev.coalition.health.HealthAssessment.of(march, Fraction.parse("0.8"), Fraction.parse("0.7"), Fraction.ONE),
                dev.coalition.health.HealthAssessment.of(june, Fraction.parse("0.8"), Fraction.parse("0.6"), Fraction.ONE)))
                .explanation()));
        java.time.LocalDate started = java.time.LocalDate.of(2024, 1, 8);
        fired.addAll(Explanations.ruleIds(advisor.formationReadiness(dev.coalition.lifecycle.Formation.of(started,
                started.plusWeeks(8), dev.coalition.lifecycle.FormationStep.values()), started.plusWeeks(8)).explanation()));
        fired.addAll(Explanations.ruleIds(advisor.formationReadiness(dev.coalition.lifecycle.Formation.of(started,
                started.plusWeeks(2)), started.plusWeeks(8)).explanation()));
        return fired;
    }

    /** The voting cases of VotingFindingsTest, in brief. */
    private static Set<String> votingRulesFired() {
        Set<String> fired = new TreeSet<>();
        // [8; 4, 4, 2]: c is a null player
        fired.addAll(Explanations.ruleIds(advisor.votingPower(ValueCases.trio(4, 4, 2), 8).explanation()));
        // [6; 5, 4, 0]: c has no weight; a (5/9 of the weight) and b (4/9) both hold a veto
        fired.addAll(Explanations.ruleIds(advisor.votingPower(ValueCases.trio(5, 4, 0), 6).explanation()));
        // [5; 7, 1, 1]: a is a dictator
        fired.addAll(Explanations.ruleIds(advisor.votingPower(ValueCases.trio(7, 1, 1), 5).explanation()));
        // [5; 5, 3, 2]: b and c, and a, both reach the quota
        fired.addAll(Explanations.ruleIds(advisor.votingPower(ValueCases.trio(5, 3, 2), 5).explanation()));
        return fired;
    }

    /** The conflict cases of the Conflict*Test classes, in brief (see {@link ConflictCases}). */
    private static List<FiredRules.Run> conflictRuns() {
        Coalition council = ConflictCases.council();
        LocalDate opened = ConflictCases.OPENED;
        LocalDate asOf = ConflictCases.AS_OF;
        List<FiredRules.Run> runs = new ArrayList<>();
        // every subject list; primary, secondary and counts; moderation; mediators; resolvable; a step continues
        runs.add(FiredRules.conflict(council, ConflictCases.conflict().subjects("strategy", "roles", "procedures", "trust").build(), asOf));
        // every other intervention and level; from stage 4 the outsider, members too close, escalated to relationship
        for (int stage = 3; stage <= 7; stage++) {
            runs.add(FiredRules.conflict(council, ConflictCases.conflict().stage(stage).build(), asOf));
        }
        // dignified divergence: named, proposed, and a coalition of two (which has nobody to mediate)
        runs.add(FiredRules.conflict(council, ConflictCases.conflict().irreconcilable().leaving("b").build(), asOf));
        runs.add(FiredRules.conflict(ConflictCases.pair(), ConflictCases.conflict().irreconcilable().build(), asOf));
        // a fundamental difference after two failed steps: the next rung after a failure
        runs.add(FiredRules.conflict(council, ConflictCases.conflict().importance(0.9).resolutionEfficacy(0.1).failedSteps(2).build(),
                opened.plusDays(30)));
        // the ladder: past the time box, resolved, the last rung failed or overdue
        runs.add(FiredRules.conflict(council, ConflictCases.conflict().build(), opened.plusDays(15)));
        runs.add(FiredRules.conflict(council, ConflictCases.conflict()
                .steps(ConflictCases.step(EscalationStep.DIRECT_NEGOTIATION, opened, StepOutcome.RESOLVED)).build(), asOf));
        runs.add(FiredRules.conflict(council, ConflictCases.conflict()
                .steps(ConflictCases.step(EscalationStep.DIGNIFIED_DIVERGENCE, opened, StepOutcome.FAILED)).build(), asOf));
        // the steering body failed at stage 3 and at stage 9: external arbitration, owned from outside, ahead of and behind the stage
        for (int stage : new int[] {3, 9}) {
            runs.add(FiredRules.conflict(council, ConflictCases.conflict().stage(stage)
                    .steps(ConflictCases.step(EscalationStep.STEERING_BODY, opened, StepOutcome.FAILED)).build(), asOf));
        }
        runs.add(FiredRules.conflict(council, ConflictCases.conflict()
                .steps(ConflictCases.step(EscalationStep.DIGNIFIED_DIVERGENCE, opened, StepOutcome.ONGOING)).build(),
                opened.plusDays(91)));
        return runs;
    }

    private static Set<String> conflictRulesFired() {
        Set<String> fired = new TreeSet<>();
        conflictRuns().forEach(run -> fired.addAll(run.fired()));
        return fired;
    }

    @Test
    void theConflictCasesGiveTheFacadesAnswerAndEveryExplainedRuleFired() {
        for (FiredRules.Run run : conflictRuns()) {
            assertThat(run.fired()).containsAll(Explanations.ruleIds(run.assessment().explanation()));
        }
        // the recording runner decides as the facade does
        FiredRules.Run run = conflictRuns().get(0);
        assertThat(advisor.assessConflict(ConflictCases.council(), ConflictCases.conflict()
                .subjects("strategy", "roles", "procedures", "trust").build(), ConflictCases.AS_OF).types())
                .isEqualTo(run.assessment().types());
    }

    @Test
    void theExplanationNamesEveryConflictRuleThatFired() {
        for (FiredRules.Run run : conflictRuns()) {
            assertThat(new TreeSet<>(Explanations.ruleIds(run.assessment().explanation()))).isEqualTo(new TreeSet<>(run.fired()));
        }
    }
}
