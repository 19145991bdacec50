package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.conflict.ConflictType;
import dev.coalition.rules.api.ConflictAssessment;
import dev.coalition.rules.api.PolicyCheck;
import dev.coalition.rules.api.PolicyDiagnostic;
import dev.coalition.rules.api.PolicyRule;
import dev.coalition.rules.assessment.AssessedGroup;
import dev.coalition.rules.assessment.CompositionOffered;
import dev.coalition.rules.assessment.FlagCleared;
import dev.coalition.rules.assessment.Threshold;
import dev.coalition.rules.conflict.ConflictTypeOption;
import dev.coalition.rules.policy.Text;
import dev.coalition.rules.conflict.MediatorCandidate;
import dev.coalition.rules.value.AllocationOutcome;
import dev.coalition.rules.value.BlockingGroup;
import dev.coalition.rules.value.NextReview;
import dev.coalition.rules.value.StatedPrinciple;
import dev.coalition.value.Allocation;
import dev.coalition.value.Credits;
import dev.coalition.value.Fraction;
import dev.coalition.value.Guarantee;
import dev.coalition.value.Principle;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The helper methods fact types, sentence helpers and small answer types offer a rule author or a
 * caller (some used by the bundled policy, some there for custom rules): what each answers at its
 * boundary.
 */
class FactHelpersTest {

    @Test
    void aMediatorIsTrustedByAllPartiesOnlyWhenEveryPartyTrustsIt() {
        assertThat(new MediatorCandidate("m", true, false, 3, 3, 3, Set.of()).trustedByAllParties()).isTrue();
        assertThat(new MediatorCandidate("m", true, false, 2, 3, 3, Set.of()).trustedByAllParties()).isFalse();
        assertThat(new MediatorCandidate("m", true, false, 0, 0, 0, Set.of()).trustedByAllParties())
                .as("no parties: nobody vouches for it").isFalse();
    }

    @Test
    void aGroupGainsByLeavingOnlyWhenItsGainIsPositive() {
        assertThat(group(Fraction.of(1, 100)).gains()).isTrue();
        assertThat(group(Fraction.ZERO).gains()).isFalse();
        assertThat(group(Fraction.of(-1)).gains()).isFalse();
    }

    private static BlockingGroup group(Fraction gain) {
        return new BlockingGroup(List.of("a", "b"), Fraction.of(10), Fraction.of(10).subtract(gain), gain, 1);
    }

    @Test
    void theNextReviewExplainsItselfWithItsDate() {
        assertThat(new NextReview(LocalDate.of(2025, 3, 1), "yearly").inputs()).containsExactly(Map.entry("nextReviewOn", "2025-03-01"));
    }

    @Test
    void anAllocationOutcomeCountsTheNegativeShares() {
        Map<String, Fraction> shares = new LinkedHashMap<>();
        shares.put("a", Fraction.of(150));
        shares.put("b", Fraction.of(-30));
        shares.put("c", Fraction.of(-20));
        Allocation allocation = new Allocation("SHAPLEY", new Credits(100), shares, Map.of("a", 150L, "b", -30L, "c", -20L),
                Guarantee.EXACT, Optional.empty(), List.of());

        assertThat(new AllocationOutcome(allocation).negativeShares()).isEqualTo(2);
    }

    @Test
    void conflictTypesBreakTiesGoalBeforeProcessBeforeRelationship() {
        assertThat(new ConflictTypeOption(ConflictType.GOAL).rank()).isLessThan(new ConflictTypeOption(ConflictType.PROCESS).rank());
        assertThat(new ConflictTypeOption(ConflictType.PROCESS).rank())
                .isLessThan(new ConflictTypeOption(ConflictType.RELATIONSHIP).rank());
    }

