package dev.coalition.rules;

import static dev.coalition.rules.Explanations.ruleIds;
import static dev.coalition.rules.Explanations.steps;
import static dev.coalition.rules.ValueCases.CONTRIBUTIONS;
import static dev.coalition.rules.ValueCases.NEEDS;
import static dev.coalition.rules.ValueCases.NEED_WEIGHT;
import static dev.coalition.rules.ValueCases.everythingGiven;
import static dev.coalition.rules.ValueCases.nothingGiven;
import static dev.coalition.rules.ValueCases.trioGame;
import static dev.coalition.rules.ValueCases.withId;
import static dev.coalition.value.Principle.EQUALITY;
import static dev.coalition.value.Principle.NEED;
import static dev.coalition.value.Principle.PROPORTIONALITY;
import static dev.coalition.value.Principle.RECOGNITION_OF_ALL_VALUE_TYPES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.Severity;
import dev.coalition.value.Fraction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * value-policy.drl and value-principles.drl: which allocation policy divides a distribution (the
 * named one, else the most specific stated principle that can be honoured, else EQUAL), and when
 * a named policy contradicts the stated principles.
 */
class ValuePolicyTest {

    private static final Coalition TRIO = ValueCases.trio();

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static DistributionAdvice distribute(DistributionRequest request) {
        return advisor.distribute(TRIO, request);
    }

    /** The single assessment step of a principle. */
    private static ExplanationStep assessment(DistributionAdvice advice, String ruleId) {
        List<ExplanationStep> steps = steps(advice.explanation(), ruleId);
        assertThat(steps).as(ruleId + " in " + advice.explanation()).hasSize(1);
        return steps.get(0);
    }

    private static List<String> assessmentRules(DistributionAdvice advice) {
        return ruleIds(advice.explanation()).stream().filter(id -> id.startsWith("value.principle.")).toList();
    }

    @Nested
    class NamedPolicy {

        @Test
        void aPolicyTheRequestNamesIsAppliedOverEveryPrincipleThatCouldBeHonoured() {
            DistributionAdvice advice = distribute(everythingGiven(NEED, RECOGNITION_OF_ALL_VALUE_TYPES, PROPORTIONALITY, EQUALITY)
                    .withPolicy("PROPORTIONAL"));

            assertThat(advice.policy()).isEqualTo("PROPORTIONAL");
            assertThat(advice.allocation().policy()).isEqualTo("PROPORTIONAL");
            assertThat(steps(advice.explanation(), "value.policy.named")).singleElement().satisfies(s -> {
                assertThat(s.reason()).isEqualTo("The request names the PROPORTIONAL policy, so it is applied as asked.");
                assertThat(s.inputs()).containsEntry("policy", "PROPORTIONAL");
                assertThat(s.ruleName()).isEqualTo("A policy the request names is applied");
            });
            assertThat(assessmentRules(advice)).as("principles are not assessed when a policy is named").isEmpty();
            assertThat(ruleIds(advice.explanation())).doesNotContain("value.policy.by-principle", "value.policy.equal-by-default");
        }

        @Test
        void aNamedPolicyIsAppliedWhenNoPrincipleIsStated() {
            DistributionAdvice advice = distribute(DistributionRequest.of(ValueCases.eur("100.00")).withGame(trioGame())
                    .withPolicy("SHAPLEY"));

            assertThat(advice.policy()).isEqualTo("SHAPLEY");
            assertThat(advice.allocation().exactShares()).containsExactly(
                    Map.entry("a", Fraction.of(20000, 9)), Map.entry("b", Fraction.of(30000, 9)), Map.entry("c", Fraction.of(40000, 9)));
            assertThat(ruleIds(advice.explanation())).contains("value.policy.named").doesNotContain("value.policy.equal-by-default");
        }

        @Test
        void withoutANamedPolicyTheNamedPolicyRuleDoesNotFire() {
            DistributionAdvice advice = distribute(everythingGiven(EQUALITY));

            assertThat(ruleIds(advice.explanation())).doesNotContain("value.policy.named");
            assertThat(advice.policy()).isEqualTo("EQUAL");
        }
    }

    @Nested
    class PrincipleAssessments {

