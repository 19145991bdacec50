package dev.coalition.rules;

import static dev.coalition.rules.ValueCases.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.rules.api.DivisionStability;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.Finding;
import dev.coalition.value.Credits;
import dev.coalition.value.Fraction;
import dev.coalition.value.TableGame;
import dev.coalition.value.stability.BlockingCoalition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A distribution with a game table says whether any group of members would do better on its own,
 * names the group that would gain most by leaving, and can pay the nucleolus instead.
 */
class StabilityFacadeTest {

    private static final Coalition TRIO = ValueCases.trio();
    // a is the joint venture's platform: alone 10, with either partner 60, all three 70
    private static final TableGame VENTURE = ValueCases.game(List.of("a", "b", "c"), 10, 0, 60, 0, 60, 0, 70);

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::id).toList();
    }

    @Test
    void aShapleyDivisionOutsideTheCoreNamesTheGroupThatGainsMostByLeaving() {
        // Shapley: a 140/3, b 35/3, c 35/3; a and b make 60 alone but get 175/3
        DistributionAdvice advice = advisor.distribute(TRIO, DistributionRequest.of(eur("700.00")).withPolicy("SHAPLEY")
                .withGame(VENTURE));

        DivisionStability s = advice.stability().orElseThrow();
        assertThat(s.inCore()).isFalse();
        assertThat(s.blockingCoalitions()).containsExactly(
                new BlockingCoalition(List.of("a", "b"), Fraction.of(60), Fraction.of(175, 3), Fraction.of(5, 3)),
                new BlockingCoalition(List.of("a", "c"), Fraction.of(60), Fraction.of(175, 3), Fraction.of(5, 3)));
        assertThat(s.epsilon()).isEqualTo(Optional.of(Fraction.of(-5)));
        assertThat(s.nucleolus()).contains(Map.of("a", Fraction.of(60), "b", Fraction.of(5), "c", Fraction.of(5)));
        Finding notInCore = advice.findings().stream().filter(f -> f.id().equals("SHARES_NOT_IN_CORE")).findFirst().orElseThrow();
        assertThat(notInCore.subject()).isEqualTo("a,b");
        assertThat(notInCore.reason()).startsWith("The division is not in the core: a and b can create 60 on their own but get 175/3");
        assertThat(s.explanation()).extracting(ExplanationStep::rule).contains("value.stability.not-in-core");
    }

    @Test
    void theNucleolusPolicyPaysADivisionInTheCore() {
        DistributionAdvice advice = advisor.distribute(TRIO, DistributionRequest.of(eur("700.00")).withPolicy("NUCLEOLUS")
                .withGame(VENTURE));

        assertThat(advice.policy()).isEqualTo("NUCLEOLUS");
        assertThat(advice.allocation().paidOut()).containsExactly(Map.entry("a", 60_000L), Map.entry("b", 5_000L),
                Map.entry("c", 5_000L));
        assertThat(advice.stability().orElseThrow().inCore()).isTrue();
        assertThat(ids(advice.findings())).doesNotContain("SHARES_NOT_IN_CORE");
    }

    @Test
    void aGameWithoutAnImputationHasItsNucleolusOmittedSayingWhy() {
        // alone 20 each, 50 together
        TableGame crowded = ValueCases.game(List.of("a", "b", "c"), 20, 20, 40, 20, 40, 40, 50);
        DistributionAdvice advice = advisor.distribute(TRIO, DistributionRequest.of(new Credits(50)).withGame(crowded));

        assertThat(advice.stability().orElseThrow().nucleolus()).isEmpty();
        assertThat(advice.findings()).filteredOn(f -> f.id().equals("NUCLEOLUS_OMITTED")).singleElement()
                .satisfies(f -> assertThat(f.reason()).isEqualTo("The nucleolus is omitted: the members' own values add up to 60, "
                        + "more than the 50 they create together, so no division gives every member what it makes alone."));
    }

    @Test
    void aGameLargerThanTheSettingHasItsNucleolusOmittedNamingTheSetting() {
        try (CoalitionAdvisor small = CoalitionAdvisor.builder().setting("value.nucleolusMaxPlayers", "2").build()) {
            DistributionAdvice advice = small.distribute(TRIO, DistributionRequest.of(eur("700.00")).withGame(VENTURE));

            assertThat(advice.stability().orElseThrow().nucleolus()).isEmpty();
            assertThat(advice.stability().orElseThrow().epsilon()).contains(Fraction.of(-5));
            assertThat(advice.findings()).extracting(Finding::reason).contains("The nucleolus is omitted: the game has 3 players, "
                    + "more than value.nucleolusMaxPlayers (2); raise the setting (at most 15) to compute it, at the cost of time.");
        }
    }

    @Test
    void withoutAGameThereIsNoStabilityPart() {
        assertThat(advisor.distribute(TRIO, DistributionRequest.of(eur("700.00"))).stability()).isEmpty();
    }
}