    @Test
    void needIsTheMostSpecificPrincipleAndProportionalityComesAfterRecognition() {
        assertThat(new StatedPrinciple(Principle.NEED).precedence())
                .isLessThan(new StatedPrinciple(Principle.RECOGNITION_OF_ALL_VALUE_TYPES).precedence());
        assertThat(new StatedPrinciple(Principle.RECOGNITION_OF_ALL_VALUE_TYPES).precedence())
                .isLessThan(new StatedPrinciple(Principle.PROPORTIONALITY).precedence());
    }

    @Test
    void sentenceHelpersWriteListsAndCapitalsAsPeopleRead() {
        assertThat(Text.capitalized("shared governance")).isEqualTo("Shared governance");
        assertThat(Text.capitalized("")).isEmpty();
        assertThat(Text.list(List.of())).isEqualTo("none");
        assertThat(Text.list(List.of("a"))).isEqualTo("a");
        assertThat(Text.list(List.of("a", "b", "c"))).isEqualTo("a, b and c");
        assertThat(Text.sorted(List.of("bolt", "Acme", "campus"))).containsExactly("Acme", "bolt", "campus");
        assertThat(Text.sorted(List.of(ConflictType.RELATIONSHIP, ConflictType.GOAL))).containsExactly("GOAL", "RELATIONSHIP");
    }

    @Test
    void aRuleInForceSaysWhereItIsAndWhereItCameFrom() {
        PolicyRule rule = new PolicyRule("house.x", "X applies", "governance", "governance-house.drl", 12, "test",
                PolicyRule.Origin.ADDED);

        assertThat(rule.location()).isEqualTo("governance-house.drl:12");
        assertThat(rule.toString()).isEqualTo("house.x (governance, governance-house.drl:12, added): X applies");
    }

    @Test
    void aCheckSummarySaysHowManyProblemsInTheRightNumber() {
        PolicyDiagnostic problem = new PolicyDiagnostic("a.drl", 1, 1, "", "bad");

        assertThat(new PolicyCheck(3, 2, List.of()).summary()).isEqualTo("OK: 3 rules in 2 files");
        assertThat(new PolicyCheck(3, 2, List.of(problem)).summary()).isEqualTo("1 problem in 2 files");
        assertThat(new PolicyCheck(3, 2, List.of(problem, problem)).summary()).isEqualTo("2 problems in 2 files");
    }

    @Test
    void aGroupWithoutSomeCandidatesSaysSoAtTheStartOfItsReasons() {
        assertThat(new AssessedGroup("all", List.of(), 4).prefix()).isEmpty();
        assertThat(new AssessedGroup("without:a+b", List.of("a", "b"), 2).prefix()).isEqualTo("Without a and b: ");
    }

    @Test
    void assessmentResultsExplainThemselvesWithTheirInputs() {
        assertThat(new FlagCleared("without:a", "WEAK_PAIR", "a-b", "cleared").inputs())
                .containsExactly(Map.entry("scope", "without:a"), Map.entry("flag", "WEAK_PAIR"), Map.entry("subject", "a-b"));
        assertThat(new CompositionOffered("without:a", "better").inputs()).containsExactly(Map.entry("scope", "without:a"));
        assertThat(new Threshold("assessment.maxSpread", Fraction.of(1, 2), "as written").inputs())
                .containsExactly(Map.entry("setting", "assessment.maxSpread"), Map.entry("value", "1/2"));
    }

    @Test
    void aConflictAssessmentOffersItsNextStepAndDivergenceAsOptionals() {
        try (dev.coalition.rules.api.CoalitionAdvisor advisor = dev.coalition.rules.api.CoalitionAdvisor.withDefaultPolicies()) {
            ConflictAssessment early = advisor.assessConflict(ConflictCases.council(), ConflictCases.conflict().build(),
                    ConflictCases.AS_OF);
            ConflictAssessment irreconcilable = advisor.assessConflict(ConflictCases.council(),
                    ConflictCases.conflict().irreconcilable().build(), ConflictCases.AS_OF);

            assertThat(early.next()).isPresent();
            assertThat(early.dignifiedDivergence()).isEmpty();
            assertThat(irreconcilable.dignifiedDivergence()).isPresent();
        }
    }
}
