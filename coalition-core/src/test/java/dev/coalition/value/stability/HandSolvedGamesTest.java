package dev.coalition.value.stability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.value.Fraction;
import dev.coalition.value.TableGame;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The core, least core and nucleolus of games solved by hand. */
class HandSolvedGamesTest {

    /** A three-player game from v of a, b, c, ab, ac, bc, abc. */
    static TableGame three(long a, long b, long c, long ab, long ac, long bc, long abc) {
        Map<Set<String>, Fraction> v = new LinkedHashMap<>();
        v.put(Set.of("a"), Fraction.of(a));
        v.put(Set.of("b"), Fraction.of(b));
        v.put(Set.of("c"), Fraction.of(c));
        v.put(Set.of("a", "b"), Fraction.of(ab));
        v.put(Set.of("a", "c"), Fraction.of(ac));
        v.put(Set.of("b", "c"), Fraction.of(bc));
        v.put(Set.of("a", "b", "c"), Fraction.of(abc));
        return TableGame.of(List.of("a", "b", "c"), v);
    }

    private static Map<String, Fraction> shares(long a, long b, long c) {
        Map<String, Fraction> x = new LinkedHashMap<>();
        x.put("a", Fraction.of(a));
        x.put("b", Fraction.of(b));
        x.put("c", Fraction.of(c));
        return x;
    }

    // a owns the one left glove, b and c a right glove each: a pair is worth 1
    private static final TableGame GLOVES = three(0, 0, 0, 1, 1, 0, 1);

    @Test
    void theGloveGamesCoreAndNucleolusGiveEverythingToTheScarceGlovesOwner() {
        // x_b > 0 would let a and the other right glove block: the core is the single point (1, 0, 0)
        assertThat(Core.contains(GLOVES, shares(1, 0, 0))).isTrue();
        assertThat(Nucleolus.of(GLOVES)).containsExactly(Map.entry("a", Fraction.ONE), Map.entry("b", Fraction.ZERO),
                Map.entry("c", Fraction.ZERO));
        // the core is a point, so the least core's epsilon is exactly 0
        assertThat(LeastCore.epsilon(GLOVES)).contains(Fraction.ZERO);
    }

    @Test
    void theGloveGamesShapleyDivisionIsBlockedByTheScarceGloveWithEitherPartner() {
        // Shapley: a 2/3, b 1/6, c 1/6; {a,b} gets 5/6 of the 1 it can make alone
        Map<String, Fraction> shapley = new LinkedHashMap<>();
        shapley.put("a", Fraction.of(2, 3));
        shapley.put("b", Fraction.of(1, 6));
        shapley.put("c", Fraction.of(1, 6));

        List<BlockingCoalition> blocking = Core.blocking(GLOVES, shapley);

        assertThat(blocking).containsExactly(
                new BlockingCoalition(List.of("a", "b"), Fraction.ONE, Fraction.of(5, 6), Fraction.of(1, 6)),
                new BlockingCoalition(List.of("a", "c"), Fraction.ONE, Fraction.of(5, 6), Fraction.of(1, 6)));
        assertThat(Core.contains(GLOVES, shapley)).isFalse();
    }

    @Test
    void aBankruptcyGamesNucleolusIsTheTalmudRule() {
        // estate 200, claims 100/200/300: v(S) = max(0, 200 - claims outside S); Talmud gives 50/75/75
        TableGame estate = three(0, 0, 0, 0, 0, 100, 200);

        assertThat(Nucleolus.of(estate)).containsExactly(Map.entry("a", Fraction.of(50)), Map.entry("b", Fraction.of(75)),
                Map.entry("c", Fraction.of(75)));
    }

    @Test
    void aSecondBankruptcyGameWithUnequalHalfClaims() {
        // estate 300, claims 100/200/300: Talmud gives 50/100/150
        // v(a)=0, v(b)=0, v(c)=0, v(ab)=0, v(ac)=100, v(bc)=200
        TableGame estate = three(0, 0, 0, 0, 100, 200, 300);

        assertThat(Nucleolus.of(estate)).containsExactly(Map.entry("a", Fraction.of(50)), Map.entry("b", Fraction.of(100)),
                Map.entry("c", Fraction.of(150)));
    }