        @Test
        void needCanBeHonouredWhenContributionsNeedsAndANeedWeightAreGiven() {
            DistributionAdvice advice = distribute(everythingGiven(NEED));

            assertThat(assessment(advice, "value.principle.need-applies")).satisfies(s -> {
                assertThat(s.inputs()).containsEntry("principle", "NEED").containsEntry("applies", true)
                        .containsEntry("policy", "NEED_WEIGHTED");
                assertThat(s.reason()).isEqualTo("NEED is stated and every member's contribution and need are given, "
                        + "so need-weighted shares can honour it.");
            });
            assertThat(ruleIds(advice.explanation())).doesNotContain("value.principle.need-lacks-inputs");
            assertThat(advice.policy()).isEqualTo("NEED_WEIGHTED");
            // a: (1 - 1/2) x 5/10 + 1/2 x 1/4 = 3/8 of 10000 cents; b: 1/2 x 3/10 + 1/2 x 1/4 = 11/40; c: 1/2 x 2/10 + 1/2 x 2/4 = 7/20
            assertThat(advice.allocation().paidOut()).containsExactly(Map.entry("a", 3750L), Map.entry("b", 2750L),
                    Map.entry("c", 3500L));
        }

        @Test
        void needCannotBeHonouredWithoutTheNeedWeight() {
            DistributionAdvice advice = distribute(nothingGiven(NEED).withContributions(CONTRIBUTIONS).withNeeds(NEEDS, null));

            assertThat(assessment(advice, "value.principle.need-lacks-inputs")).satisfies(s -> {
                assertThat(s.inputs()).containsEntry("principle", "NEED").containsEntry("applies", false)
                        .containsEntry("policy", "NEED_WEIGHTED");
                assertThat(s.reason()).isEqualTo("NEED is stated, but every member's contribution and need and the need weight "
                        + "are needed to honour it.");
            });
            assertThat(ruleIds(advice.explanation())).doesNotContain("value.principle.need-applies");
            assertThat(advice.policy()).isEqualTo("EQUAL");
        }

        @Test
        void needCannotBeHonouredWithoutEveryContribution() {
            DistributionAdvice advice = distribute(nothingGiven(NEED).withContributions(ValueCases.figures("a", 5, "b", 3))
                    .withNeeds(NEEDS, NEED_WEIGHT));

            assertThat(assessmentRules(advice)).containsExactly("value.principle.need-lacks-inputs");
        }

        @Test
        void needCannotBeHonouredWithoutEveryNeed() {
            DistributionAdvice advice = distribute(nothingGiven(NEED).withContributions(CONTRIBUTIONS)
                    .withNeeds(ValueCases.figures("a", 1, "c", 2), NEED_WEIGHT));

            assertThat(assessmentRules(advice)).containsExactly("value.principle.need-lacks-inputs");
        }

        @Test
        void recognitionOfAllValueCanBeHonouredWhenTheGameIsGiven() {
            DistributionAdvice advice = distribute(nothingGiven(RECOGNITION_OF_ALL_VALUE_TYPES).withGame(trioGame()));

            assertThat(assessment(advice, "value.principle.recognition-applies")).satisfies(s -> {
                assertThat(s.inputs()).containsEntry("principle", "RECOGNITION_OF_ALL_VALUE_TYPES").containsEntry("applies", true)
                        .containsEntry("policy", "SHAPLEY");
                assertThat(s.reason()).isEqualTo("RECOGNITION_OF_ALL_VALUE_TYPES is stated and the value of every coalition is "
                        + "given, so Shapley shares can credit each member's marginal contribution.");
            });
            assertThat(ruleIds(advice.explanation())).doesNotContain("value.principle.recognition-lacks-game");
            assertThat(advice.policy()).isEqualTo("SHAPLEY");
        }

        @Test
        void recognitionOfAllValueCannotBeHonouredWithoutTheGame() {
            DistributionAdvice advice = distribute(nothingGiven(RECOGNITION_OF_ALL_VALUE_TYPES).withContributions(CONTRIBUTIONS));

            assertThat(assessment(advice, "value.principle.recognition-lacks-game")).satisfies(s -> {
                assertThat(s.inputs()).containsEntry("applies", false).containsEntry("policy", "SHAPLEY");
                assertThat(s.reason()).isEqualTo("RECOGNITION_OF_ALL_VALUE_TYPES is stated, but the value of the members' "
                        + "coalitions (the game) is needed to honour it.");
            });
            assertThat(ruleIds(advice.explanation())).doesNotContain("value.principle.recognition-applies");
            assertThat(advice.policy()).isEqualTo("EQUAL");
        }

