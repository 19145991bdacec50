package dev.coalition.value;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fairness laws of value distribution as plain predicates, usable from any property-testing
 * tool (QuickTheories, jqwik, junit-quickcheck, hand-written loops) and against any
 * {@link AllocationPolicy}, including your own. Each method states one law and returns whether
 * it holds for the given inputs.
 */
public final class FairnessLaws {

    private FairnessLaws() {
    }

    // ---- on exact shares ----------------------------------------------------------------------

    /** Efficiency: the exact shares add up to the amount distributed. */
    public static boolean efficient(Allocation allocation) {
        return Fraction.sum(allocation.exactShares().values()).equals(Fraction.of(allocation.amount().units()));
    }

    /**
     * Symmetry: two members the request cannot tell apart get equal exact shares. "Cannot tell
     * apart" means equal contributions and needs and, for a game, interchangeable players
     * (see {@link #interchangeable(CharacteristicFunction, String, String)}).
     */
    public static boolean symmetric(AllocationPolicy policy, AllocationRequest request, String a, String b) {
        if (!interchangeable(request, a, b)) {
            return true;
        }
        Allocation allocation = policy.allocate(request);
        return allocation.exactShares().get(a).equals(allocation.exactShares().get(b));
    }

    /** Null player: a member that adds nothing to any coalition of the game gets an exact share of 0. */
    public static boolean nullPlayerGetsNothing(CharacteristicFunction game, Allocation allocation) {
        for (String player : Shapley.nullPlayers(game)) {
            if (allocation.exactShares().get(player).signum() != 0) {
                return false;
            }
        }
        return true;
    }

    /** Additivity: the Shapley value of the sum of two games is the sum of their Shapley values. */
    public static boolean shapleyAdditive(CharacteristicFunction first, CharacteristicFunction second) {
        if (!first.players().equals(second.players())) {
            throw new IllegalArgumentException("second: the games must have the same players in the same order");
        }
        CharacteristicFunction sum = new CharacteristicFunction() {
            @Override
            public List<String> players() {
                return first.players();
            }

            @Override
            public Fraction value(Set<String> coalition) {
                return first.value(coalition).add(second.value(coalition));
            }
        };
        Map<String, Fraction> a = Shapley.exact(first).values();
        Map<String, Fraction> b = Shapley.exact(second).values();
        Map<String, Fraction> both = Shapley.exact(sum).values();
        return first.players().stream().allMatch(p -> both.get(p).equals(a.get(p).add(b.get(p))));
    }

    /**
     * Monotonicity (PROPORTIONAL promises it): raising one member's contribution, all else equal,
     * never lowers its exact share.
     */
    public static boolean monotoneInContribution(AllocationPolicy policy, AllocationRequest request, String member,
                                                 Fraction increase) {
        if (increase.signum() < 0) {
            throw new IllegalArgumentException("increase: " + increase + " is negative");
        }
        Map<String, Fraction> raised = new LinkedHashMap<>(request.contributions());
        raised.put(member, raised.get(member).add(increase));
        Fraction before = policy.allocate(request).exactShares().get(member);
        Fraction after = policy.allocate(request.withContributions(raised)).exactShares().get(member);
        return after.compareTo(before) >= 0;
    }

    /** No negative share: in a monotone game with v &ge; 0 every exact Shapley share is &ge; 0. */
    public static boolean noNegativeShareInMonotoneGame(CharacteristicFunction game, Allocation allocation) {
        if (!monotoneAndNonNegative(game)) {
            return true;
        }
        return allocation.exactShares().values().stream().allMatch(f -> f.signum() >= 0);
    }

    // ---- on paid-out shares -------------------------------------------------------------------

    /** The paid-out units add up exactly to the amount: no unit lost, none invented. */
    public static boolean paidOutAddsUp(Allocation allocation) {
        return allocation.paidOut().values().stream().mapToLong(Long::longValue).sum() == allocation.amount().units();
    }

    /** Each member is paid within one unit of its exact share (strictly less than one unit away). */
    public static boolean withinOneUnit(Allocation allocation) {
        for (Map.Entry<String, Long> e : allocation.paidOut().entrySet()) {
            Fraction gap = Fraction.of(e.getValue()).subtract(allocation.exactShares().get(e.getKey()));
            if (gap.compareTo(Fraction.ONE) >= 0 || gap.compareTo(Fraction.ONE.negate()) <= 0) {
                return false;
            }
        }
        return true;
    }

    /** Interchangeable members are paid at most one unit apart. */
    public static boolean interchangeablePaidWithinOneUnit(AllocationPolicy policy, AllocationRequest request, String a, String b) {
        if (!interchangeable(request, a, b)) {
            return true;
        }
        Allocation allocation = policy.allocate(request);
        return Math.abs(allocation.paidOut().get(a) - allocation.paidOut().get(b)) <= 1;
    }

    /** Determinism: the same request gives the same allocation. */
    public static boolean deterministic(AllocationPolicy policy, AllocationRequest request) {
        return policy.allocate(request).equals(policy.allocate(request));
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Whether two members have equal contributions and needs and, if there is a game, are interchangeable in it. */
    public static boolean interchangeable(AllocationRequest request, String a, String b) {
        if (!Objects.equals(request.contributions().get(a), request.contributions().get(b))
                || !Objects.equals(request.needs().get(a), request.needs().get(b))) {
            return false;
        }
        return request.game() == null || interchangeable(request.game(), a, b);
    }

    /** Whether two players add the same to every coalition containing neither: v(S &cup; {a}) = v(S &cup; {b}). */
    public static boolean interchangeable(CharacteristicFunction game, String a, String b) {
        List<String> others = game.players().stream().filter(p -> !p.equals(a) && !p.equals(b)).toList();
        if (others.size() > Shapley.MAX_EXACT_PLAYERS) {
            throw new IllegalArgumentException("game: too many players to compare every coalition");
        }
        Set<String> s = new HashSet<>();
        for (long mask = 0; mask < (1L << others.size()); mask++) {
            s.clear();
            for (int i = 0; i < others.size(); i++) {
                if ((mask & (1L << i)) != 0) {
                    s.add(others.get(i));
                }
            }
            Set<String> withA = new HashSet<>(s);
            withA.add(a);
            Set<String> withB = new HashSet<>(s);
            withB.add(b);
            if (!game.value(withA).equals(game.value(withB))) {
                return false;
            }
        }
        return true;
    }

    /** Whether v &ge; 0 and v(S) &le; v(T) whenever S &sube; T (checked by adding one player at a time). */
    public static boolean monotoneAndNonNegative(CharacteristicFunction game) {
        List<String> players = game.players();
        int n = players.size();
        if (n > Shapley.MAX_EXACT_PLAYERS) {
            throw new IllegalArgumentException("game: too many players to check every coalition");
        }
        Fraction[] values = new Fraction[1 << n];
        Set<String> s = new HashSet<>();
        for (int mask = 0; mask < values.length; mask++) {
            s.clear();
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    s.add(players.get(i));
                }
            }
            values[mask] = mask == 0 ? Fraction.ZERO : game.value(Set.copyOf(s));
            if (values[mask].signum() < 0) {
                return false;
            }
        }
        for (int mask = 0; mask < values.length; mask++) {
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) == 0 && values[mask | (1 << i)].compareTo(values[mask]) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

}
