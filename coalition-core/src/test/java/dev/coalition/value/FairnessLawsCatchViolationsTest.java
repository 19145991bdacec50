package dev.coalition.value;

import static dev.coalition.testing.Examples.examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The fairness laws are checks a user runs against a policy of their own: each one must say
 * {@code false} for an allocation or a policy that breaks it, not only {@code true} for ours.
 */
class FairnessLawsCatchViolationsTest {

    private static final List<String> PAIR = List.of("a", "b");

    private static Allocation allocation(long amount, Map<String, Fraction> exact, Map<String, Long> paid) {
        return new Allocation("BY_HAND", new Credits(amount), exact, paid, Guarantee.EXACT, Optional.empty(), List.of());
    }

    private static Map<String, Fraction> exact(long a, long b) {
        Map<String, Fraction> shares = new LinkedHashMap<>();
        shares.put("a", Fraction.of(a));
        shares.put("b", Fraction.of(b));
        return shares;
    }

    private static Map<String, Long> paid(long a, long b) {
        Map<String, Long> paid = new LinkedHashMap<>();
        paid.put("a", a);
        paid.put("b", b);
        return paid;
    }

    /** A user's policy whose exact shares are whatever {@code shares} says for the request. */
    private static AllocationPolicy policy(java.util.function.Function<AllocationRequest, Map<String, Fraction>> shares) {
        return new AllocationPolicy() {
            @Override
            public String name() {
                return "USER_POLICY";
            }

            @Override
            public Shares shares(AllocationRequest request) {
                return Shares.exact(shares.apply(request), List.of("by a user's rule"));
            }
        };
    }

    /** Two members with equal contributions and needs dividing 100 credits. */
    private static AllocationRequest equalPair() {
        return AllocationRequest.of(PAIR, new Credits(100)).withContributions(Map.of("a", Fraction.ONE, "b", Fraction.ONE));
    }

    @Test
    void sharesThatDoNotAddUpToTheAmountAreNotEfficient() {
        assertThat(FairnessLaws.efficient(allocation(100, exact(50, 50), paid(50, 50)))).isTrue();
        assertThat(FairnessLaws.efficient(allocation(100, exact(50, 49), paid(50, 50)))).isFalse();
    }

    @Test
    void payoutsThatLoseOrInventAUnitDoNotAddUp() {
        assertThat(FairnessLaws.paidOutAddsUp(allocation(100, exact(50, 50), paid(50, 49)))).isFalse();
        assertThat(FairnessLaws.paidOutAddsUp(allocation(100, exact(50, 50), paid(51, 50)))).isFalse();
    }

    @Test
    void aPayoutOneWholeUnitFromItsExactShareIsNotWithinOneUnit() {
        Map<String, Fraction> halves = new LinkedHashMap<>();
        halves.put("a", Fraction.of(101, 2));
        halves.put("b", Fraction.of(99, 2));

        assertThat(FairnessLaws.withinOneUnit(allocation(100, halves, paid(51, 49)))).isTrue();
        assertThat(FairnessLaws.withinOneUnit(allocation(100, exact(50, 50), paid(51, 50)))).isFalse(); // a unit over
        assertThat(FairnessLaws.withinOneUnit(allocation(100, exact(50, 50), paid(50, 49)))).isFalse(); // a unit under
    }

    @Test
    void aPolicyFavouringOneOfTwoInterchangeableMembersIsNotSymmetric() {
        Map<String, Fraction> slightly = new LinkedHashMap<>();
        slightly.put("a", Fraction.of(252, 5));
        slightly.put("b", Fraction.of(248, 5));
        AllocationPolicy favoursA = policy(r -> slightly); // 50.4 and 49.6: both paid 50
        AllocationPolicy favoursAByTwoUnits = policy(r -> exact(51, 49));

        assertThat(FairnessLaws.symmetric(favoursA, equalPair(), "a", "b")).isFalse();
        assertThat(FairnessLaws.interchangeablePaidWithinOneUnit(favoursA, equalPair(), "a", "b")).isTrue();
        assertThat(FairnessLaws.interchangeablePaidWithinOneUnit(favoursAByTwoUnits, equalPair(), "a", "b")).isFalse();
    }

    @Test
    void membersWithDifferentContributionsOrNeedsAreNotInterchangeableSoUnequalSharesAreFair() {
        AllocationPolicy favoursA = policy(r -> exact(52, 48));
        AllocationRequest contributed = equalPair().withContributions(Map.of("a", Fraction.of(2), "b", Fraction.ONE));
        AllocationRequest needed = equalPair().withNeeds(Map.of("a", Fraction.of(2), "b", Fraction.ONE), Fraction.of(1, 2));

        assertThat(FairnessLaws.interchangeable(equalPair(), "a", "b")).isTrue();
        assertThat(FairnessLaws.interchangeable(contributed, "a", "b")).isFalse();
        assertThat(FairnessLaws.interchangeable(needed, "a", "b")).isFalse();
        assertThat(FairnessLaws.symmetric(favoursA, contributed, "a", "b")).isTrue();
        assertThat(FairnessLaws.interchangeablePaidWithinOneUnit(favoursA, needed, "a", "b")).isTrue();
    }

    @Test
    void aPolicyWhoseAnswerDriftsFromCallToCallIsNotDeterministic() {
        AtomicInteger calls = new AtomicInteger();
        AllocationPolicy drifting = policy(r -> calls.getAndIncrement() == 0 ? exact(50, 50) : exact(100, 0));

        assertThat(FairnessLaws.deterministic(drifting, equalPair())).isFalse();
    }