        @Test
        void proportionalityCanBeHonouredWhenContributionsAreGiven() {
            DistributionAdvice advice = distribute(nothingGiven(PROPORTIONALITY).withContributions(CONTRIBUTIONS));

            assertThat(assessment(advice, "value.principle.proportionality-applies")).satisfies(s -> {
                assertThat(s.inputs()).containsEntry("principle", "PROPORTIONALITY").containsEntry("applies", true)
                        .containsEntry("policy", "PROPORTIONAL");
                assertThat(s.reason()).isEqualTo("PROPORTIONALITY is stated and every member's contribution is given, "
                        + "so proportional shares can honour it.");
            });
            assertThat(ruleIds(advice.explanation())).doesNotContain("value.principle.proportionality-lacks-contributions");
            assertThat(advice.policy()).isEqualTo("PROPORTIONAL");
            assertThat(advice.allocation().paidOut()).containsExactly(Map.entry("a", 5000L), Map.entry("b", 3000L),
                    Map.entry("c", 2000L));
        }

        @Test
        void proportionalityCannotBeHonouredWithoutEveryContribution() {
            DistributionAdvice advice = distribute(nothingGiven(PROPORTIONALITY).withContributions(ValueCases.figures("a", 5, "b", 3)));

            assertThat(assessment(advice, "value.principle.proportionality-lacks-contributions")).satisfies(s -> {
                assertThat(s.inputs()).containsEntry("applies", false).containsEntry("policy", "PROPORTIONAL");
                assertThat(s.reason()).isEqualTo("PROPORTIONALITY is stated, but every member's contribution is needed to honour it.");
            });
            assertThat(ruleIds(advice.explanation())).doesNotContain("value.principle.proportionality-applies");
            assertThat(advice.policy()).isEqualTo("EQUAL");
        }

        @Test
        void equalityCanAlwaysBeHonoured() {
            DistributionAdvice advice = distribute(nothingGiven(EQUALITY));

            assertThat(assessment(advice, "value.principle.equality-applies")).satisfies(s -> {
                assertThat(s.inputs()).containsEntry("principle", "EQUALITY").containsEntry("applies", true)
                        .containsEntry("policy", "EQUAL");
                assertThat(s.reason()).isEqualTo("EQUALITY is stated, which equal shares honour.");
            });
            assertThat(advice.policy()).isEqualTo("EQUAL");
            assertThat(ruleIds(advice.explanation())).contains("value.policy.by-principle")
                    .doesNotContain("value.policy.equal-by-default");
        }

        @Test
        void equalityIsNotAssessedWhenItIsNotStated() {
            DistributionAdvice advice = distribute(nothingGiven(PROPORTIONALITY).withContributions(CONTRIBUTIONS));

            assertThat(ruleIds(advice.explanation())).doesNotContain("value.principle.equality-applies");
        }

        @Test
        void everyStatedPrincipleIsAssessedOnce() {
            DistributionAdvice advice = distribute(nothingGiven(NEED, RECOGNITION_OF_ALL_VALUE_TYPES, PROPORTIONALITY, EQUALITY)
                    .withContributions(CONTRIBUTIONS));

            assertThat(assessmentRules(advice)).containsExactlyInAnyOrder("value.principle.need-lacks-inputs",
                    "value.principle.recognition-lacks-game", "value.principle.proportionality-applies",
                    "value.principle.equality-applies");
        }
    }

    @Nested
    class Precedence {

        @Test
        void needWinsWhenEveryPrincipleCanBeHonoured() {
            DistributionAdvice advice = distribute(everythingGiven(NEED, RECOGNITION_OF_ALL_VALUE_TYPES, PROPORTIONALITY, EQUALITY));

            assertThat(advice.policy()).isEqualTo("NEED_WEIGHTED");
            assertThat(steps(advice.explanation(), "value.policy.by-principle")).singleElement().satisfies(s -> {
                assertThat(s.inputs()).containsEntry("policy", "NEED_WEIGHTED");
                assertThat(s.reason()).isEqualTo("Of the principles that can be honoured, NEED is the most specific, "
                        + "so the NEED_WEIGHTED policy divides the amount.");
            });
        }

        @Test
        void needWinsOverProportionality() {
            assertThat(distribute(everythingGiven(NEED, PROPORTIONALITY)).policy()).isEqualTo("NEED_WEIGHTED");
        }

        @Test
        void recognitionOfAllValueWinsOverProportionalityAndEquality() {
            assertThat(distribute(everythingGiven(RECOGNITION_OF_ALL_VALUE_TYPES, PROPORTIONALITY, EQUALITY)).policy())
                    .isEqualTo("SHAPLEY");
        }

