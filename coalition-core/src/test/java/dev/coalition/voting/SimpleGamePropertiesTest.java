package dev.coalition.voting;

import static dev.coalition.testing.Examples.examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Proper games and dictators ({@link WeightedVotingGame#complementaryWinners()},
 * {@link WeightedVotingGame#dictator()}) against an oracle that enumerates every coalition.
 */
class SimpleGamePropertiesTest {

    private static Map<String, Long> weights(long... w) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < w.length; i++) {
            map.put("p" + i, w[i]);
        }
        return map;
    }

    private static List<String> complement(WeightedVotingGame game, List<String> coalition) {
        List<String> rest = new ArrayList<>(game.players());
        rest.removeAll(coalition);
        return rest;
    }

    // ---- examples -------------------------------------------------------------------------------

    @Test
    void aQuotaOfHalfTheWeightLetsACoalitionAndItsComplementBothWin() {
        // [6; 3, 3, 3, 3]: any two members reach 6, and so do the other two
        WeightedVotingGame game = WeightedVotingGame.of(6, weights(3, 3, 3, 3));

        assertThat(game.complementaryWinners()).contains(List.of("p1", "p2"));
        assertThat(game.proper()).isFalse();
    }

    @Test
    void aQuotaAboveHalfTheWeightIsProper() {
        assertThat(WeightedVotingGame.of(7, weights(3, 3, 3, 3)).complementaryWinners()).isEmpty();
        assertThat(WeightedVotingGame.of(51, weights(50, 49, 1)).proper()).isTrue();
    }

    @Test
    void aLowQuotaCanStillBeProperWhenNoCoalitionWeighsWhatItNeeds() {
        // [5; 8, 1, 1]: W = 10, so S and its complement both win only if S weighs exactly 5; none does
        WeightedVotingGame game = WeightedVotingGame.of(5, weights(8, 1, 1));

        assertThat(game.complementaryWinners()).isEmpty();
        assertThat(game.dictator()).contains("p0");
    }

    @Test
    void theLightestPairIsFoundWhenOnePlayerOutweighsTheRange() {
        // [4; 10, 3, 2, 1]: W = 16, so S and its complement both win when S weighs 4..12. Without p0 the others
        // weigh 6 < 2q - 1 = 7, so their subset sums are counted, and the lightest from 4 is 3 + 1 (adding them
        // in order would have given 3 + 2)
        WeightedVotingGame game = WeightedVotingGame.of(4, weights(10, 3, 2, 1));

        assertThat(game.complementaryWinners()).contains(List.of("p1", "p3"));
    }

    @Test
    void aGameAtTheTableLimitIsCheckedAtOnce() {
        // 2 players, quota 6,000,000 (3 x 6,000,000 cells, within the 20,000,000 limit)
        WeightedVotingGame game = WeightedVotingGame.of(6_000_000, weights(13_000_000, 6_000_000));

        assertThat(game.complementaryWinners()).contains(List.of("p1"));
        assertThat(WeightedVotingGame.of(6_500_001, weights(13_000_000, 6_000_000)).complementaryWinners()).isEmpty();
    }

    @Test
    void aPlayerWhoseWeightAloneWinsAndWithoutWhomNoneWinsIsADictator() {
        assertThat(WeightedVotingGame.of(5, weights(7, 1, 1)).dictator()).contains("p0");
        assertThat(WeightedVotingGame.of(51, weights(50, 49, 1)).dictator()).as("a veto alone is not a dictatorship").isEmpty();
        assertThat(WeightedVotingGame.of(3, weights(3, 3)).dictator()).as("both win alone: neither is needed").isEmpty();
    }

    // ---- properties against enumeration ------------------------------------------------------

    /** Games of 1 to maxPlayers players with weights 0..maxWeight, sometimes one player up to 4 times heavier. */
    private static Gen<WeightedVotingGame> games(int maxPlayers, int maxWeight) {
        Gen<List<Integer>> weightLists = SourceDSL.lists().of(SourceDSL.integers().between(0, maxWeight))
                .ofSizeBetween(1, maxPlayers);
        return weightLists.zip(SourceDSL.integers().between(0, 4), SourceDSL.integers().between(1, 100_000), (ws, heavy, q) -> {
            long[] w = ws.stream().mapToLong(Integer::longValue).toArray();
            w[0] *= 1 + heavy;
            long total = java.util.Arrays.stream(w).sum();
            if (total == 0) {
                w[0] = 1;
                total = 1;
            }
            return WeightedVotingGame.of(1 + q % total, weights(w));
        });
    }

    private static boolean improperByEnumeration(WeightedVotingGame game) {
        long[] w = game.players().stream().mapToLong(p -> game.weights().get(p)).toArray();
        for (int mask = 0; mask < (1 << w.length); mask++) {
            long sum = 0;
            for (int i = 0; i < w.length; i++) {
                sum += (mask & (1 << i)) != 0 ? w[i] : 0;
            }
            if (sum >= game.quota() && game.totalWeight() - sum >= game.quota()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> dictatorByEnumeration(WeightedVotingGame game) {
        List<String> players = game.players();
        for (int i = 0; i < players.size(); i++) {
            boolean decides = true;
            for (int mask = 0; mask < (1 << players.size()) && decides; mask++) {
                List<String> coalition = new ArrayList<>();
                for (int j = 0; j < players.size(); j++) {
                    if ((mask & (1 << j)) != 0) {
                        coalition.add(players.get(j));
                    }
                }
                decides = game.wins(coalition) == coalition.contains(players.get(i));
            }
            if (decides) {
                return Optional.of(players.get(i));
            }
        }
        return Optional.empty();
    }

    @Test
    void aPairIsFoundExactlyWhenSomeCoalitionAndItsComplementBothWin() {
        qt().withExamples(examples(500)).forAll(games(10, 12))
                .check(g -> g.complementaryWinners().isPresent() == improperByEnumeration(g));
        qt().withExamples(examples(500)).forAll(games(10, 1000))
                .check(g -> g.complementaryWinners().isPresent() == improperByEnumeration(g));
    }

    @Test
    void theCoalitionFoundAndItsComplementBothWin() {
        qt().withExamples(examples(500)).forAll(games(12, 1000)).checkAssert(g -> g.complementaryWinners().ifPresent(s -> {
            assertThat(g.wins(s)).as("%s wins in %s", s, g).isTrue();
            assertThat(g.wins(complement(g, s))).as("the complement of %s wins in %s", s, g).isTrue();
            assertThat(s).as("in player order").isEqualTo(g.players().stream().filter(s::contains).toList());
        }));
    }

    @Test
    void theDictatorIsThePlayerWhosePresenceAloneDecides() {
        qt().withExamples(examples(500)).forAll(games(8, 12)).check(g -> g.dictator().equals(dictatorByEnumeration(g)));
        qt().withExamples(examples(500)).forAll(games(8, 1000)).check(g -> g.dictator().equals(dictatorByEnumeration(g)));
    }

    @Test
    void aGameWithADictatorIsProperAndTheDictatorIsItsOnlyVetoPlayer() {
        qt().withExamples(examples(300)).forAll(games(10, 50)).checkAssert(g -> g.dictator().ifPresent(d -> {
            assertThat(g.proper()).isTrue();
            assertThat(g.power().vetoPlayers()).containsExactly(d);
        }));
    }
}
