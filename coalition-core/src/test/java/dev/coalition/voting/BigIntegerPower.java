package dev.coalition.voting;

import dev.coalition.value.Fraction;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test reference: the counting of {@link VotingPower} as it was before it counted modulo primes,
 * with a BigInteger in every cell of the (n+1)&times;q table and the per-player deconvolution
 * C<sub>&minus;i</sub>[s][k] = C[s][k] &minus; C<sub>&minus;i</sub>[s&minus;1][k &minus; w<sub>i</sub>]
 * done cell by cell. Slow and memory-hungry, but exact for any count: it checks the residue and
 * Chinese-remainder arithmetic of the production code where counts exceed 2<sup>64</sup>.
 */
final class BigIntegerPower {

    /** Each player's Banzhaf swings, in player order. */
    final Map<String, BigInteger> swings;
    /** The normalised Banzhaf index. */
    final Map<String, Fraction> banzhaf;
    /** The raw Banzhaf index. */
    final Map<String, Fraction> banzhafRaw;
    /** The Shapley–Shubik index. */
    final Map<String, Fraction> shapleyShubik;

    private BigIntegerPower(Map<String, BigInteger> swings, Map<String, Fraction> banzhaf,
                            Map<String, Fraction> banzhafRaw, Map<String, Fraction> shapleyShubik) {
        this.swings = swings;
        this.banzhaf = banzhaf;
        this.banzhafRaw = banzhafRaw;
        this.shapleyShubik = shapleyShubik;
    }

    static BigIntegerPower of(WeightedVotingGame game) {
        List<String> players = game.players();
        int n = players.size();
        int q = (int) game.quota();
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            w[i] = game.weights().get(players.get(i));
        }

        // counts[s][k]: coalitions of s players with weight sum k, for k < q
        BigInteger[][] counts = new BigInteger[n + 1][q];
        for (BigInteger[] row : counts) {
            Arrays.fill(row, BigInteger.ZERO);
        }
        counts[0][0] = BigInteger.ONE;
        for (int j = 0; j < n; j++) {
            if (w[j] >= q) {
                continue; // any coalition with this player reaches the quota: nothing below q
            }
            int wj = (int) w[j];
            for (int s = j; s >= 0; s--) {
                BigInteger[] from = counts[s];
                BigInteger[] to = counts[s + 1];
                for (int k = q - 1 - wj; k >= 0; k--) {
                    if (from[k].signum() != 0) {
                        to[k + wj] = to[k + wj].add(from[k]);
                    }
                }
            }
        }
        // by weight only, for Banzhaf
        BigInteger[] bySum = new BigInteger[q];
        for (int k = 0; k < q; k++) {
            BigInteger total = BigInteger.ZERO;
            for (int s = 0; s <= n; s++) {
                total = total.add(counts[s][k]);
            }
            bySum[k] = total;
        }

        BigInteger[] factorial = new BigInteger[n + 1];
        factorial[0] = BigInteger.ONE;
        for (int i = 1; i <= n; i++) {
            factorial[i] = factorial[i - 1].multiply(BigInteger.valueOf(i));
        }

        Map<String, BigInteger> swings = new LinkedHashMap<>();
        Map<String, Fraction> shapleyShubik = new LinkedHashMap<>();
        BigInteger[][] without = new BigInteger[n][q];
        BigInteger[] withoutBySum = new BigInteger[q];
        for (int i = 0; i < n; i++) {
            String player = players.get(i);
            if (w[i] == 0) {
                swings.put(player, BigInteger.ZERO);
                shapleyShubik.put(player, Fraction.ZERO);
                continue;
            }
            int wi = (int) Math.min(w[i], q);
            int from = Math.max(0, q - wi);
            // Banzhaf: coalitions without i by weight sum
            BigInteger swing = BigInteger.ZERO;
            for (int k = 0; k < q; k++) {
                withoutBySum[k] = w[i] >= q ? bySum[k] : (k >= wi ? bySum[k].subtract(withoutBySum[k - wi]) : bySum[k]);
                if (k >= from) {
                    swing = swing.add(withoutBySum[k]);
                }
            }
            swings.put(player, swing);
            // Shapley–Shubik: coalitions without i by size and weight sum
            BigInteger pivotal = BigInteger.ZERO; // sum over s of s!(n-1-s)! * (coalitions of size s that i makes win)
            for (int s = 0; s < n; s++) {
                BigInteger atSize = BigInteger.ZERO;
                for (int k = 0; k < q; k++) {
                    BigInteger c = counts[s][k];
                    if (w[i] < q && s > 0 && k >= wi) {
                        c = c.subtract(without[s - 1][k - wi]);
                    }
                    without[s][k] = c;
                    if (k >= from) {
                        atSize = atSize.add(c);
                    }
                }
                if (atSize.signum() != 0) {
                    pivotal = pivotal.add(atSize.multiply(factorial[s]).multiply(factorial[n - 1 - s]));
                }
            }
            shapleyShubik.put(player, Fraction.of(pivotal, factorial[n]));
        }

        BigInteger totalSwings = swings.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger half = BigInteger.TWO.pow(n - 1);
        Map<String, Fraction> banzhaf = new LinkedHashMap<>();
        Map<String, Fraction> banzhafRaw = new LinkedHashMap<>();
        for (String player : players) {
            BigInteger s = swings.get(player);
            banzhaf.put(player, Fraction.of(s, totalSwings));
            banzhafRaw.put(player, Fraction.of(s, half));
        }
        return new BigIntegerPower(swings, banzhaf, banzhafRaw, shapleyShubik);
    }
}
