package dev.coalition.voting;

import static dev.coalition.testing.Examples.examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.value.Fraction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class VotingPowerTest {

    private static Map<String, Integer> weights(int... w) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < w.length; i++) {
            map.put("p" + i, w[i]);
        }
        return map;
    }

    @Test
    void theTextbookGameGivesItsKnownIndices() {
        VotingPower power = WeightedVotingGame.of(51, weights(50, 49, 1)).power();

        assertThat(power.banzhaf().values()).containsExactly(Fraction.of(3, 5), Fraction.of(1, 5), Fraction.of(1, 5));
        assertThat(power.shapleyShubik().values()).containsExactly(Fraction.of(2, 3), Fraction.of(1, 6), Fraction.of(1, 6));
        assertThat(power.banzhafRaw().values()).containsExactly(Fraction.of(3, 4), Fraction.of(1, 4), Fraction.of(1, 4));
        assertThat(power.vetoPlayers()).containsExactly("p0");
        assertThat(power.nullPlayers()).isEmpty();
    }

    @Test
    void weightIsNotPower() {
        // [8; 4, 4, 2]: the small player is a null player although it holds a fifth of the weight
        VotingPower power = WeightedVotingGame.of(8, weights(4, 4, 2)).power();

        assertThat(power.nullPlayers()).containsExactly("p2");
        assertThat(power.banzhaf().get("p2")).isEqualTo(Fraction.ZERO);
        assertThat(power.shapleyShubik().get("p2")).isEqualTo(Fraction.ZERO);
        assertThat(power.banzhaf().get("p0")).isEqualTo(Fraction.of(1, 2));
    }

    @Test
    void aPlayerAtOrAboveTheQuotaAloneIsADictator() {
        VotingPower power = WeightedVotingGame.of(5, weights(7, 1, 1)).power();

        assertThat(power.shapleyShubik().get("p0")).isEqualTo(Fraction.ONE);
        assertThat(power.banzhaf().get("p0")).isEqualTo(Fraction.ONE);
        assertThat(power.nullPlayers()).containsExactly("p1", "p2");
        assertThat(power.vetoPlayers()).containsExactly("p0");
    }

    @Test
    void aGameAboveTheVotingCostLimitIsRefusedAndAHigherLimitAdmitsIt() {
        int[] w = new int[1_000];
        java.util.Arrays.fill(w, 19);

        // inside the table limit ((1,000 + 1) x 19,000 cells), but minutes of work
        assertThatThrownBy(() -> WeightedVotingGame.of(19_000, weights(w)))
                .isInstanceOf(InvalidCoalitionException.class)
                .hasMessage("quota: 19000 with 1,000 players costs 323,000,000,000 (players\u00b2 \u00d7 quota \u00d7 passes, one "
                        + "pass per 61 players) for exact power indices, above the voting-cost limit of 4,000,000,000; scale the "
                        + "weights and the quota down, e.g. to percentages, or raise the voting-cost limit");
        assertThat(WeightedVotingGame.of(19_000, weights(w), 323_000_000_000L).quota()).isEqualTo(19_000);
        assertThat(WeightedVotingGame.cost(1_000, 19_000)).isEqualTo(1_000L * 1_000 * 19_000 * 17);
        assertThat(WeightedVotingGame.cost(61, 100)).isEqualTo(61L * 61 * 100);
        assertThat(WeightedVotingGame.cost(Integer.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void invalidGamesAreRefusedWithEveryProblemNamed() {
        assertThatThrownBy(() -> WeightedVotingGame.of(0, weights(1, 2)))
                .isInstanceOf(InvalidCoalitionException.class)
                .hasMessageContaining("quota: 0 is not positive");
        assertThatThrownBy(() -> WeightedVotingGame.of(4, weights(1, 2)))
                .hasMessageContaining("quota: 4 is above the total weight 3");
        assertThatThrownBy(() -> WeightedVotingGame.of(2, weights(1, -2)))
                .hasMessageContaining("weights.p1: -2 is negative");
    }

    private static Gen<WeightedVotingGame> games(int maxPlayers) {
        Gen<List<Integer>> weightLists = SourceDSL.lists().of(SourceDSL.integers().between(0, 12))
                .ofSizeBetween(1, maxPlayers);
        return weightLists.assuming(ws -> ws.stream().mapToInt(Integer::intValue).sum() > 0)
                .zip(SourceDSL.integers().between(1, 1000), (ws, q) -> {
                    int total = ws.stream().mapToInt(Integer::intValue).sum();
                    return WeightedVotingGame.of(1 + q % total, weights(ws.stream().mapToInt(Integer::intValue).toArray()));
                });
    }

    @Test
    void banzhafSharesAddUpToOne() {
        qt().withExamples(examples(300)).forAll(games(12))
                .check(g -> Fraction.sum(g.power().banzhaf().values()).equals(Fraction.ONE));
    }

    @Test
    void shapleyShubikSharesAddUpToOne() {
        qt().withExamples(examples(300)).forAll(games(12))
                .check(g -> Fraction.sum(g.power().shapleyShubik().values()).equals(Fraction.ONE));
    }

    @Test
    void banzhafEqualsBruteForceEnumeration() {
        qt().withExamples(examples(300)).forAll(games(10))
                .check(g -> g.power().banzhaf().equals(BruteForcePower.banzhaf(g)));
    }

    @Test
    void shapleyShubikEqualsBruteForceEnumeration() {
        qt().withExamples(examples(100)).forAll(games(8))
                .check(g -> g.power().shapleyShubik().equals(BruteForcePower.shapleyShubik(g)));
    }

    @Test
    void aNullPlayerHasNoPowerInEitherIndex() {
        qt().withExamples(examples(300)).forAll(games(10))
                .check(g -> {
                    VotingPower p = g.power();
                    return p.nullPlayers().stream().allMatch(id -> p.banzhaf().get(id).signum() == 0
                            && p.shapleyShubik().get(id).signum() == 0)
                            && p.banzhaf().entrySet().stream()
                            .allMatch(e -> e.getValue().signum() != 0 || p.nullPlayers().contains(e.getKey()));
                });
    }
}
