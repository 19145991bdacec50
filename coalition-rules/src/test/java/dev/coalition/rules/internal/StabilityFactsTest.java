package dev.coalition.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.policy.Settings;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.value.BlockingGroup;
import dev.coalition.rules.value.NucleolusOmitted;
import dev.coalition.value.Fraction;
import dev.coalition.value.TableGame;
import dev.coalition.value.stability.BlockingCoalition;
import dev.coalition.value.stability.Nucleolus;
import dev.coalition.value.stability.Stability;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How a division's stability reaches the rules (one fact per reported blocking group, ranked, and
 * the nucleolus's omission) and the explanation a reader sees for each outcome of the core test.
 */
class StabilityFactsTest {

    private static final Settings SETTINGS = PolicySet.bundled().defaultSettings();
    private static final Map<String, Fraction> SHARES = Map.of("a", Fraction.of(1), "b", Fraction.of(2));
    private static final TableGame PAIR = TableGame.of(List.of("a", "b"), Map.of(
            Set.of("a"), Fraction.of(1), Set.of("b"), Fraction.of(0), Set.of("a", "b"), Fraction.of(3)));

    private static Stability stability(boolean inCore, int blocking, Fraction epsilon, Map<String, Fraction> nucleolus) {
        return new Stability(SHARES, inCore, blocking, List.of(), Optional.ofNullable(epsilon),
                Optional.ofNullable(nucleolus), Optional.empty());
    }

    private static List<String> sentences(Stability stability) {
        List<ExplanationStep> steps = StabilityFacts.explanation(stability);
        assertThat(steps).allSatisfy(step -> {
            assertThat(step.rule()).isEqualTo("value.stability.computed");
            assertThat(step.ruleName()).isEqualTo("Computed by the stability test of the division");
        });
        return steps.stream().map(ExplanationStep::reason).toList();
    }

    @Test
    void aDivisionInTheCoreWithRoomToSpareSaysSo() {
        Map<String, Fraction> nucleolus = new LinkedHashMap<>();
        nucleolus.put("a", Fraction.of(2));
        nucleolus.put("b", Fraction.of(1, 2));
        assertThat(sentences(stability(true, 0, Fraction.of(-1, 2), nucleolus))).containsExactly(
                "The division was tested against every group of members in the game's own units: no group can create "
                        + "more on its own than it gets, so the division is in the core.",
                "The least core's epsilon is -1/2: the core has divisions that leave every group at least 1/2 to spare.",
                "The nucleolus was computed exactly by sequential linear programs: a 2, b 1/2.");
    }

    @Test
    void oneBlockingGroupIsSingularAndAZeroEpsilonLeavesNothingToSpare() {
        assertThat(sentences(stability(false, 1, Fraction.ZERO, null))).containsExactly(
                "The division was tested against every group of members in the game's own units: 1 group gets less "
                        + "than it can create on its own, so the division is not in the core.",
                "The least core's epsilon is 0: the core is not empty, but some group is left nothing to spare in "
                        + "every division in it.");
    }

    @Test
    void severalBlockingGroupsArePluralAndAPositiveEpsilonMeansAnEmptyCore() {
        assertThat(sentences(stability(false, 3, Fraction.of(1, 3), null))).containsExactly(
                "The division was tested against every group of members in the game's own units: 3 groups get less "
                        + "than it can create on its own, so the division is not in the core.",
                "The least core's epsilon is 1/3: the core is empty; the best any division can do is to leave no group "
                        + "more than 1/3 short.");
    }

    @Test
    void sharesThatMissTheGrandValueAreNotInTheCoreWithoutABlockingGroup() {
        assertThat(sentences(stability(false, 0, null, null))).containsExactly(
                "The division was tested against every group of members in the game's own units: the shares do not add "
                        + "up to v(N), so the division is not in the core.");
    }

    @Test
    void everyReportedBlockingGroupBecomesAFactRankedFromOne() {
        BlockingCoalition first = new BlockingCoalition(List.of("a", "b"), Fraction.of(5), Fraction.of(3), Fraction.of(2));
        BlockingCoalition second = new BlockingCoalition(List.of("a"), Fraction.of(2), Fraction.of(1), Fraction.of(1));
        Stability stability = new Stability(SHARES, false, 2, List.of(first, second), Optional.of(Fraction.ONE),
                Optional.empty(), Optional.empty());

        assertThat(StabilityFacts.of(SETTINGS, PAIR, stability)).containsExactly(
                new BlockingGroup(List.of("a", "b"), Fraction.of(5), Fraction.of(3), Fraction.of(2), 1),
                new BlockingGroup(List.of("a"), Fraction.of(2), Fraction.of(1), Fraction.of(1), 2));
    }

    @Test
    void anOmittedNucleolusBecomesAFactWithTheGameAndTheSetting() {
        Settings settings = SETTINGS.with("value.nucleolusMaxPlayers", "1");
        Stability stability = Stability.of(PAIR, SHARES, 1);
        Nucleolus.Omission omission = stability.omission().orElseThrow();

        assertThat(StabilityFacts.of(settings, PAIR, stability)).singleElement().isInstanceOfSatisfying(NucleolusOmitted.class, fact -> {
            assertThat(fact.reason()).isEqualTo(omission.name());
            assertThat(fact.players()).isEqualTo(2);
            assertThat(fact.maxPlayers()).isEqualTo(1);
            assertThat(fact.ownTotal()).isEqualTo(Fraction.of(1));
            assertThat(fact.grand()).isEqualTo(Fraction.of(3));
        });
    }

    @Test
    void theStabilityRulesFollowTheComputedStepsAndNoOtherRules() {
        ExplanationStep computed = new ExplanationStep("value.stability.computed", "Computed", "c", Map.of());
        ExplanationStep stabilityRule = new ExplanationStep("value.stability.not-in-core", "Not in core", "s", Map.of());
        ExplanationStep other = new ExplanationStep("value.policy.shapley", "Shapley", "p", Map.of());

        assertThat(StabilityFacts.withRules(List.of(computed), List.of(other, stabilityRule)))
                .containsExactly(computed, stabilityRule);
    }
}
