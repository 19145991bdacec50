package dev.coalition.testkit;

import dev.coalition.value.Allocation;
import dev.coalition.value.AllocationPolicy;
import dev.coalition.value.AllocationRequest;
import dev.coalition.value.EqualAllocation;
import dev.coalition.value.Fraction;
import dev.coalition.value.Guarantee;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small allocation policies, each breaking one fairness law on purpose. */
final class UnfairPolicies {

    private UnfairPolicies() {
    }

    /** An allocation with the given exact shares and payouts. */
    static Allocation allocation(String name, AllocationRequest request, Map<String, Fraction> exact, Map<String, Long> paid) {
        return new Allocation(name, request.amount(), exact, paid, Guarantee.EXACT, Optional.empty(), List.of("Made up."));
    }

    /** Breaks EFFICIENT: the exact shares leave one unit out, though every unit is paid. */
    static final class Skimming implements AllocationPolicy {
        @Override
        public String name() {
            return "SKIMMING";
        }

        @Override
        public Shares shares(AllocationRequest request) {
            throw new UnsupportedOperationException("allocate only");
        }

        @Override
        public Allocation allocate(AllocationRequest request) {
            Allocation fair = new EqualAllocation().allocate(request);
            Map<String, Fraction> exact = new LinkedHashMap<>(fair.exactShares());
            String first = request.members().get(0);
            exact.put(first, exact.get(first).subtract(Fraction.ONE));
            return allocation(name(), request, exact, fair.paidOut());
        }
    }

    /** Breaks PAID_OUT_ADDS_UP: the first member is paid one unit less than equal sharing pays it. */
    static final class ShortChange implements AllocationPolicy {
        @Override
        public String name() {
            return "SHORT_CHANGE";
        }

        @Override
        public Shares shares(AllocationRequest request) {
            throw new UnsupportedOperationException("allocate only");
        }

        @Override
        public Allocation allocate(AllocationRequest request) {
            Allocation fair = new EqualAllocation().allocate(request);
            Map<String, Long> paid = new LinkedHashMap<>(fair.paidOut());
            paid.merge(request.members().get(0), -1L, Long::sum);
            return allocation(name(), request, fair.exactShares(), paid);
        }
    }

    /** Breaks WITHIN_ONE_UNIT: two units move from the last member's payout to the first's. */
    static final class RoundsForTheFirst implements AllocationPolicy {
        @Override
        public String name() {
            return "ROUNDS_FOR_THE_FIRST";
        }

        @Override
        public Shares shares(AllocationRequest request) {
            throw new UnsupportedOperationException("allocate only");
        }

        @Override
        public Allocation allocate(AllocationRequest request) {
            Allocation fair = new EqualAllocation().allocate(request);
            Map<String, Long> paid = new LinkedHashMap<>(fair.paidOut());
            paid.merge(request.members().get(0), 2L, Long::sum);
            paid.merge(request.members().get(request.members().size() - 1), -2L, Long::sum);
            return allocation(name(), request, fair.exactShares(), paid);
        }
    }

    /** Breaks SYMMETRIC (and the payouts' symmetry): the first member gets everything. */
    static final class FavoursFirst implements AllocationPolicy {
        @Override
        public String name() {
            return "FAVOURS_FIRST";
        }

        @Override
        public Shares shares(AllocationRequest request) {
            Map<String, Fraction> exact = new LinkedHashMap<>();
            request.members().forEach(m -> exact.put(m, Fraction.ZERO));
            exact.put(request.members().get(0), Fraction.of(request.amount().units()));
            return Shares.exact(exact, List.of("The first member gets everything."));
        }
    }

    /** Breaks INTERCHANGEABLE_PAID_WITHIN_ONE_UNIT only: equal exact shares, but one unit moves from the second member to the first. */
    static final class TipsTheFirst implements AllocationPolicy {
        @Override
        public String name() {
            return "TIPS_THE_FIRST";
        }

        @Override
        public Shares shares(AllocationRequest request) {
            throw new UnsupportedOperationException("allocate only");
        }

        @Override
        public Allocation allocate(AllocationRequest request) {
            Allocation fair = new EqualAllocation().allocate(request);
            Map<String, Long> paid = new LinkedHashMap<>(fair.paidOut());
            paid.merge(request.members().get(0), 1L, Long::sum);
            paid.merge(request.members().get(1), -1L, Long::sum);
            return allocation(name(), request, fair.exactShares(), paid);
        }
    }

    /** Breaks MONOTONE_IN_CONTRIBUTION: shares in proportion to (largest contribution - contribution + 1). */
    static final class RewardsTheLeast implements AllocationPolicy {
        @Override
        public String name() {
            return "REWARDS_THE_LEAST";
        }

        @Override
        public Shares shares(AllocationRequest request) {
            Fraction max = request.contributions().values().stream().max(Fraction::compareTo).orElseThrow();
            Map<String, Fraction> weights = new LinkedHashMap<>();
            request.members().forEach(m -> weights.put(m, max.subtract(request.contributions().get(m)).add(Fraction.ONE)));
            Fraction total = Fraction.sum(weights.values());
            Map<String, Fraction> exact = new LinkedHashMap<>();
            weights.forEach((m, w) -> exact.put(m, Fraction.of(request.amount().units()).multiply(w).divide(total)));
            return Shares.exact(exact, List.of("The smallest contributor gets most."));
        }
    }

    /** Breaks DETERMINISTIC: every other call, the whole amount goes to the last member instead of being shared equally. */
    static final class Moody implements AllocationPolicy {
        private int calls;

        @Override
        public String name() {
            return "MOODY";
        }

        @Override
        public synchronized Shares shares(AllocationRequest request) {
            calls++;
            Map<String, Fraction> exact = new LinkedHashMap<>(new EqualAllocation().shares(request).exact());
            if (calls % 2 == 0) {
                request.members().forEach(m -> exact.put(m, Fraction.ZERO));
                exact.put(request.members().get(request.members().size() - 1), Fraction.of(request.amount().units()));
            }
            return Shares.exact(exact, List.of("Depends on the mood."));
        }
    }

    /** Breaks NO_NEGATIVE_SHARE_IN_MONOTONE_GAME: the last member pays 100 units into the first member's equal share. */
    static final class ChargesTheLast implements AllocationPolicy {
        @Override
        public String name() {
            return "CHARGES_THE_LAST";
        }

        @Override
        public Shares shares(AllocationRequest request) {
            Map<String, Fraction> exact = new LinkedHashMap<>(new EqualAllocation().shares(request).exact());
            String first = request.members().get(0);
            String last = request.members().get(request.members().size() - 1);
            exact.put(first, exact.get(first).add(exact.get(last)).add(Fraction.of(100)));
            exact.put(last, Fraction.of(-100));
            return Shares.exact(exact, List.of("The last member pays."));
        }
    }
}