    @Test
    void theMajorityGameHasAnEmptyCoreAndAPositiveEpsilon() {
        // any two of three make 1: every pair needs 1 - eps, so 3 (1 - eps) <= 2 * 1, eps = 1/3
        TableGame majority = three(0, 0, 0, 1, 1, 1, 1);

        assertThat(LeastCore.epsilon(majority)).contains(Fraction.of(1, 3));
        assertThat(Nucleolus.of(majority).values()).containsOnly(Fraction.of(1, 3));
        assertThat(Core.blocking(majority, Nucleolus.of(majority))).hasSize(3)
                .allSatisfy(b -> assertThat(b.gain()).isEqualTo(Fraction.of(1, 3)));
    }

    @Test
    void aGameWithAnInteriorCoreHasANegativeEpsilon() {
        // v = 0 below N = 3: the equal division leaves every coalition 1 or 2 to spare; eps = -1
        TableGame free = three(0, 0, 0, 0, 0, 0, 3);

        assertThat(LeastCore.epsilon(free)).contains(Fraction.of(-1));
        assertThat(Nucleolus.of(free).values()).containsOnly(Fraction.ONE);
    }

    @Test
    void fractionalValuesGiveExactFractions() {
        TableGame game = three(0, 0, 0, 0, 0, 0, 1);

        assertThat(Nucleolus.of(game).values()).containsOnly(Fraction.of(1, 3));
    }

    @Test
    void theNucleolusIsOmittedWithItsReason() {
        assertThat(Nucleolus.omission(three(2, 2, 2, 4, 4, 4, 5), 12)).contains(Nucleolus.Omission.NO_IMPUTATION);
        assertThat(Nucleolus.omission(three(0, 0, 0, 0, 0, 0, 0), 12)).contains(Nucleolus.Omission.GRAND_VALUE_NOT_POSITIVE);
        assertThat(Nucleolus.omission(GLOVES, 2)).contains(Nucleolus.Omission.TOO_MANY_PLAYERS);
        assertThat(Nucleolus.omission(GLOVES, 3)).isEmpty();
        assertThatThrownBy(() -> Nucleolus.of(three(2, 2, 2, 4, 4, 4, 5)))
                .hasMessageContaining("the players' own values add up to 6, more than v(N)");
        Stability s = Stability.of(three(2, 2, 2, 4, 4, 4, 5), shares(2, 2, 1), 12);
        assertThat(s.nucleolus()).isEmpty();
        assertThat(s.omission()).contains(Nucleolus.Omission.NO_IMPUTATION);
    }

    @Test
    void sharesThatDoNotAddUpToTheGrandValueAreNotInTheCore() {
        Stability s = Stability.of(three(0, 0, 0, 0, 0, 0, 3), shares(1, 1, 0), 12);

        assertThat(s.inCore()).isFalse();
        assertThat(s.blockingCoalitions()).isEmpty();
    }

    @Test
    void atMostFiveBlockingCoalitionsAreReportedLargestGainFirst() {
        // every proper coalition is worth 10 and gets 0 (plus 0 for c): c's groups are behind
        TableGame game = three(10, 10, 10, 10, 10, 10, 30);
        Stability s = Stability.of(game, shares(0, 0, 30), 12);

        assertThat(s.blockingCount()).isEqualTo(3);
        assertThat(s.blockingCoalitions()).extracting(BlockingCoalition::members)
                .containsExactly(List.of("a"), List.of("b"), List.of("a", "b"));
        // each player needs 10 - eps on its own, and 3 (10 - eps) <= 30: eps = 0
        assertThat(s.epsilon()).isEqualTo(Optional.of(Fraction.ZERO));
    }
}