        @Test
        void needWinsOverRecognitionOfAllValue() {
            DistributionAdvice advice = distribute(everythingGiven(NEED, RECOGNITION_OF_ALL_VALUE_TYPES, EQUALITY));

            assertThat(advice.policy()).isEqualTo("NEED_WEIGHTED");
            assertThat(steps(advice.explanation(), "value.policy.by-principle")).singleElement()
                    .satisfies(s -> assertThat(s.reason()).isEqualTo("Of the principles that can be honoured, NEED is the most "
                            + "specific, so the NEED_WEIGHTED policy divides the amount."));
        }

        @Test
        void proportionalityWinsOverEquality() {
            DistributionAdvice advice = distribute(everythingGiven(PROPORTIONALITY, EQUALITY));

            assertThat(advice.policy()).isEqualTo("PROPORTIONAL");
            assertThat(steps(advice.explanation(), "value.policy.by-principle")).singleElement().satisfies(s -> {
                assertThat(s.inputs()).containsEntry("policy", "PROPORTIONAL");
                assertThat(s.reason()).isEqualTo("Of the principles that can be honoured, PROPORTIONALITY is the most specific, "
                        + "so the PROPORTIONAL policy divides the amount.");
            });
        }

        @Test
        void recognitionOfAllValueWinsOverEquality() {
            assertThat(distribute(everythingGiven(RECOGNITION_OF_ALL_VALUE_TYPES, EQUALITY)).policy()).isEqualTo("SHAPLEY");
        }

        @Test
        void aPrincipleThatLacksItsInputsDoesNotApplyAndTheNextOneWins() {
            // NEED lacks needs and RECOGNITION lacks the game: PROPORTIONALITY is the most specific that applies
            DistributionAdvice advice = distribute(nothingGiven(NEED, RECOGNITION_OF_ALL_VALUE_TYPES, PROPORTIONALITY, EQUALITY)
                    .withContributions(CONTRIBUTIONS));

            assertThat(advice.policy()).isEqualTo("PROPORTIONAL");
            assertThat(assessment(advice, "value.principle.need-lacks-inputs").inputs()).containsEntry("applies", false);
            assertThat(steps(advice.explanation(), "value.policy.by-principle")).singleElement()
                    .satisfies(s -> assertThat(s.inputs()).containsEntry("policy", "PROPORTIONAL"));
        }

        @Test
        void needWithoutItsInputsLeavesTheGameToDecide() {
            DistributionAdvice advice = distribute(nothingGiven(NEED, RECOGNITION_OF_ALL_VALUE_TYPES).withGame(trioGame()));

            assertThat(advice.policy()).isEqualTo("SHAPLEY");
        }

        @Test
        void equalityDecidesWhenItIsTheOnlyPrincipleThatCanBeHonoured() {
            DistributionAdvice advice = distribute(nothingGiven(PROPORTIONALITY, EQUALITY));

            assertThat(advice.policy()).isEqualTo("EQUAL");
            assertThat(steps(advice.explanation(), "value.policy.by-principle")).singleElement()
                    .satisfies(s -> assertThat(s.reason()).isEqualTo("Of the principles that can be honoured, EQUALITY is the most "
                            + "specific, so the EQUAL policy divides the amount."));
            assertThat(ruleIds(advice.explanation())).doesNotContain("value.policy.equal-by-default");
        }

        @Test
        void thePolicyIsChosenOnceAfterEveryPrincipleIsAssessed() {
            DistributionAdvice advice = distribute(everythingGiven(NEED, RECOGNITION_OF_ALL_VALUE_TYPES, PROPORTIONALITY, EQUALITY));

            List<String> ids = ruleIds(advice.explanation());
            assertThat(ids.stream().filter(id -> id.startsWith("value.policy."))).containsExactly("value.policy.by-principle");
            assertThat(ids.indexOf("value.policy.by-principle")).as("after all four assessments")
                    .isGreaterThan(ids.lastIndexOf("value.principle.equality-applies"))
                    .isGreaterThan(ids.lastIndexOf("value.principle.need-applies"));
        }
    }

    @Nested
    class EqualByDefault {

