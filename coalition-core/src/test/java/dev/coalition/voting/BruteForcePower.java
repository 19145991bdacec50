package dev.coalition.voting;

import dev.coalition.value.Fraction;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test oracle: power indices by enumerating every coalition and every ordering. Exponential; tests only. */
final class BruteForcePower {

    private BruteForcePower() {
    }

    static Map<String, Fraction> banzhaf(WeightedVotingGame game) {
        List<String> players = game.players();
        int n = players.size();
        long[] w = weights(game);
        long[] swings = new long[n];
        for (int mask = 0; mask < (1 << n); mask++) {
            long sum = sum(w, mask);
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) == 0 && sum < game.quota() && sum + w[i] >= game.quota()) {
                    swings[i]++;
                }
            }
        }
        long total = 0;
        for (long s : swings) {
            total += s;
        }
        Map<String, Fraction> result = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            result.put(players.get(i), Fraction.of(swings[i], total));
        }
        return result;
    }

    static Map<String, Fraction> shapleyShubik(WeightedVotingGame game) {
        List<String> players = game.players();
        int n = players.size();
        long[] w = weights(game);
        long[] pivots = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        long permutations = 0;
        do {
            permutations++;
            long sum = 0;
            for (int p : order) {
                if (sum < game.quota() && sum + w[p] >= game.quota()) {
                    pivots[p]++;
                    break;
                }
                sum += w[p];
            }
        } while (nextPermutation(order));
        Map<String, Fraction> result = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            result.put(players.get(i), Fraction.of(BigInteger.valueOf(pivots[i]), BigInteger.valueOf(permutations)));
        }
        return result;
    }

    private static long[] weights(WeightedVotingGame game) {
        return game.players().stream().mapToLong(p -> game.weights().get(p)).toArray();
    }

    private static long sum(long[] w, int mask) {
        long sum = 0;
        for (int i = 0; i < w.length; i++) {
            if ((mask & (1 << i)) != 0) {
                sum += w[i];
            }
        }
        return sum;
    }

    private static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = a.length - 1;
        while (a[j] <= a[i]) {
            j--;
        }
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return true;
    }
}
