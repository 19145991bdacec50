package dev.coalition.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Games and their power are values: the same quota and weights give equal games and equal results,
 * so a host can compare two answers (from two advisors, two threads, before and after a reload).
 */
class VotingValueEqualityTest {

    private static Map<String, Long> weights(String... idsAndWeights) {
        Map<String, Long> weights = new LinkedHashMap<>();
        for (int i = 0; i < idsAndWeights.length; i += 2) {
            weights.put(idsAndWeights[i], Long.parseLong(idsAndWeights[i + 1]));
        }
        return weights;
    }

    @Test
    void theSameQuotaAndWeightsMakeEqualGamesAndEqualPower() {
        WeightedVotingGame one = WeightedVotingGame.of(51, weights("a", "50", "b", "49", "c", "1"));
        WeightedVotingGame two = WeightedVotingGame.of(51, weights("a", "50", "b", "49", "c", "1"));

        assertThat(two).isEqualTo(one).hasSameHashCodeAs(one);
        assertThat(two.power()).isEqualTo(one.power()).hasSameHashCodeAs(one.power());
    }

    @Test
    void anotherQuotaAnotherWeightOrAnotherOrderIsAnotherGame() {
        WeightedVotingGame game = WeightedVotingGame.of(51, weights("a", "50", "b", "49", "c", "1"));

        assertThat(WeightedVotingGame.of(50, weights("a", "50", "b", "49", "c", "1"))).isNotEqualTo(game);
        assertThat(WeightedVotingGame.of(51, weights("a", "50", "b", "48", "c", "2"))).isNotEqualTo(game);
        assertThat(WeightedVotingGame.of(51, weights("b", "49", "a", "50", "c", "1"))).isNotEqualTo(game);
        assertThat(WeightedVotingGame.of(50, weights("a", "50", "b", "49", "c", "1")).power()).isNotEqualTo(game.power());
        assertThat(game).isNotEqualTo("[51; {a=50, b=49, c=1}]");
    }

    @Test
    void powerPrintsItsGameAndBothIndices() {
        assertThat(WeightedVotingGame.of(2, weights("a", "2", "b", "1")).power())
                .hasToString("VotingPower[2; {a=2, b=1}] banzhaf {a=1, b=0} shapleyShubik {a=1, b=0}");
    }
}
