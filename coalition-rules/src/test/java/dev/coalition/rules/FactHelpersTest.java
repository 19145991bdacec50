package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.conflict.ConflictType;
import dev.coalition.rules.conflict.ConflictTypeOption;
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
 * The helper methods fact types offer a rule author (some used by the bundled policy, some there
 * for custom rules): what each answers at its boundary.
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
}