        @Test
        void withoutPrinciplesOrAPolicyTheAmountIsSharedEqually() {
            DistributionAdvice advice = distribute(DistributionRequest.of(ValueCases.eur("100.00")).withContributions(CONTRIBUTIONS));

            assertThat(advice.policy()).isEqualTo("EQUAL");
            assertThat(steps(advice.explanation(), "value.policy.equal-by-default")).singleElement().satisfies(s -> {
                assertThat(s.inputs()).containsEntry("policy", "EQUAL");
                assertThat(s.reason()).isEqualTo("The coalition states no principle and names no policy, so the amount is shared equally.");
            });
            assertThat(ruleIds(advice.explanation())).doesNotContain("value.policy.by-principle");
            assertThat(advice.allocation().paidOut()).containsExactly(Map.entry("a", 3334L), Map.entry("b", 3333L),
                    Map.entry("c", 3333L));
        }

        @Test
        void whenNoStatedPrincipleCanBeHonouredTheAmountIsSharedEqually() {
            DistributionAdvice advice = distribute(nothingGiven(NEED, RECOGNITION_OF_ALL_VALUE_TYPES));

            assertThat(advice.policy()).isEqualTo("EQUAL");
            assertThat(steps(advice.explanation(), "value.policy.equal-by-default")).singleElement().satisfies(s -> {
                assertThat(s.inputs()).containsEntry("policy", "EQUAL");
                assertThat(s.reason()).isEqualTo("None of the stated principles [NEED, RECOGNITION_OF_ALL_VALUE_TYPES] can be "
                        + "honoured with the inputs given, so the amount is shared equally.");
            });
            assertThat(ruleIds(advice.explanation())).doesNotContain("value.policy.by-principle");
        }

        @Test
        void whenNoneOfThreePrinciplesHasItsInputsEachIsAssessedAndTheAmountIsSharedEqually() {
            DistributionAdvice advice = distribute(nothingGiven(NEED, RECOGNITION_OF_ALL_VALUE_TYPES, PROPORTIONALITY));

            assertThat(advice.policy()).isEqualTo("EQUAL");
            assertThat(assessmentRules(advice)).containsExactlyInAnyOrder("value.principle.need-lacks-inputs",
                    "value.principle.recognition-lacks-game", "value.principle.proportionality-lacks-contributions");
            assertThat(ruleIds(advice.explanation())).containsOnlyOnce("value.policy.equal-by-default");
        }

        @Test
        void aPrincipleThatCanBeHonouredIsNotOverriddenByTheDefault() {
            DistributionAdvice advice = distribute(nothingGiven(PROPORTIONALITY).withContributions(CONTRIBUTIONS));

            assertThat(ruleIds(advice.explanation())).doesNotContain("value.policy.equal-by-default");
        }

        @Test
        void aNamedPolicyIsNotOverriddenByTheDefault() {
            DistributionAdvice advice = distribute(DistributionRequest.of(ValueCases.eur("100.00")).withPolicy("EQUAL"));

            assertThat(ruleIds(advice.explanation())).contains("value.policy.named").doesNotContain("value.policy.equal-by-default");
        }
    }

    @Nested
    class Contradictions {

        private static final String FINDING = "POLICY_CONTRADICTS_PRINCIPLES";

