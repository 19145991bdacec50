package dev.coalition.value;

import static dev.coalition.testing.Examples.examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class RebalancingTest {

    private static Map<String, Fraction> halves() {
        Map<String, Fraction> targets = new LinkedHashMap<>();
        targets.put("a", Fraction.of(1, 2));
        targets.put("b", Fraction.of(1, 2));
        return targets;
    }

    @Test
    void balancedLetsTheUnderServedMemberCatchUp() {
        Rebalancing.Review review = Rebalancing.review(RebalancingPolicy.BALANCED, new Credits(60), halves(),
                Map.of("a", 100L, "b", 0L));

        assertThat(review.allocation().paidOut()).containsExactly(Map.entry("a", 0L), Map.entry("b", 60L));
        assertThat(review.belowTarget()).containsExactly("b");
        Rebalancing.Review next = Rebalancing.review(RebalancingPolicy.BALANCED, new Credits(60), halves(),
                Map.of("a", 100L, "b", 60L));
        assertThat(next.allocation().paidOut()).containsExactly(Map.entry("a", 10L), Map.entry("b", 50L));
        assertThat(next.belowTarget()).isEmpty();
    }

    @Test
    void immediateIgnoresHistory() {
        Rebalancing.Review review = Rebalancing.review(RebalancingPolicy.IMMEDIATE, new Credits(60), halves(),
                Map.of("a", 100L, "b", 0L));

        assertThat(review.allocation().paidOut()).containsExactly(Map.entry("a", 30L), Map.entry("b", 30L));
        assertThat(review.belowTarget()).containsExactly("b");
    }

    @Test
    void targetsMustAddUpToOneAndCoverEveryMember() {
        Map<String, Fraction> targets = Map.of("a", Fraction.of(1, 3));
        assertThatThrownBy(() -> Rebalancing.review(RebalancingPolicy.BALANCED, new Credits(10), targets, Map.of("z", 1L)))
                .hasMessageContaining("received.a: is missing")
                .hasMessageContaining("received.z: unknown member \"z\"")
                .hasMessageContaining("targets: add up to 1/3");
    }

    private static Fraction totalShortfall(Rebalancing.Review review) {
        Fraction total = Fraction.ZERO;
        for (Rebalancing.Standing s : review.standings()) {
            Fraction gap = s.dueAfter().subtract(Fraction.of(s.after()));
            if (gap.signum() > 0) {
                total = total.add(gap);
            }
        }
        return total;
    }

    @Test
    void balancedLeavesTheLeastShortfallAnyPayoutCouldLeaveToWithinRounding() {
        qt().withExamples(examples(300)).forAll(SourceDSL.longs().all()).check(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            int n = 2 + r.nextInt(5);
            Map<String, Fraction> targets = new LinkedHashMap<>();
            Map<String, Long> received = new LinkedHashMap<>();
            long[] weights = new long[n];
            long total = 0;
            for (int i = 0; i < n; i++) {
                weights[i] = 1 + r.nextInt(9);
                total += weights[i];
            }
            for (int i = 0; i < n; i++) {
                targets.put("m" + i, Fraction.of(weights[i], total));
                received.put("m" + i, (long) r.nextInt(1000));
            }
            Credits budget = new Credits(1 + r.nextInt(500));
            Rebalancing.Review balanced = Rebalancing.review(RebalancingPolicy.BALANCED, budget, targets, received);
            Rebalancing.Review immediate = Rebalancing.review(RebalancingPolicy.IMMEDIATE, budget, targets, received);
            // before paying, the shortfall against the targets including this budget:
            Fraction before = Fraction.ZERO;
            for (Rebalancing.Standing s : balanced.standings()) {
                Fraction gap = s.dueAfter().subtract(Fraction.of(s.received()));
                before = gap.signum() > 0 ? before.add(gap) : before;
            }
            Fraction least = before.subtract(Fraction.of(budget.units()));
            least = least.signum() > 0 ? least : Fraction.ZERO;
            Fraction rounding = Fraction.of(n);
            return totalShortfall(balanced).compareTo(least.add(rounding)) <= 0
                    && totalShortfall(balanced).compareTo(totalShortfall(immediate).add(rounding)) <= 0;
        });
    }
}