    @Test
    void aPolicyThatPaysLessForAHigherContributionIsNotMonotone() {
        // each member gets the others' part of the contributions: contributing more lowers one's share
        AllocationPolicy inverse = policy(r -> {
            Fraction total = Fraction.sum(r.contributions().values());
            Map<String, Fraction> shares = new LinkedHashMap<>();
            for (String m : r.members()) {
                shares.put(m, Fraction.of(r.amount().units()).multiply(total.subtract(r.contributions().get(m)))
                        .divide(total.multiply(Fraction.of(r.members().size() - 1))));
            }
            return shares;
        });

        assertThat(FairnessLaws.monotoneInContribution(inverse, equalPair(), "a", Fraction.ONE)).isFalse();
        assertThat(FairnessLaws.monotoneInContribution(inverse, equalPair(), "a", Fraction.ZERO)).isTrue();
    }

    @Test
    void aShareForAPlayerWhoAddsNothingBreaksTheNullPlayerLaw() {
        // b adds nothing to any coalition
        TableGame game = ValueGenerators.table(PAIR, new int[] {0, 10, 0, 10});

        assertThat(FairnessLaws.nullPlayerGetsNothing(game, allocation(100, exact(100, 0), paid(100, 0)))).isTrue();
        assertThat(FairnessLaws.nullPlayerGetsNothing(game, allocation(100, exact(99, 1), paid(99, 1)))).isFalse();
    }

    @Test
    void thePlayersFoundNullAreExactlyThoseWhoAddNothingToAnyCoalition() {
        qt().withExamples(examples(300)).forAll(ValueGenerators.games(), SourceDSL.longs().all()).checkAssert((g, seed) -> {
            SplittableRandom r = new SplittableRandom(seed);
            int n = g.players().size();
            int[] v = ValueGenerators.values(g);
            for (int i = 0; i < n; i++) {
                if (r.nextBoolean()) { // player i adds nothing: v(S + i) := v(S)
                    for (int mask = 0; mask < v.length; mask++) {
                        if ((mask & (1 << i)) != 0) {
                            v[mask] = v[mask & ~(1 << i)];
                        }
                    }
                }
            }
            List<String> expected = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int bit = 1 << i;
                if (java.util.stream.IntStream.range(0, v.length).allMatch(mask -> v[mask | bit] == v[mask & ~bit])) {
                    expected.add(g.players().get(i));
                }
            }
            assertThat(Shapley.nullPlayers(ValueGenerators.table(g.players(), v))).isEqualTo(expected);
        });
    }

    @Test
    void aNegativeShareBreaksTheLawOnlyInAMonotoneGame() {
        TableGame monotone = ValueGenerators.table(PAIR, new int[] {0, 10, 20, 30});
        TableGame spoiler = ValueGenerators.table(PAIR, new int[] {0, 10, 20, 5});
        Allocation negative = allocation(100, exact(110, -10), paid(110, -10));

        assertThat(FairnessLaws.noNegativeShareInMonotoneGame(monotone, negative)).isFalse();
        assertThat(FairnessLaws.noNegativeShareInMonotoneGame(spoiler, negative)).isTrue();
        assertThat(FairnessLaws.noNegativeShareInMonotoneGame(monotone, allocation(100, exact(40, 60), paid(40, 60)))).isTrue();
    }

    @Test
    void aMonotoneGameIsRecognisedAndLoweringAnyCoalitionBelowOneOfItsSubsetsIsCaught() {
        qt().withExamples(examples(300)).forAll(ValueGenerators.monotoneGames(), SourceDSL.longs().all())
                .checkAssert((g, seed) -> {
                    assertThat(FairnessLaws.monotoneAndNonNegative(g)).isTrue();
                    SplittableRandom r = new SplittableRandom(seed);
                    int[] v = ValueGenerators.values(g);
                    int mask = 1 + r.nextInt(v.length - 1);
                    int[] members = java.util.stream.IntStream.range(0, g.players().size())
                            .filter(i -> (mask & (1 << i)) != 0).toArray();
                    int without = mask & ~(1 << members[r.nextInt(members.length)]);
                    v[mask] = v[without] - 1; // below a subset, or negative when the subset is worth 0
                    assertThat(FairnessLaws.monotoneAndNonNegative(ValueGenerators.table(g.players(), v))).isFalse();
                });
    }

    @Test
    void twoPlayersStopBeingInterchangeableWhenOneCoalitionValuesThemDifferently() {
        qt().withExamples(examples(300)).forAll(ValueGenerators.games(), SourceDSL.longs().all())
                .assuming((g, seed) -> g.players().size() >= 2)
                .checkAssert((g, seed) -> {
                    TableGame symmetric = ValueGenerators.symmetrize(g);
                    String a = symmetric.players().get(0);
                    String b = symmetric.players().get(1);
                    assertThat(FairnessLaws.interchangeable(symmetric, a, b)).isTrue();

                    int[] v = ValueGenerators.values(symmetric);
                    int others = new SplittableRandom(seed).nextInt(1 << (g.players().size() - 2)) << 2;
                    v[others | 2] = v[others | 1] + 1; // S + b is worth one more than S + a
                    assertThat(FairnessLaws.interchangeable(ValueGenerators.table(g.players(), v), a, b)).isFalse();
                });
    }
}
