package dev.coalition.value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Generators of allocation requests and cooperative games for the fairness-law properties. */
final class ValueGenerators {

    private ValueGenerators() {
    }

    static List<String> ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("m" + (char) ('a' + i));
        }
        return ids;
    }

    /** Requests with 1..8 members, a money or credit amount, contributions (not all zero), needs and a need weight. */
    static Gen<AllocationRequest> requests() {
        return SourceDSL.longs().between(0, Long.MAX_VALUE).map(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            int n = 1 + r.nextInt(8);
            List<String> members = ids(n);
            Units amount = r.nextBoolean() ? Money.parse(r.nextInt(1_000_000) + "." + String.format("%02d", r.nextInt(100)), "EUR")
                    : new Credits(r.nextInt(10_000));
            Map<String, Fraction> contributions = new LinkedHashMap<>();
            Map<String, Fraction> needs = new LinkedHashMap<>();
            for (String m : members) {
                contributions.put(m, Fraction.of(r.nextInt(6) == 0 ? 0 : r.nextInt(100), 1 + r.nextInt(3)));
                needs.put(m, Fraction.of(r.nextInt(6) == 0 ? 0 : r.nextInt(100)));
            }
            if (r.nextInt(3) == 0 && n >= 2) { // make the first two members interchangeable
                contributions.put(members.get(1), contributions.get(members.get(0)));
                needs.put(members.get(1), needs.get(members.get(0)));
            }
            if (contributions.values().stream().allMatch(f -> f.signum() == 0)) {
                members.forEach(m -> contributions.put(m, Fraction.ONE));
            }
            if (needs.values().stream().allMatch(f -> f.signum() == 0)) {
                members.forEach(m -> needs.put(m, Fraction.ONE));
            }
            return AllocationRequest.of(members, amount).withContributions(contributions)
                    .withNeeds(needs, Fraction.of(r.nextInt(11), 10));
        });
    }

    /** Any game on 1..6 players with integer values in -20..100 (not necessarily monotone) and v(N) above 0. */
    static Gen<TableGame> games() {
        return SourceDSL.longs().between(0, Long.MAX_VALUE).map(seed -> game(new SplittableRandom(seed), false));
    }

    /** Monotone games with v >= 0 on 1..6 players. */
    static Gen<TableGame> monotoneGames() {
        return SourceDSL.longs().between(0, Long.MAX_VALUE).map(seed -> game(new SplittableRandom(seed), true));
    }

    static TableGame game(SplittableRandom r, boolean monotone) {
        int n = 1 + r.nextInt(6);
        List<String> players = ids(n);
        int[] v = new int[1 << n];
        for (int mask = 1; mask < v.length; mask++) {
            if (monotone) {
                int best = 0;
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        best = Math.max(best, v[mask ^ (1 << i)]);
                    }
                }
                v[mask] = best + r.nextInt(11);
            } else {
                v[mask] = r.nextInt(121) - 20;
            }
        }
        if (v[v.length - 1] <= 0) {
            v[v.length - 1] = 1 - v[v.length - 1]; // keep v(N) above 0 so shares of an amount are defined
        }
        return table(players, v);
    }

    /** The game with players 0 and 1 made interchangeable: v(S + 1) := v(S + 0) for S without both; v(N) above 0. */
    static TableGame symmetrize(TableGame g) {
        int[] v = values(g);
        for (int mask = 0; mask < v.length; mask++) {
            if ((mask & 1) != 0 && (mask & 2) == 0) {
                v[(mask & ~1) | 2] = v[mask];
            }
        }
        if (v[v.length - 1] <= 0) {
            v[v.length - 1] = 1 - v[v.length - 1]; // v(N) above 0, as a division needs
        }
        return table(g.players(), v);
    }

    static TableGame table(List<String> players, int[] v) {
        Map<Set<String>, Fraction> values = new HashMap<>();
        for (int mask = 1; mask < v.length; mask++) {
            values.put(members(players, mask), Fraction.of(v[mask]));
        }
        return TableGame.of(players, values);
    }

    static Set<String> members(List<String> players, int mask) {
        Set<String> s = new java.util.HashSet<>();
        for (int i = 0; i < players.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                s.add(players.get(i));
            }
        }
        return s;
    }

    /** The game's values as an array by mask. */
    static int[] values(TableGame game) {
        int[] v = new int[1 << game.players().size()];
        for (int mask = 1; mask < v.length; mask++) {
            v[mask] = game.value(mask).numerator().intValueExact();
        }
        return v;
    }
}
