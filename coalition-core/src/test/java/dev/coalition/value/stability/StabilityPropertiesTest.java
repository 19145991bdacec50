package dev.coalition.value.stability;

import static dev.coalition.testing.Examples.examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.coalition.value.Fraction;
import dev.coalition.value.TableGame;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.junit.jupiter.api.Test;

/** What the core, the least core and the nucleolus promise, over random games of 2 to 5 players. */
class StabilityPropertiesTest {

    /** Games of 2..5 players with whole values in -5..20; v(N) above 0 and, mostly, above the players' own values. */
    static Gen<TableGame> games(int minPlayers, int maxPlayers) {
        return games(minPlayers, maxPlayers, false, 30);
    }

    /** As {@link #games(int, int)}, with players a and b always interchangeable or not, and v(N) at most slack above their own values. */
    static Gen<TableGame> games(int minPlayers, int maxPlayers, boolean symmetric, int slack) {
        return SourceDSL.longs().all().map(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            int n = minPlayers + r.nextInt(maxPlayers - minPlayers + 1);
            Fraction[] v = new Fraction[1 << n];
            for (int mask = 1; mask < v.length; mask++) {
                v[mask] = Fraction.of(r.nextInt(26) - 5, 1 + r.nextInt(2));
            }
            int grand = v.length - 1;
            Fraction own = Fraction.ZERO;
            for (int i = 0; i < n; i++) {
                own = own.add(v[1 << i]);
            }
            v[grand] = (own.signum() > 0 ? own : Fraction.ZERO).add(Fraction.of(r.nextInt(4) == 0 ? -2 : 1 + r.nextInt(slack)));
            if (v[grand].signum() <= 0) {
                v[grand] = Fraction.ONE;
            }
            if (symmetric || r.nextBoolean()) { // players 0 and 1 interchangeable
                for (int mask = 0; mask < v.length; mask++) {
                    if ((mask & 1) != 0 && (mask & 2) == 0) {
                        v[(mask & ~1) | 2] = v[mask];
                    }
                }
            }
            return game(n, v);
        });
    }

    static TableGame game(int n, Fraction[] v) {
        List<String> players = List.of("a", "b", "c", "d", "e").subList(0, n);
        Map<Set<String>, Fraction> values = new LinkedHashMap<>();
        for (int mask = 1; mask < v.length; mask++) {
            values.put(Set.copyOf(Coalitions.members(players, mask)), v[mask]);
        }
        return TableGame.of(players, values);
    }

    private static boolean hasImputation(TableGame g) {
        return Nucleolus.omission(g, 12).isEmpty();
    }

    private static Fraction grand(TableGame g) {
        return g.value((1 << g.players().size()) - 1);
    }

    @Test
    void theNucleolusIsAnEfficientImputation() {
        qt().withExamples(examples(150)).forAll(games(2, 5)).assuming(StabilityPropertiesTest::hasImputation).check(g -> {
            Map<String, Fraction> x = Nucleolus.of(g);
            for (int i = 0; i < g.players().size(); i++) {
                if (x.get(g.players().get(i)).compareTo(g.value(1 << i)) < 0) {
                    return false;
                }
            }
            return Fraction.sum(x.values()).equals(grand(g));
        });
    }

    @Test
    void theNucleolusLiesInTheCoreWheneverTheCoreIsNonEmpty() {
        // about 3% of random games have a non-empty core: allow enough attempts that 150 of them are found
        // whatever the seed (QuickTheories gives up after examples x generateAttempts draws)
        qt().withExamples(examples(150)).withGenerateAttempts(200).forAll(games(2, 5))
                .assuming(g -> hasImputation(g) && LeastCore.epsilon(g).orElseThrow().signum() <= 0)
                .check(g -> Core.contains(g, Nucleolus.of(g)));
    }

    @Test
    void interchangeablePlayersGetEqualNucleolusPayoffs() {
        qt().withExamples(examples(150)).forAll(games(2, 5, true, 30)).assuming(StabilityPropertiesTest::hasImputation)
                .check(g -> interchangeable(g, 0, 1) && Nucleolus.of(g).get("a").equals(Nucleolus.of(g).get("b")));
    }

    @Test
    void theLeastCoreEpsilonIsAtMostZeroExactlyWhenAThreePlayerCoreIsNonEmpty() {
        // Bondareva-Shapley for three players: the minimal balanced collections are the singletons, {ij} with {k},
        // and the three pairs with weight 1/2 each
        qt().withExamples(examples(200)).forAll(games(3, 3)).check(g -> {
            Fraction n = grand(g);
            boolean nonEmpty = Fraction.sum(List.of(g.value(1), g.value(2), g.value(4))).compareTo(n) <= 0
                    && g.value(3).add(g.value(4)).compareTo(n) <= 0
                    && g.value(5).add(g.value(2)).compareTo(n) <= 0
                    && g.value(6).add(g.value(1)).compareTo(n) <= 0
                    && Fraction.sum(List.of(g.value(3), g.value(5), g.value(6))).compareTo(n.multiply(Fraction.of(2))) <= 0;
            return (LeastCore.epsilon(g).orElseThrow().signum() <= 0) == nonEmpty;
        });
    }

    @Test
    void aPositiveEpsilonMeansNoDivisionIsInTheCore() {
        qt().withExamples(examples(150)).forAll(games(3, 5, false, 2), SourceDSL.longs().all())
                .assuming((g, seed) -> LeastCore.epsilon(g).orElseThrow().signum() > 0)
                .check((g, seed) -> !Core.contains(g, randomDivision(g, seed)) && (!hasImputation(g) || !Core.contains(g, Nucleolus.of(g))));
    }

    @Test
    void theCoreTestAgreesWithBruteForce() {
        qt().withExamples(examples(200)).forAll(games(2, 5), SourceDSL.longs().all()).check((g, seed) -> {
            Map<String, Fraction> x = randomDivision(g, seed);
            boolean blocked = false;
            for (Set<String> s : subsets(g.players())) {
                Fraction received = Fraction.ZERO;
                for (String p : s) {
                    received = received.add(x.get(p));
                }
                if (s.size() < g.players().size() && g.value(s).compareTo(received) > 0) {
                    blocked = true;
                }
            }
            boolean efficient = Fraction.sum(x.values()).equals(g.value(Set.copyOf(g.players())));
            return Core.contains(g, x) == (efficient && !blocked);
        });
    }

    /** A division of v(N): mostly the nucleolus nudged or not, sometimes random whole shares. */
    private static Map<String, Fraction> randomDivision(TableGame g, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> players = g.players();
        Map<String, Fraction> x = new LinkedHashMap<>();
        if (hasImputation(g) && r.nextBoolean()) {
            x.putAll(Nucleolus.of(g));
            Fraction nudge = Fraction.of(r.nextInt(3), 2);
            x.merge(players.get(0), nudge, Fraction::add);
            x.merge(players.get(1), nudge, Fraction::subtract);
            return x;
        }
        Fraction left = grand(g);
        for (int i = 0; i < players.size() - 1; i++) {
            Fraction share = Fraction.of(r.nextInt(21) - 2);
            x.put(players.get(i), share);
            left = left.subtract(share);
        }
        x.put(players.get(players.size() - 1), r.nextInt(5) == 0 ? left.add(Fraction.ONE) : left);
        return x;
    }

    private static boolean interchangeable(TableGame g, int i, int j) {
        for (int mask = 0; mask < (1 << g.players().size()); mask++) {
            if ((mask & (1 << i)) != 0 && (mask & (1 << j)) == 0
                    && !g.value(mask).equals(g.value((mask & ~(1 << i)) | (1 << j)))) {
                return false;
            }
        }
        return true;
    }

    private static List<Set<String>> subsets(List<String> players) {
        List<Set<String>> all = new java.util.ArrayList<>();
        for (int mask = 1; mask < (1 << players.size()); mask++) {
            Set<String> s = new HashSet<>();
            for (int i = 0; i < players.size(); i++) {
                if ((mask >> i & 1) == 1) {
                    s.add(players.get(i));
                }
            }
            all.add(s);
        }
        return all;
    }
}
