package dev.coalition.voting;

import dev.coalition.value.Fraction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <h2>Method</h2>
 *
 * <p><b>Counting.</b> Players of weight 0 are set aside: they never swing, each doubles every other
 * player's swings, and they leave the others' Shapley–Shubik index unchanged (null players). For the
 * m others, C[s][k] is the number of coalitions of s players with weight sum k, for k &lt; q (the
 * quota) and s &le; L, L being the most players whose weights stay below the quota together (the L
 * smallest weights; larger coalitions always win). C is built by adding the players one at a time,
 * heaviest first (C[s+1][k+w<sub>j</sub>] += C[s][k], skipping the cells below the lightest coalition of
 * each size), and each row is then turned into prefix sums over k.
 *
 * <p><b>Swings without building C<sub>&minus;i</sub>.</b> Removing player i is the deconvolution
 * C<sub>&minus;i</sub>[s][k] = C[s][k] &minus; C<sub>&minus;i</sub>[s&minus;1][k&minus;w<sub>i</sub>], which unrolls to
 * C<sub>&minus;i</sub>[s][k] = &Sigma;<sub>t&ge;0</sub> (&minus;1)<sup>t</sup> C[s&minus;t][k&minus;t&middot;w<sub>i</sub>]. Player i's swings
 * of size s are the coalitions without i of s players weighing q&minus;w<sub>i</sub> to q&minus;1; summed over
 * that window, each term of the alternating sum is the difference of two prefix sums, so they take
 * at most min(s+1, &lceil;q/w<sub>i</sub>&rceil;) subtractions, and no per-player table is built at all.
 * Banzhaf swings are the sum over all sizes; Shapley–Shubik weighs the swings of size s by
 * s!(m&minus;1&minus;s)! and divides by m!.
 *
 * <p><b>Residues.</b> The counts reach 2<sup>m&minus;1</sup>, so the table is a flat {@code long[]} (row-major,
 * L+1 rows of q+1 prefix cells) counted modulo a prime p just below 2<sup>62</sup>: the DP and the
 * deconvolution need only additions and subtractions, and a sum of two residues stays below
 * 2<sup>63</sup>, so one conditional subtraction of p reduces it (no multiplication, no BigInteger in
 * any loop over the table). The count and the swings are repeated for as many such primes as it
 * takes for their product to exceed every number to rebuild, the swings being at most
 * &Sigma;<sub>s&le;L</sub> C(m&minus;1, s) &le; 2<sup>m&minus;1</sup>: one prime up to about 60 players, two up to
 * about 120, one more for each further 61 bits. The table is reused from prime to prime; what is
 * kept of each is every player's swings of each size, as residues.
 *
 * <p><b>Chinese remainder theorem.</b> Each player's total swings, and its swings of each size, are
 * then rebuilt exactly from their residues, in Garner's mixed-radix form with the digits found in
 * long arithmetic (Montgomery multiplication) and only the result a BigInteger: a few BigInteger
 * operations per player and size, none per table cell. The Shapley–Shubik weights s!(m&minus;1&minus;s)!
 * of the sizes that occur share a factorial factor, divided out of them and of m! beforehand.
 *
 * <p><b>Cost</b>, with r primes: r&middot;O(m&middot;L&middot;q) modular additions for the tables (L &le; m&minus;1),
 * r&middot;O(m&middot;L&middot;min(L, q/w)) for the swings, and O(m&middot;L) rebuilt numbers and BigInteger products
 * plus the exact fractions. The benchmark game (100 players, weights summing to 10,000, quota
 * 5,001: L = 69, r = 2) takes some 10.6 million additions per prime. <b>Memory</b>: one table of
 * (L+1)&times;(q+1) longs, at most 8 bytes per cell of the (n+1)&times;q table that
 * {@link WeightedVotingGame#MAX_TABLE_CELLS} limits (2.8 MB for the benchmark game, at most 160 MB),
 * plus r&middot;m&middot;(L+1) residues. Immutable.
 */
public final class VotingPower {

    /**
     * Primes just below 2<sup>62</sup>, largest first: 2<sup>62</sup> minus 57, 87, 117, 143, 153, 167, 171
     * and 195 (checked by a deterministic Miller–Rabin test in the tests). Eight are enough for games
     * of up to about 480 players; {@link #primes} finds more when a game needs them.
     */
    private static final long[] KNOWN_PRIMES = {
        (1L << 62) - 57, (1L << 62) - 87, (1L << 62) - 117, (1L << 62) - 143,
        (1L << 62) - 153, (1L << 62) - 167, (1L << 62) - 171, (1L << 62) - 195,
    };

    /** Miller–Rabin bases that decide primality for every number below 3.3&middot;10<sup>24</sup>, so every long. */
    private static final int[] WITNESSES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};

    /** KNOWN_PRIMES and any found after them; only grows. */
    private static long[] primeCache = KNOWN_PRIMES;

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
        int q = Math.toIntExact(game.quota());
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            w[i] = game.weights().get(players.get(i));
        }
        // Players of weight 0 never swing, and leave the others' Shapley–Shubik index as it is (a null
        // player's); each doubles the others' Banzhaf swings. Count without them: m players, weights v.
        int m = 0;
        for (long x : w) {
            m += x > 0 ? 1 : 0;
        }
        int zeros = n - m;
        long[] v = new long[m];
        for (int i = 0, c = 0; i < n; i++) {
            if (w[i] > 0) {
                v[c++] = w[i];
            }
        }
        int rows = maxLosingSize(v, q) + 1;

        // every number rebuilt below counts coalitions of at most rows - 1 of the other m - 1 players
        BigInteger bound = BigInteger.ZERO;
        BigInteger binomial = BigInteger.ONE; // C(m-1, s)
        for (int s = 0; s < rows; s++) {
            bound = bound.add(binomial);
            binomial = binomial.multiply(BigInteger.valueOf(m - 1 - s)).divide(BigInteger.valueOf(s + 1));
        }
        long[] primes = primesAbove(bound);
        int r = primes.length;

        // per prime: the table (reused), and each player's swings by size [c * rows + s] and in all [c]
        long[] table = new long[Math.multiplyExact(rows, q + 1)];
        long[][] bySize = new long[r][Math.multiplyExact(m, rows)];
        long[][] total = new long[r][m];
        int[] lowest = new int[rows];
        int[] below = heaviestFirstBelow(v, q);
        for (int j = 0; j < r; j++) {
            if (j > 0) {
                Arrays.fill(table, 0L);
            }
            countBelowQuota(table, lowest, below, q, rows, primes[j]);
            swings(table, q, rows, v, primes[j], bySize[j], total[j]);
        }

        // Shapley–Shubik: i is pivotal in s!(m-1-s)! of the m! orderings for each coalition of s others
        // that it turns from losing to winning. Those have `fewest` to rows - 1 players, so all these
        // weights have the factor fewest!(m-rows)!: it is divided out of them and of m! beforehand.
        int fewest = rows;
        for (long[] residuesBySize : bySize) {
            for (int c = 0; c < m; c++) {
                for (int s = 0; s < fewest; s++) {
                    if (residuesBySize[c * rows + s] != 0) {
                        fewest = s;
                    }
                }
            }
        }
        BigInteger[] orderings = new BigInteger[rows]; // s!(m-1-s)! / (fewest!(m-rows)!), fewest <= s < rows
        BigInteger up = BigInteger.ONE; // s!/fewest!
        for (int s = fewest; s < rows; s++) {
            if (s > fewest) {
                up = up.multiply(BigInteger.valueOf(s));
            }
            orderings[s] = up;
        }
        BigInteger down = BigInteger.ONE; // (m-1-s)!/(m-rows)!
        for (int s = rows - 1; s >= fewest; s--) {
            orderings[s] = orderings[s].multiply(down);
            down = down.multiply(BigInteger.valueOf(m - s));
        }
        BigInteger allOrderings = down; // m!/(fewest!(m-rows)!) = C(m, fewest) (m-fewest)!/(m-rows)!
        for (int k = 0; k < fewest; k++) {
            allOrderings = allOrderings.multiply(BigInteger.valueOf(m - k)).divide(BigInteger.valueOf(k + 1));
        }

        Remainders crt = new Remainders(primes);
        long[] residues = new long[r];
        Map<String, BigInteger> swings = new LinkedHashMap<>();
        Map<String, Fraction> shapleyShubik = new LinkedHashMap<>();
        BigInteger totalSwings = BigInteger.ZERO;
        for (int i = 0, c = 0; i < n; i++) {
            String player = players.get(i);
            if (w[i] == 0) {
                swings.put(player, BigInteger.ZERO);
                shapleyShubik.put(player, Fraction.ZERO);
                continue;
            }
            for (int j = 0; j < r; j++) {
                residues[j] = total[j][c];
            }
            BigInteger swing = crt.value(residues);
            swings.put(player, swing.shiftLeft(zeros));
            totalSwings = totalSwings.add(swing);
            BigInteger pivotal = BigInteger.ZERO; // orderings in which i is pivotal, over fewest!(m-rows)!
            for (int s = fewest; s < rows && swing.signum() != 0; s++) {
                for (int j = 0; j < r; j++) {
                    residues[j] = bySize[j][c * rows + s];
                }
                BigInteger atSize = crt.value(residues);
                if (atSize.signum() != 0) {
                    pivotal = pivotal.add(atSize.multiply(orderings[s]));
                }
            }
            shapleyShubik.put(player, pivotal.signum() == 0 ? Fraction.ZERO : Fraction.of(pivotal, allOrderings));
            c++;
        }

        BigInteger half = BigInteger.TWO.pow(n - 1);
        Map<String, Fraction> banzhaf = new LinkedHashMap<>();
        Map<String, Fraction> banzhafRaw = new LinkedHashMap<>();
        List<String> veto = new ArrayList<>();
        List<String> nulls = new ArrayList<>();
        totalSwings = totalSwings.shiftLeft(zeros);
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

    /** The most players whose weights can add up to less than q: the smallest weights, as many as fit. */
    private static int maxLosingSize(long[] w, int q) {
        long[] sorted = w.clone();
        Arrays.sort(sorted);
        long sum = 0;
        int size = 0;
        while (size < sorted.length && sum + sorted[size] < q) {
            sum += sorted[size];
            size++;
        }
        return size;
    }

    /**
     * The weights below q, heaviest first: players at or above the quota never take part in a
     * coalition below it, and adding the heavy players first keeps the low, empty, part of each
     * row (skipped by {@link #countBelowQuota}) large for longest.
     */
    private static int[] heaviestFirstBelow(long[] w, int q) {
        long[] sorted = w.clone();
        Arrays.sort(sorted);
        int count = 0;
        while (count < sorted.length && sorted[count] < q) {
            count++;
        }
        int[] below = new int[count];
        for (int j = 0; j < count; j++) {
            below[j] = (int) sorted[count - 1 - j];
        }
        return below;
    }

    /**
     * Fills {@code table} (zeros on entry) with the prefix sums of the counting polynomial modulo p:
     * cell [s &times; (q+1) + x] = number of coalitions of s players weighing less than x, for x = 0..q.
     * While counting, cell [s &times; (q+1) + k + 1] holds the coalitions of s players weighing exactly k.
     *
     * @param lowest scratch, one per row: the least weight of a coalition of that size counted so far
     *               (q when there is none yet); the cells below it are zero and skipped
     */
    private static void countBelowQuota(long[] table, int[] lowest, int[] weights, int q, int rows, long p) {
        int stride = q + 1;
        Arrays.fill(lowest, q);
        lowest[0] = 0;
        table[1] = 1; // the empty coalition
        int added = 0;
        for (int wj : weights) {
            added++;
            // row s + 1 gains row s shifted by wj; from the largest size down so that row s is still without j
            for (int s = Math.min(added - 1, rows - 2); s >= 0; s--) {
                int start = lowest[s];
                int end = q - wj; // k + wj < q
                if (start >= end) {
                    continue;
                }
                addShifted(table, s * stride + 1 + start, (s + 1) * stride + 1 + wj + start, end - start, p);
                lowest[s + 1] = Math.min(lowest[s + 1], start + wj);
            }
        }
        for (int s = 0; s < rows; s++) {
            prefixSums(table, s * stride + lowest[s] + 1, q - lowest[s], p);
        }
    }

    /**
     * table[to + k] += table[from + k] modulo p, for k from 0 to length &minus; 1: the innermost loop of
     * the counting. A method of its own so that the JIT compiles it early, as a small method called
     * thousands of times, and keeps it compiled: left inside the loops around it, it was compiled on
     * stack replacement and thrown away again as their branches changed, which slowed the first call.
     */
    private static void addShifted(long[] table, int from, int to, int length, long p) {
        for (int k = 0; k < length; k++) {
            long x = table[to + k] + table[from + k] - p; // both below p < 2^62: no overflow
            table[to + k] = x + ((x >> 63) & p);          // + p back if it went below 0
        }
    }

    /** table[start + x] += table[start + x &minus; 1] modulo p, for x from 0 to length &minus; 1, in order. */
    private static void prefixSums(long[] table, int start, int length, long p) {
        for (int x = start; x < start + length; x++) {
            long y = table[x] + table[x - 1] - p;
            table[x] = y + ((y >> 63) & p);
        }
    }

    /**
     * Each player's swings modulo p by coalition size, into {@code bySize[i &times; rows + s]}, and of all
     * sizes, into {@code total[i]}, from the prefix table of {@link #countBelowQuota}. The coalitions
     * without i of s players weighing q &minus; w<sub>i</sub> to q &minus; 1 number, by the unrolled deconvolution,
     * &Sigma;<sub>t&ge;0</sub> (&minus;1)<sup>t</sup> &times; (coalitions of s &minus; t players weighing
     * q &minus; (t+1)&middot;w<sub>i</sub> to q &minus; 1 &minus; t&middot;w<sub>i</sub>); each term is a difference of two prefix sums.
     * A weight above q acts as q. All weights are positive.
     */
    private static void swings(long[] table, int q, int rows, long[] w, long p, long[] bySize, long[] total) {
        int stride = q + 1;
        for (int i = 0; i < w.length; i++) {
            int wi = (int) Math.min(w[i], q);
            int offset = i * rows;
            long all = 0;
            for (int s = 0; s < rows; s++) {
                long sum = swingsAtSize(table, stride, s, q, wi, p);
                bySize[offset + s] = sum;
                long y = all + sum - p;
                all = y + ((y >> 63) & p);
            }
            total[i] = all;
        }
    }

    /**
     * The coalitions of s players, without one of weight wi, weighing q &minus; wi to q &minus; 1, modulo p:
     * &Sigma;<sub>t&ge;0</sub> (&minus;1)<sup>t</sup> (P[s&minus;t][q &minus; t&middot;wi] &minus; P[s&minus;t][q &minus; (t+1)&middot;wi]),
     * P the prefix sums, an index below 0 read as 0 and the terms stopping at t = s or when q &minus; t&middot;wi &le; 0.
     */
    private static long swingsAtSize(long[] table, int stride, int s, int q, int wi, long p) {
        long sum = 0;
        int high = q;
        int base = s * stride;
        for (int t = 0; t <= s && high > 0; t++) {
            long term = table[base + high] - table[base + Math.max(high - wi, 0)];
            term += (term >> 63) & p;
            long x = (t & 1) == 0 ? sum + term - p : sum - term; // in (-p, p)
            sum = x + ((x >> 63) & p);
            high -= wi;
            base -= stride;
        }
        return sum;
    }

    /**
     * The fewest primes of {@link #primes} whose product exceeds {@code bound}, so that every number
     * from 0 to bound is told apart by its residues.
     */
    private static long[] primesAbove(BigInteger bound) {
        int count = 1;
        // each prime is above 2^61, so count primes exceed 2^(61 count)
        while (61L * count <= bound.bitLength()) {
            count++;
        }
        return primes(count);
    }

    /** The {@code count} largest primes below 2<sup>62</sup>, largest first. */
    static synchronized long[] primes(int count) {
        if (count > primeCache.length) {
            long[] more = Arrays.copyOf(primeCache, count);
            long candidate = primeCache[primeCache.length - 1];
            for (int found = primeCache.length; found < count; found++) {
                do {
                    candidate -= 2;
                } while (!isPrime(candidate));
                more[found] = candidate;
            }
            primeCache = more;
        }
        return Arrays.copyOf(primeCache, count);
    }

    /** Deterministic Miller–Rabin for an odd number above 37. */
    static boolean isPrime(long odd) {
        BigInteger m = BigInteger.valueOf(odd);
        BigInteger minusOne = m.subtract(BigInteger.ONE);
        int twos = minusOne.getLowestSetBit();
        BigInteger d = minusOne.shiftRight(twos);
        for (int a : WITNESSES) {
            if (odd % a == 0) {
                return false;
            }
            BigInteger x = BigInteger.valueOf(a).modPow(d, m);
            boolean composite = !x.equals(BigInteger.ONE) && !x.equals(minusOne);
            for (int i = 1; i < twos && composite; i++) {
                x = x.multiply(x).mod(m);
                composite = !x.equals(minusOne);
            }
            if (composite) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rebuilds a number below the product of the primes from its residues, by the Chinese remainder
     * theorem in Garner's mixed-radix form: x = v<sub>0</sub> + p<sub>0</sub>(v<sub>1</sub> + p<sub>1</sub>(v<sub>2</sub> + ...)),
     * 0 &le; v<sub>j</sub> &lt; p<sub>j</sub>, where v<sub>j</sub> = (r<sub>j</sub> &minus; v<sub>0</sub> &minus; p<sub>0</sub>v<sub>1</sub> &minus; ...)
     * / (p<sub>0</sub>&middot;&middot;&middot;p<sub>j&minus;1</sub>) mod p<sub>j</sub>. The digits are found in long arithmetic (Montgomery
     * multiplication modulo each prime); only the number itself is a BigInteger. Not thread-safe (scratch digits).
     */
    static final class Remainders {

        private final long[] primes;
        /** Per prime p: &minus;p<sup>&minus;1</sup> mod 2<sup>64</sup>, for Montgomery reduction. */
        private final long[] negatedInverse;
        /** [j][l], l &lt; j: p<sub>l</sub><sup>&minus;1</sup> &middot; 2<sup>64</sup> mod p<sub>j</sub>, so that a Montgomery product by it divides by p<sub>l</sub>. */
        private final long[][] divide;
        private final long[] digits;

        Remainders(long[] primes) {
            int r = primes.length;
            this.primes = primes;
            negatedInverse = new long[r];
            divide = new long[r][];
            digits = new long[r];
            for (int j = 0; j < r; j++) {
                long p = primes[j];
                long inverse = p; // right to 3 bits (p * p = 1 mod 8); each Newton step doubles that
                for (int step = 0; step < 5; step++) {
                    inverse *= 2 - p * inverse;
                }
                negatedInverse[j] = -inverse;
                BigInteger bigP = BigInteger.valueOf(p);
                divide[j] = new long[j];
                for (int l = 0; l < j; l++) {
                    divide[j][l] = BigInteger.valueOf(primes[l]).modInverse(bigP).shiftLeft(64).mod(bigP).longValueExact();
                }
            }
        }

        /** a &middot; b &middot; 2<sup>&minus;64</sup> mod p, for 0 &le; a, b &lt; p &lt; 2<sup>62</sup> and p odd. */
        static long montgomeryProduct(long a, long b, long p, long negatedInverse) {
            long high = Math.multiplyHigh(a, b); // a * b < 2^124: exact as a signed 128-bit product
            long low = a * b;
            long m = low * negatedInverse; // a*b + m*p = 0 mod 2^64
            long mpHigh = Math.multiplyHigh(m, p) + ((m >> 63) & p); // high half of m * p, m read unsigned
            long t = high + mpHigh + (low != 0 ? 1 : 0); // (a*b + m*p) / 2^64 < 2p: the low halves carry unless both are 0
            return t >= p ? t - p : t;
        }

        /** The number from 0 to (product of the primes) &minus; 1 with these residues. */
        BigInteger value(long[] residues) {
            int r = primes.length;
            boolean zero = true;
            for (int j = 0; j < r; j++) {
                long p = primes[j];
                long x = residues[j];
                zero &= x == 0;
                for (int l = 0; l < j; l++) {
                    long d = x - digits[l] % p;
                    d += (d >> 63) & p;
                    x = montgomeryProduct(d, divide[j][l], p, negatedInverse[j]);
                }
                digits[j] = x;
            }
            if (zero) {
                return BigInteger.ZERO;
            }
            if (r == 1) {
                return BigInteger.valueOf(digits[0]);
            }
            // the two lowest digits in 128 bits: v0 + p0 * v1 < 2^124
            long high = Math.multiplyHigh(primes[0], digits[1]);
            long low = primes[0] * digits[1];
            long sum = low + digits[0];
            if (Long.compareUnsigned(sum, low) < 0) {
                high++;
            }
            BigInteger lowDigits = unsigned128(high, sum);
            if (r == 2) {
                return lowDigits;
            }
            BigInteger rest = BigInteger.valueOf(digits[r - 1]);
            for (int j = r - 2; j >= 2; j--) {
                rest = rest.multiply(BigInteger.valueOf(primes[j])).add(BigInteger.valueOf(digits[j]));
            }
            return rest.multiply(BigInteger.valueOf(primes[0]).multiply(BigInteger.valueOf(primes[1]))).add(lowDigits);
        }

        private static BigInteger unsigned128(long high, long low) {
            if (high == 0 && low >= 0) {
                return BigInteger.valueOf(low);
            }
            byte[] bytes = new byte[16];
            for (int b = 0; b < 8; b++) {
                bytes[7 - b] = (byte) (high >>> (8 * b));
                bytes[15 - b] = (byte) (low >>> (8 * b));
            }
            return new BigInteger(1, bytes);
        }
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

    /** Two results are equal when they are of equal games: the indices are exact and follow from the game. */
    @Override
    public boolean equals(Object other) {
        return other instanceof VotingPower power && game.equals(power.game);
    }

    @Override
    public int hashCode() {
        return game.hashCode();
    }

    /** The game and both indices, e.g. {@code VotingPower[3; {a=2, b=1}] banzhaf {a=1/1, b=0/1} ...}. */
    @Override
    public String toString() {
        return "VotingPower" + game + " banzhaf " + banzhaf + " shapleyShubik " + shapleyShubik;
    }
}
