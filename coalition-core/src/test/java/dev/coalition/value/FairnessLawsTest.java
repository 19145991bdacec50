package dev.coalition.value;

import static dev.coalition.testing.Examples.examples;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The fairness laws of value distribution, one property per law, over generated inputs. */
class FairnessLawsTest {

    private static final List<AllocationPolicy> CONTRIBUTION_POLICIES =
            List.of(new EqualAllocation(), new ProportionalAllocation(), new NeedWeightedAllocation());
    private static final AllocationPolicy SHAPLEY = new ShapleyAllocation();

    private static AllocationRequest shapleyRequest(TableGame game, long units) {
        return AllocationRequest.of(game.players(), new Credits(units)).withGame(game);
    }

    @Test
    void exactSharesAddUpToTheAmount() {
        qt().withExamples(examples(300)).forAll(ValueGenerators.requests())
                .check(r -> CONTRIBUTION_POLICIES.stream().allMatch(p -> FairnessLaws.efficient(p.allocate(r))));
        qt().withExamples(examples(300)).forAll(ValueGenerators.games(), SourceDSL.longs().between(0, 1_000_000))
                .check((g, units) -> FairnessLaws.efficient(SHAPLEY.allocate(shapleyRequest(g, units))));
    }

    @Test
    void paidOutSharesAddUpExactlyToTheAmount() {
        qt().withExamples(examples(300)).forAll(ValueGenerators.requests())
                .check(r -> CONTRIBUTION_POLICIES.stream().allMatch(p -> FairnessLaws.paidOutAddsUp(p.allocate(r))));
        qt().withExamples(examples(300)).forAll(ValueGenerators.games(), SourceDSL.longs().between(0, 1_000_000))
                .check((g, units) -> FairnessLaws.paidOutAddsUp(SHAPLEY.allocate(shapleyRequest(g, units))));
    }

    @Test
    void eachPaidOutShareIsWithinOneUnitOfItsExactShare() {
        qt().withExamples(examples(300)).forAll(ValueGenerators.requests())
                .check(r -> CONTRIBUTION_POLICIES.stream().allMatch(p -> FairnessLaws.withinOneUnit(p.allocate(r))));
        qt().withExamples(examples(300)).forAll(ValueGenerators.games(), SourceDSL.longs().between(0, 1_000_000))
                .check((g, units) -> FairnessLaws.withinOneUnit(SHAPLEY.allocate(shapleyRequest(g, units))));
    }

    @Test
    void interchangeableMembersGetEqualExactSharesAndPayoutsAtMostOneUnitApart() {
        qt().withExamples(examples(300)).forAll(ValueGenerators.requests())
                .assuming(r -> r.members().size() >= 2)
                .check(r -> CONTRIBUTION_POLICIES.stream().allMatch(p ->
                        FairnessLaws.symmetric(p, r, r.members().get(0), r.members().get(1))
                                && FairnessLaws.interchangeablePaidWithinOneUnit(p, r, r.members().get(0), r.members().get(1))));
    }

    @Test
    void interchangeablePlayersOfAGameGetEqualShapleyShares() {
        qt().withExamples(examples(300)).forAll(ValueGenerators.games(), SourceDSL.longs().between(0, 1_000_000))
                .assuming((g, units) -> g.players().size() >= 2)
                .check((g, units) -> {
                    TableGame symmetric = ValueGenerators.symmetrize(g);
                    AllocationRequest r = shapleyRequest(symmetric, units);
                    String a = symmetric.players().get(0);
                    String b = symmetric.players().get(1);
                    return FairnessLaws.interchangeable(symmetric, a, b) && FairnessLaws.symmetric(SHAPLEY, r, a, b)
                            && FairnessLaws.interchangeablePaidWithinOneUnit(SHAPLEY, r, a, b);
                });
    }

    @Test
    void aNullPlayerGetsNothingUnderShapley() {
        qt().withExamples(examples(300)).forAll(ValueGenerators.games(), SourceDSL.longs().between(0, 1_000_000))
                .assuming((g, units) -> g.players().size() >= 2)
                .check((g, units) -> {
                    int[] v = ValueGenerators.values(g);
                    for (int mask = 0; mask < v.length; mask++) { // last player adds nothing anywhere
                        int last = 1 << (g.players().size() - 1);
                        if ((mask & last) != 0) {
                            v[mask] = v[mask & ~last];
                        }
                    }
                    if (v[v.length - 1] <= 0) {
                        return true; // v(N) <= 0: no division to take shares of
                    }
                    TableGame withNull = ValueGenerators.table(g.players(), v);
                    return FairnessLaws.nullPlayerGetsNothing(withNull, SHAPLEY.allocate(shapleyRequest(withNull, units)));
                });
    }

    @Test
    void shapleyValuesAreAdditiveOverGames() {
        qt().withExamples(examples(200)).forAll(SourceDSL.longs().between(0, Long.MAX_VALUE))
                .check(seed -> {
                    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
                    TableGame first = ValueGenerators.game(r, false);
                    int[] v = new int[1 << first.players().size()];
                    for (int mask = 1; mask < v.length; mask++) {
                        v[mask] = r.nextInt(61) - 10;
                    }
                    return FairnessLaws.shapleyAdditive(first, ValueGenerators.table(first.players(), v));
                });
    }

    @Test
    void proportionalSharesNeverFallWhenAContributionRises() {
        qt().withExamples(examples(300)).forAll(ValueGenerators.requests(), SourceDSL.integers().between(0, 50))
                .check((r, increase) -> FairnessLaws.monotoneInContribution(new ProportionalAllocation(), r,
                        r.members().get(0), Fraction.of(increase)));
    }

    @Test
    void noMemberGetsANegativeShareOfAMonotoneGame() {
        qt().withExamples(examples(300)).forAll(ValueGenerators.monotoneGames(), SourceDSL.longs().between(0, 1_000_000))
                .check((g, units) -> FairnessLaws.noNegativeShareInMonotoneGame(g, SHAPLEY.allocate(shapleyRequest(g, units))));
    }

    @Test
    void theSameRequestAlwaysGivesTheSameAllocation() {
        qt().withExamples(examples(200)).forAll(ValueGenerators.requests())
                .check(r -> CONTRIBUTION_POLICIES.stream().allMatch(p -> FairnessLaws.deterministic(p, r)));
    }

    @Test
    void sampledShapleyEstimatesAddUpExactlyToTheGrandValue() {
        qt().withExamples(examples(50)).forAll(ValueGenerators.monotoneGames(), SourceDSL.longs().all())
                .assuming((g, seed) -> g.value((1 << g.players().size()) - 1).signum() > 0)
                .check((g, seed) -> {
                    ShapleyValues estimate = Shapley.sample(g, new Sampling(0.5, 0.1, seed));
                    Map<String, Fraction> values = estimate.values();
                    return Fraction.sum(values.values()).equals(estimate.grandValue());
                });
    }
}