        @Test
        void equalSharesContradictPrinciplesThatLeaveOutEquality() {
            DistributionAdvice advice = distribute(everythingGiven(NEED, RECOGNITION_OF_ALL_VALUE_TYPES).withPolicy("EQUAL"));

            assertThat(withId(advice.findings(), FINDING)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.subject()).isEqualTo("EQUAL");
                assertThat(f.reason()).isEqualTo("Equal shares ignore what the coalition's stated principles [NEED, "
                        + "RECOGNITION_OF_ALL_VALUE_TYPES] ask for: change the policy, or restate the principles before members judge "
                        + "the result against them.");
            });
            assertThat(steps(advice.explanation(), "value.finding.equal-contradicts-principles")).singleElement()
                    .satisfies(s -> assertThat(s.inputs()).containsEntry("finding", FINDING).containsEntry("subject", "EQUAL"));
        }

        @Test
        void equalSharesHonourEquality() {
            DistributionAdvice advice = distribute(everythingGiven(PROPORTIONALITY, EQUALITY).withPolicy("EQUAL"));

            assertThat(withId(advice.findings(), FINDING)).isEmpty();
            assertThat(ruleIds(advice.explanation())).doesNotContain("value.finding.equal-contradicts-principles");
        }

        @Test
        void equalSharesContradictNothingWhenNoPrincipleIsStated() {
            assertThat(withId(distribute(everythingGiven().withPolicy("EQUAL")).findings(), FINDING)).isEmpty();
        }

        @Test
        void proportionalSharesContradictPrinciplesThatLeaveOutProportionality() {
            DistributionAdvice advice = distribute(everythingGiven(NEED, EQUALITY).withPolicy("PROPORTIONAL"));

            assertThat(withId(advice.findings(), FINDING)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.subject()).isEqualTo("PROPORTIONAL");
                assertThat(f.reason()).isEqualTo("Proportional shares follow contribution alone, which none of the stated "
                        + "principles [NEED, EQUALITY] asks for: change the policy, or restate the principles.");
            });
            assertThat(ruleIds(advice.explanation())).contains("value.finding.proportional-contradicts-principles");
        }

        @Test
        void proportionalSharesHonourProportionality() {
            DistributionAdvice advice = distribute(everythingGiven(PROPORTIONALITY).withPolicy("PROPORTIONAL"));

            assertThat(withId(advice.findings(), FINDING)).isEmpty();
            assertThat(ruleIds(advice.explanation())).doesNotContain("value.finding.proportional-contradicts-principles");
        }

        @Test
        void proportionalSharesContradictNothingWhenNoPrincipleIsStated() {
            assertThat(withId(distribute(everythingGiven().withPolicy("PROPORTIONAL")).findings(), FINDING)).isEmpty();
        }

        @Test
        void needWeightedSharesContradictPrinciplesThatLeaveOutNeedAndProportionality() {
            DistributionAdvice advice = distribute(everythingGiven(RECOGNITION_OF_ALL_VALUE_TYPES, EQUALITY).withPolicy("NEED_WEIGHTED"));

            assertThat(withId(advice.findings(), FINDING)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.subject()).isEqualTo("NEED_WEIGHTED");
                assertThat(f.reason()).isEqualTo("Need-weighted shares follow contribution and need, which none of the stated "
                        + "principles [RECOGNITION_OF_ALL_VALUE_TYPES, EQUALITY] asks for: change the policy, or restate the principles.");
            });
            assertThat(ruleIds(advice.explanation())).contains("value.finding.need-weighted-contradicts-principles");
        }

        @Test
        void needWeightedSharesHonourNeedOrProportionality() {
            for (DistributionRequest request : List.of(everythingGiven(NEED, EQUALITY), everythingGiven(PROPORTIONALITY, EQUALITY),
                    everythingGiven())) {
                DistributionAdvice advice = distribute(request.withPolicy("NEED_WEIGHTED"));

                assertThat(withId(advice.findings(), FINDING)).as(request.principles().toString()).isEmpty();
                assertThat(ruleIds(advice.explanation())).doesNotContain("value.finding.need-weighted-contradicts-principles");
            }
        }

        @Test
        void shapleySharesContradictPrinciplesThatLeaveOutRecognitionAndProportionality() {
            DistributionAdvice advice = distribute(everythingGiven(NEED, EQUALITY).withPolicy("SHAPLEY"));

            assertThat(withId(advice.findings(), FINDING)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.subject()).isEqualTo("SHAPLEY");
                assertThat(f.reason()).isEqualTo("Shapley shares follow marginal contributions, which none of the stated "
                        + "principles [NEED, EQUALITY] asks for: change the policy, or restate the principles.");
            });
            assertThat(ruleIds(advice.explanation())).contains("value.finding.shapley-contradicts-principles");
        }

        @Test
        void shapleySharesHonourRecognitionOrProportionality() {
            for (DistributionRequest request : List.of(everythingGiven(RECOGNITION_OF_ALL_VALUE_TYPES, NEED),
                    everythingGiven(PROPORTIONALITY), everythingGiven())) {
                DistributionAdvice advice = distribute(request.withPolicy("SHAPLEY"));

                assertThat(withId(advice.findings(), FINDING)).as(request.principles().toString()).isEmpty();
                assertThat(ruleIds(advice.explanation())).doesNotContain("value.finding.shapley-contradicts-principles");
            }
        }

        @Test
        void aPolicyChosenFromThePrinciplesNeverContradictsThem() {
            DistributionAdvice advice = distribute(nothingGiven(NEED, PROPORTIONALITY));

            assertThat(advice.policy()).isEqualTo("EQUAL");
            assertThat(withId(advice.findings(), FINDING)).as("the rules chose EQUAL for lack of inputs, no one named it").isEmpty();
        }
    }
}
