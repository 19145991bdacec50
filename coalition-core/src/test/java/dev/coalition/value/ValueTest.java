package dev.coalition.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.core.InvalidCoalitionException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueTest {

    @Test
    void moneyIsHeldInTheCurrencysMinorUnits() {
        assertThat(Money.parse("1000.00", "EUR").minorUnits()).isEqualTo(100_000);
        assertThat(Money.parse("1000", "JPY").minorUnits()).isEqualTo(1000);
        assertThat(Money.parse("12.5", "EUR").toString()).isEqualTo("12.50 EUR");
        assertThatThrownBy(() -> Money.parse("10.005", "EUR")).hasMessage("amount: \"10.005\" has more decimals than EUR allows (2)");
        assertThatThrownBy(() -> Money.parse("1.5", "JPY")).hasMessageContaining("more decimals than JPY allows (0)");
        assertThatThrownBy(() -> Money.parse("ten", "EUR")).hasMessageContaining("\"ten\" is not a decimal amount");
        assertThatThrownBy(() -> Money.parse("1", "EURO")).hasMessageContaining("\"EURO\" is not an ISO 4217 currency code");
    }

    @Test
    void leftoverUnitsGoToTheLargestRemaindersThenToTheSmallerId() {
        Map<String, Fraction> shares = new LinkedHashMap<>();
        shares.put("c", Fraction.of(10, 3)); // 3 + 1/3
        shares.put("b", Fraction.of(10, 3));
        shares.put("a", Fraction.of(10, 3));
        assertThat(Payout.apportion(10, shares)).containsExactly(Map.entry("c", 3L), Map.entry("b", 3L), Map.entry("a", 4L));

        Map<String, Fraction> uneven = new LinkedHashMap<>();
        uneven.put("a", Fraction.of(7, 4)); // remainder 3/4
        uneven.put("b", Fraction.of(9, 4)); // remainder 1/4
        assertThat(Payout.apportion(4, uneven)).containsExactly(Map.entry("a", 2L), Map.entry("b", 2L));
    }

    @Test
    void apportionRefusesSharesThatDoNotAddUp() {
        assertThatThrownBy(() -> Payout.apportion(10, Map.of("a", Fraction.of(3))))
                .hasMessageContaining("add up to 3, not to the 10 units");
    }

    @Test
    void equalSharesOfAThousandEurosAmongThree() {
        Allocation a = new EqualAllocation().allocate(AllocationRequest.of(List.of("x", "y", "z"), Money.parse("1000.00", "EUR")));

        assertThat(a.exactShares().get("x")).isEqualTo(Fraction.of(100_000, 3));
        assertThat(a.paidOut()).containsExactly(Map.entry("x", 33_334L), Map.entry("y", 33_333L), Map.entry("z", 33_333L));
        assertThat(a.formatted("x")).isEqualTo("333.34");
        assertThat(a.explanation()).hasSize(2);
    }

    @Test
    void proportionalNeedsAContributionForEveryMemberAndAPositiveTotal() {
        AllocationRequest request = AllocationRequest.of(List.of("a", "b"), new Credits(10))
                .withContributions(Map.of("a", Fraction.of(-2), "z", Fraction.ONE));
        assertThatThrownBy(() -> new ProportionalAllocation().allocate(request))
                .isInstanceOf(InvalidCoalitionException.class)
                .hasMessageContaining("distribution.contributions.a: -2 is negative")
                .hasMessageContaining("distribution.contributions.b: is missing")
                .hasMessageContaining("distribution.contributions.z: unknown member \"z\"");
        AllocationRequest zeros = AllocationRequest.of(List.of("a", "b"), new Credits(10))
                .withContributions(Map.of("a", Fraction.ZERO, "b", Fraction.ZERO));
        assertThatThrownBy(() -> new ProportionalAllocation().allocate(zeros)).hasMessageContaining("are all zero");
    }

    @Test
    void needWeightedBlendsContributionAndNeed() {
        AllocationRequest request = AllocationRequest.of(List.of("a", "b"), new Credits(100))
                .withContributions(Map.of("a", Fraction.of(3), "b", Fraction.of(1)))
                .withNeeds(Map.of("a", Fraction.of(1), "b", Fraction.of(1)), Fraction.of(1, 2));
        Allocation a = new NeedWeightedAllocation().allocate(request);
        // a: 100 * (1/2 * 3/4 + 1/2 * 1/2) = 62.5
        assertThat(a.exactShares().get("a")).isEqualTo(Fraction.of(125, 2));
        assertThat(a.paidOut().values()).containsExactly(63L, 37L);
    }

    /** The glove game: a holds a left glove, b and c right gloves; a pair is worth 1. */
    private static TableGame gloves() {
        Map<Set<String>, Fraction> v = new HashMap<>();
        v.put(Set.of("a"), Fraction.ZERO);
        v.put(Set.of("b"), Fraction.ZERO);
        v.put(Set.of("c"), Fraction.ZERO);
        v.put(Set.of("a", "b"), Fraction.ONE);
        v.put(Set.of("a", "c"), Fraction.ONE);
        v.put(Set.of("b", "c"), Fraction.ZERO);
        v.put(Set.of("a", "b", "c"), Fraction.ONE);
        return TableGame.of(List.of("a", "b", "c"), v);
    }

    @Test
    void shapleyValuesOfTheGloveGame() {
        ShapleyValues values = Shapley.exact(gloves());

        assertThat(values.values()).containsExactly(Map.entry("a", Fraction.of(2, 3)), Map.entry("b", Fraction.of(1, 6)),
                Map.entry("c", Fraction.of(1, 6)));
        assertThat(values.guarantee()).isEqualTo(Guarantee.EXACT);
    }

    @Test
    void sampledShapleyValuesAreLabelledAndWithinTheirBound() {
        ShapleyValues estimate = Shapley.sample(gloves(), new Sampling(0.02, 0.01, 42));

        assertThat(estimate.guarantee()).isEqualTo(Guarantee.APPROXIMATE);
        ShapleyValues.Approximation a = estimate.approximation().orElseThrow();
        // m = ceil(1 * ln(2*3/0.01) / (2 * 0.02^2)) = ceil(6.3969 / 0.0008) = 7997
        assertThat(a.permutations()).isEqualTo(7997);
        assertThat(a.seed()).isEqualTo(42);
        assertThat(Math.abs(estimate.values().get("a").doubleValue() - 2.0 / 3)).isLessThan(0.02);
        assertThat(Shapley.sample(gloves(), new Sampling(0.02, 0.01, 42))).isEqualTo(estimate);
    }

    @Test
    void samplingANonMonotoneGameWithoutARangeIsRefused() {
        Map<Set<String>, Fraction> v = new HashMap<>();
        v.put(Set.of("a"), Fraction.of(5));
        v.put(Set.of("b"), Fraction.of(5));
        v.put(Set.of("a", "b"), Fraction.of(1));
        TableGame game = TableGame.of(List.of("a", "b"), v);

        assertThatThrownBy(() -> Shapley.sample(game, new Sampling(0.1, 0.1, 1)))
                .hasMessageContaining("not monotone").hasMessageContaining("give sampling.range");
        assertThat(Shapley.sample(game, new Sampling(0.5, 0.1, 1, Fraction.of(10))).guarantee()).isEqualTo(Guarantee.APPROXIMATE);
    }

    @Test
    void theLastStepOfAnAllocationSaysWhereTheUnitsLeftOverWent() {
        List<String> trio = List.of("a", "b", "c");

        assertThat(lastStep(new EqualAllocation().allocate(AllocationRequest.of(trio, new Credits(99)))))
                .isEqualTo("Each member gets the whole credits of its exact share; none is left over.");
        assertThat(lastStep(new EqualAllocation().allocate(AllocationRequest.of(trio, new Credits(100)))))
                .isEqualTo("Each member gets the whole credits of its exact share; the 1 left over goes to the largest "
                        + "remainder, equal remainders to the smaller id.");
        assertThat(lastStep(new EqualAllocation().allocate(AllocationRequest.of(trio, Money.parse("1.01", "EUR")))))
                .isEqualTo("Each member gets the whole EUR minor units of its exact share; the 2 left over go one each to "
                        + "the largest remainders, equal remainders to the smaller id.");
    }

    private static String lastStep(Allocation allocation) {
        return allocation.explanation().get(allocation.explanation().size() - 1);
    }

    @Test
    void eachPolicyGivesTheNameAnAllocationIsLabelledWith() {
        assertThat(new EqualAllocation().name()).isEqualTo("EQUAL");
        assertThat(new ProportionalAllocation().name()).isEqualTo("PROPORTIONAL");
        assertThat(new NeedWeightedAllocation().name()).isEqualTo("NEED_WEIGHTED");
        assertThat(new ShapleyAllocation().name()).isEqualTo("SHAPLEY");
        assertThat(new EqualAllocation().allocate(AllocationRequest.of(List.of("a"), new Credits(1))).policy()).isEqualTo("EQUAL");
    }

    @Test
    void samplingWithoutARangeRefusesANegativeMarginalThatStaysWithinVOfN() {
        // b lowers {a} from 4 to 2; no coalition is worth more than v(N) = 6
        Map<Set<String>, Fraction> v = new HashMap<>();
        v.put(Set.of("a"), Fraction.of(4));
        v.put(Set.of("b"), Fraction.ZERO);
        v.put(Set.of("c"), Fraction.ZERO);
        v.put(Set.of("a", "b"), Fraction.of(2));
        v.put(Set.of("a", "c"), Fraction.of(4));
        v.put(Set.of("b", "c"), Fraction.ZERO);
        v.put(Set.of("a", "b", "c"), Fraction.of(6));
        TableGame game = TableGame.of(List.of("a", "b", "c"), v);

        assertThatThrownBy(() -> Shapley.sample(game, new Sampling(0.1, 0.1, 1)))
                .isInstanceOf(InvalidCoalitionException.class)
                .hasMessageContaining("player \"b\" has a marginal contribution of -2, outside 0..6");
    }

    @Test
    void samplingWithoutARangeAcceptsMarginalsOfExactlyZeroAndExactlyVOfN() {
        // a alone is worth all of v(N) = 10; b never adds anything
        Map<Set<String>, Fraction> v = new HashMap<>();
        v.put(Set.of("a"), Fraction.of(10));
        v.put(Set.of("b"), Fraction.ZERO);
        v.put(Set.of("a", "b"), Fraction.of(10));
        TableGame game = TableGame.of(List.of("a", "b"), v);

        ShapleyValues estimate = Shapley.sample(game, new Sampling(0.5, 0.1, 1));

        assertThat(estimate.values()).containsExactly(Map.entry("a", Fraction.of(10)), Map.entry("b", Fraction.ZERO));
    }

    @Test
    void samplingParametersOnTheEdgeOfTheirRangesAreRefused() {
        assertThatThrownBy(() -> new Sampling(0.0, 0.05, 1)).hasMessageContaining("sampling.epsilon: 0.0 is not a positive number");
        assertThatThrownBy(() -> new Sampling(0.1, 0.0, 1)).hasMessageContaining("sampling.delta: 0.0 is outside (0, 1)");
        assertThatThrownBy(() -> new Sampling(0.1, 1.0, 1)).hasMessageContaining("sampling.delta: 1.0 is outside (0, 1)");
        assertThatThrownBy(() -> new Sampling(0.1, 0.05, 1, Fraction.ZERO)).hasMessageContaining("sampling.range: 0 is not positive");
        assertThat(new Sampling(Double.MIN_VALUE, 0.999, 1, Fraction.of(1, 1000)).delta()).isEqualTo(0.999);
    }

    @Test
    void aNonMonotoneGamesNegativeSharesAreReportedNotClipped() {
        Map<Set<String>, Fraction> v = new HashMap<>();
        v.put(Set.of("a"), Fraction.of(10));
        v.put(Set.of("b"), Fraction.of(-4));
        v.put(Set.of("a", "b"), Fraction.of(2));
        TableGame game = TableGame.of(List.of("a", "b"), v);
        Allocation a = new ShapleyAllocation().allocate(AllocationRequest.of(List.of("a", "b"), new Credits(100)).withGame(game));

        // phi_a = (10 + (2 - -4)) / 2 = 8, phi_b = -6; shares 100 * phi / 2
        assertThat(a.exactShares().get("b")).isEqualTo(Fraction.of(-300));
        assertThat(a.negativeShares()).containsExactly("b");
        assertThat(a.paidOut().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100);
    }

    @Test
    void aTableGameMustListEveryCoalition() {
        Map<Set<String>, Fraction> v = new HashMap<>();
        v.put(Set.of("a"), Fraction.ONE);
        v.put(Set.of("a", "zed"), Fraction.ONE);
        assertThatThrownBy(() -> TableGame.of(List.of("a", "b"), v))
                .isInstanceOf(InvalidCoalitionException.class)
                .hasMessageContaining("unknown player \"zed\"")
                .hasMessageContaining("2 coalitions are missing, e.g. \"b\"");
    }

    @Test
    void largeGamesAreSampledBeyondTheExactLimit() {
        AllocationRequest request = AllocationRequest.of(List.of("a", "b", "c"), new Credits(90)).withGame(gloves())
                .withSampling(new Sampling(0.05, 0.05, 7), 2);
        Allocation a = new ShapleyAllocation().allocate(request);

        assertThat(a.guarantee()).isEqualTo(Guarantee.APPROXIMATE);
        assertThat(a.approximation()).isPresent();
        assertThat(FairnessLaws.paidOutAddsUp(a)).isTrue();
        assertThatThrownBy(() -> new ShapleyAllocation().allocate(request.withSampling(null, 2)))
                .hasMessageContaining("distribution.sampling: is required");
    }
}
