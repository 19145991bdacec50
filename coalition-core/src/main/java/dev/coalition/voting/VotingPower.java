package dev.coalition.voting;

import dev.coalition.value.Fraction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact power indices of a weighted voting game, for all players at once.
 *
 * <ul>
 *   <li><b>Banzhaf</b>: a player's swings (coalitions without it that lose, but win with it);
 *       raw index = swings / 2<sup>n&minus;1</sup>, normalised index = swings / &Sigma; swings.</li>
 *   <li><b>Shapley–Shubik</b>: the share of the n! orderings of the players in which the player
 *       turns a losing coalition into a winning one.</li>
 *   <li><b>Veto players</b> belong to every winning coalition (&Sigma;w &minus; w<sub>i</sub> &lt; quota);
 *       <b>null players</b> never swing (0 in both indices).</li>
 * </ul>
 *
 * <p>Computed by dynamic programming over weight sums below the quota: the counting polynomial of
 * all players is built once and each player is removed by deconvolution
 * (C<sub>&minus;i</sub>[k] = C[k] &minus; C<sub>&minus;i</sub>[k &minus; w<sub>i</sub>]), giving Banzhaf in O(n&middot;q)
 * and Shapley–Shubik, which also counts by coalition size, in O(n<sup>2</sup>&middot;q) BigInteger
 * operations. Immutable.
 */
public final class VotingPower {

    private final WeightedVotingGame game;
    private final Map<String, BigInteger> swings;
    private final Map<String, Fraction> banzhaf;
    private final Map<String, Fraction> banzhafRaw;
    private final Map<String, Fraction> shapleyShubik;
    private final List<String> vetoPlayers;
    private final List<String> nullPlayers;

    private VotingPower(WeightedVotingGame game, Map<String, BigInteger> swings, Map<String, Fraction> banzhaf,
                        Map<String, Fraction> banzhafRaw, Map<String, Fraction> shapleyShubik,
                        List<String> vetoPlayers, List<String> nullPlayers) {
        this.game = game;
        this.swings = swings;
        this.banzhaf = banzhaf;
        this.banzhafRaw = banzhafRaw;
        this.shapleyShubik = shapleyShubik;
        this.vetoPlayers = vetoPlayers;
        this.nullPlayers = nullPlayers;
    }

    /** Computes the indices of a game. */
    public static VotingPower of(WeightedVotingGame game) {
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
            java.util.Arrays.fill(row, BigInteger.ZERO);
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
        List<String> veto = new ArrayList<>();
        List<String> nulls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String player = players.get(i);
            BigInteger s = swings.get(player);
            banzhaf.put(player, Fraction.of(s, totalSwings));
            banzhafRaw.put(player, Fraction.of(s, half));
            if (game.totalWeight() - w[i] < game.quota()) {
                veto.add(player);
            }
            if (s.signum() == 0) {
                nulls.add(player);
            }
        }
        return new VotingPower(game, Collections.unmodifiableMap(swings), Collections.unmodifiableMap(banzhaf),
                Collections.unmodifiableMap(banzhafRaw), Collections.unmodifiableMap(shapleyShubik),
                List.copyOf(veto), List.copyOf(nulls));
    }

    /** The game the indices belong to. */
    public WeightedVotingGame game() {
        return game;
    }

    /** Each player's Banzhaf swings: coalitions without it that lose but win with it. */
    public Map<String, BigInteger> swings() {
        return swings;
    }

    /** The normalised Banzhaf index: swings / total swings; sums to 1. */
    public Map<String, Fraction> banzhaf() {
        return banzhaf;
    }

    /** The raw Banzhaf index: swings / 2<sup>n&minus;1</sup>. */
    public Map<String, Fraction> banzhafRaw() {
        return banzhafRaw;
    }

    /** The Shapley–Shubik index; sums to 1. */
    public Map<String, Fraction> shapleyShubik() {
        return shapleyShubik;
    }

    /** Players in every winning coalition, in player order. */
    public List<String> vetoPlayers() {
        return vetoPlayers;
    }

    /** Players that never swing (no power at all), in player order. */
    public List<String> nullPlayers() {
        return nullPlayers;
    }
}
