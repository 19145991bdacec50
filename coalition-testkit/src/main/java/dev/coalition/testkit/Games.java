package dev.coalition.testkit;

import dev.coalition.value.Fraction;
import dev.coalition.value.TableGame;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generated cooperative games ({@link TableGame}), valid by construction: integer values, v(N)
 * above 0 (as a distribution needs), of the kind drawn from the shape ({@link GameKind}); with
 * the shape's chances, one player is a null player (adds nothing to any coalition) and two are
 * interchangeable (add the same to every coalition containing neither). Seeded: the same
 * {@link Random} state gives the same game.
 */
public final class Games {

    private Games() {
    }

    /** A game of the default shape ({@link GameShape#defaults()}) on players {@code m00}, {@code m01}, ... */
    public static TableGame random(Random random) {
        return random(random, GameShape.defaults());
    }

    /** A game of the given shape on players {@code m00}, {@code m01}, ... */
    public static TableGame random(Random random, GameShape shape) {
        int n = Shapes.between(random, shape.minPlayers(), shape.maxPlayers());
        List<String> players = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            players.add(Shapes.id(i));
        }
        return random(random, players, shape);
    }

    /**
     * A game of the given shape (its player counts aside) on the given players, e.g. a
     * coalition's members.
     *
     * @throws IllegalArgumentException if there are no players, more than {@value TableGame#MAX_PLAYERS}, or a repeated one
     */
    public static TableGame random(Random random, List<String> players, GameShape shape) {
        return generate(random, players, shape, false);
    }

    /**
     * A game on the given players; with {@code firstTwoInterchangeable}, players 0 and 1 are
     * interchangeable (and neither is the null player) whatever the shape's chance says.
     */
    static TableGame generate(Random random, List<String> players, GameShape shape, boolean firstTwoInterchangeable) {
        if (players.isEmpty() || players.size() > TableGame.MAX_PLAYERS || players.stream().distinct().count() != players.size()) {
            throw new IllegalArgumentException("players: " + players + " must be 1 to " + TableGame.MAX_PLAYERS
                    + " distinct ids (a table game's limit)");
        }
        int n = players.size();
        List<GameKind> kinds = shape.kinds().stream().sorted().toList();
        GameKind kind = kinds.get(random.nextInt(kinds.size()));
        int nullPlayer = -1;
        if (n >= 2 && Shapes.happens(random, shape.nullPlayerChance())) {
            nullPlayer = firstTwoInterchangeable ? (n >= 3 ? Shapes.between(random, 2, n - 1) : -1) : random.nextInt(n);
        }
        List<Integer> core = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i != nullPlayer) {
                core.add(i);
            }
        }
        int k = core.size();
        int a = -1;
        int b = -1;
        if (firstTwoInterchangeable && n >= 2) {
            a = 0; // players 0 and 1 are core players: the null player, if any, is 2 or later
            b = 1;
        } else if (k >= 2 && Shapes.happens(random, shape.interchangeableChance())) {
            a = random.nextInt(k);
            b = (a + 1 + random.nextInt(k - 1)) % k;
        }
        long[] w = switch (kind) {
            case MONOTONE -> monotone(random, k, shape.maxValue(), a, b);
            case SUPERADDITIVE -> superadditive(random, k, shape.maxValue(), a, b);
            case ARBITRARY -> arbitrary(random, k, shape.maxValue(), a, b);
        };
        Map<Set<String>, Fraction> values = new HashMap<>();
        for (int mask = 1; mask < (1 << n); mask++) {
            int coreMask = 0;
            for (int j = 0; j < k; j++) {
                if ((mask & (1 << core.get(j))) != 0) {
                    coreMask |= 1 << j;
                }
            }
            values.put(members(players, mask), Fraction.of(w[coreMask]));
        }
        return TableGame.of(players, values);
    }

    private static long[] monotone(Random random, int k, int maxValue, int a, int b) {
        long[] w = new long[1 << k];
        int step = Math.max(1, maxValue / k);
        for (int mask = 1; mask < w.length; mask++) {
            long best = 0;
            for (int i = 0; i < k; i++) {
                if ((mask & (1 << i)) != 0) {
                    best = Math.max(best, w[mask ^ (1 << i)]);
                }
            }
            w[mask] = best + random.nextInt(step + 1);
        }
        symmetrize(w, a, b); // keeps monotonicity: v(S + b) := v(S + a) for S without both
        if (w[w.length - 1] == 0) {
            w[w.length - 1] = 1;
        }
        return w;
    }

    private static long[] superadditive(Random random, int k, int maxValue, int a, int b) {
        long[] dividend = new long[1 << k];
        int single = Math.max(1, maxValue / k);
        int joint = Math.max(1, maxValue >> k);
        for (int mask = 1; mask < dividend.length; mask++) {
            dividend[mask] = Integer.bitCount(mask) == 1 ? Shapes.between(random, -single / 2, single)
                    : random.nextBoolean() ? 0 : random.nextInt(joint + 1);
        }
        symmetrize(dividend, a, b); // symmetric dividends give a symmetric game
        long[] w = dividend.clone();
        for (int i = 0; i < k; i++) { // v(S) = sum of the dividends of S's subsets
            for (int mask = 0; mask < w.length; mask++) {
                if ((mask & (1 << i)) != 0) {
                    w[mask] += w[mask ^ (1 << i)];
                }
            }
        }
        int full = w.length - 1;
        if (w[full] <= 0) {
            w[full] = 1; // raises the dividend of N alone, which keeps the game superadditive
        }
        return w;
    }

    private static long[] arbitrary(Random random, int k, int maxValue, int a, int b) {
        long[] w = new long[1 << k];
        for (int mask = 1; mask < w.length; mask++) {
            w[mask] = Shapes.between(random, -maxValue / 5, maxValue);
        }
        symmetrize(w, a, b);
        int full = w.length - 1;
        if (w[full] <= 0) {
            w[full] = 1 - w[full];
        }
        return w;
    }

    /** Makes players a and b interchangeable: the entry of S + b becomes that of S + a for every S without both. */
    private static void symmetrize(long[] byMask, int a, int b) {
        if (a < 0) {
            return;
        }
        for (int mask = 0; mask < byMask.length; mask++) {
            if ((mask & (1 << a)) != 0 && (mask & (1 << b)) == 0) {
                byMask[(mask & ~(1 << a)) | (1 << b)] = byMask[mask];
            }
        }
    }

    private static Set<String> members(List<String> players, int mask) {
        Set<String> s = new HashSet<>();
        for (int i = 0; i < players.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                s.add(players.get(i));
            }
        }
        return s;
    }

    /** A game written out, e.g. {@code {m00=3 m01=0 m00m01=7}}, for counterexamples. */
    public static String describe(TableGame game) {
        List<String> values = new ArrayList<>();
        for (int mask = 1; mask < (1 << game.players().size()); mask++) {
            List<String> in = new ArrayList<>();
            for (int i = 0; i < game.players().size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    in.add(game.players().get(i));
                }
            }
            values.add(String.join("+", in) + "=" + game.value(mask));
        }
        return "{" + String.join(" ", values) + "}";
    }
}
