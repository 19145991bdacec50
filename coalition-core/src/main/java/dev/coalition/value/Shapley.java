package dev.coalition.value;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Shapley values of cooperative games: exact by enumerating coalitions, or estimated by sampling
 * orderings of the players.
 *
 * <p>Exact: &phi;<sub>i</sub> = &Sigma;<sub>S &not;&ni; i</sub> |S|!(n&minus;|S|&minus;1)!/n! &middot; (v(S &cup; {i}) &minus; v(S)),
 * computed over all 2<sup>n</sup> coalitions with the values brought to a common denominator and
 * the marginal contributions summed by coalition size, in exact integer arithmetic.
 *
 * <p>Sampled: the average marginal contribution of each player over m random orderings, all
 * players from the same orderings; the estimates add up exactly to v(N), because the marginal
 * contributions along every ordering do.
 */
public final class Shapley {

    /** The most players {@link #exact} accepts (2<sup>n</sup> coalitions are evaluated). */
    public static final int MAX_EXACT_PLAYERS = 25;

    private Shapley() {
    }

    /**
     * The exact Shapley value of every player.
     *
     * @throws IllegalArgumentException if the game has more than {@value #MAX_EXACT_PLAYERS} players
     */
    public static ShapleyValues exact(CharacteristicFunction game) {
        List<String> players = game.players();
        int n = players.size();
        if (n == 0) {
            throw new IllegalArgumentException("game: has no players");
        }
        if (n > MAX_EXACT_PLAYERS) {
            throw new IllegalArgumentException("game: " + n + " players are too many for exact Shapley values (at most "
                    + MAX_EXACT_PLAYERS + "); sample instead");
        }
        int size = 1 << n;
        Fraction[] values = new Fraction[size];
        if (game instanceof TableGame table) {
            for (int mask = 0; mask < size; mask++) {
                values[mask] = table.value(mask);
            }
        } else {
            Set<String> coalition = new HashSet<>();
            for (int mask = 0; mask < size; mask++) {
                coalition.clear();
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        coalition.add(players.get(i));
                    }
                }
                values[mask] = mask == 0 ? Fraction.ZERO : game.value(Set.copyOf(coalition));
            }
        }
        BigInteger common = BigInteger.ONE;
        for (Fraction v : values) {
            common = lcm(common, v.denominator());
        }
        BigInteger[] scaled = new BigInteger[size];
        for (int mask = 0; mask < size; mask++) {
            scaled[mask] = values[mask].numerator().multiply(common.divide(values[mask].denominator()));
        }
        BigInteger[] factorial = new BigInteger[n + 1];
        factorial[0] = BigInteger.ONE;
        for (int i = 1; i <= n; i++) {
            factorial[i] = factorial[i - 1].multiply(BigInteger.valueOf(i));
        }
        Map<String, Fraction> result = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int bit = 1 << i;
            BigInteger[] bySize = new BigInteger[n];
            java.util.Arrays.fill(bySize, BigInteger.ZERO);
            for (int mask = 0; mask < size; mask++) {
                if ((mask & bit) == 0) {
                    int s = Integer.bitCount(mask);
                    bySize[s] = bySize[s].add(scaled[mask | bit].subtract(scaled[mask]));
                }
            }
            BigInteger total = BigInteger.ZERO;
            for (int s = 0; s < n; s++) {
                if (bySize[s].signum() != 0) {
                    total = total.add(bySize[s].multiply(factorial[s]).multiply(factorial[n - 1 - s]));
                }
            }
            result.put(players.get(i), Fraction.of(total, factorial[n].multiply(common)));
        }
        return new ShapleyValues(result, values[size - 1], Guarantee.EXACT, Optional.empty());
    }

    /**
     * Estimates every player's Shapley value by sampling orderings.
     *
     * @throws InvalidCoalitionException at path {@code game} if no range is given and the game turns
     *                                   out not to be monotone with v &ge; 0 (a marginal contribution outside 0..v(N))
     */
    public static ShapleyValues sample(CharacteristicFunction game, Sampling sampling) {
        List<String> players = game.players();
        int n = players.size();
        if (n == 0) {
            throw new IllegalArgumentException("game: has no players");
        }
        Fraction grand = game.value(Set.copyOf(players));
        Fraction range = sampling.range();
        boolean checkMonotone = range == null;
        if (checkMonotone) {
            if (grand.signum() <= 0) {
                throw new InvalidCoalitionException(List.of(new Violation("game", "v(N) is " + grand
                        + ", so it cannot bound the marginal contributions; give sampling.range")));
            }
            range = grand;
        }
        long m = sampling.permutations(n, range.doubleValue());
        boolean grandIsSmall = grand.denominator().equals(BigInteger.ONE) && grand.numerator().bitLength() < 62;
        long grandLong = grandIsSmall ? grand.numerator().longValue() : 0;
        long[] longSums = new long[n];
        BigInteger[] bigSums = new BigInteger[n];
        Fraction[] otherSums = new Fraction[n];
        java.util.Arrays.fill(bigSums, BigInteger.ZERO);
        java.util.Arrays.fill(otherSums, Fraction.ZERO);
        SplittableRandom random = new SplittableRandom(sampling.seed());
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        CharacteristicFunction.Walk walk = game.walk();
        for (long k = 0; k < m; k++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            walk.reset();
            for (int p : order) {
                Fraction marginal = walk.add(p);
                BigInteger numerator = marginal.numerator();
                boolean small = marginal.denominator().equals(BigInteger.ONE) && numerator.bitLength() < 62;
                if (checkMonotone && (marginal.signum() < 0
                        || (small && grandIsSmall ? numerator.longValue() > grandLong : marginal.compareTo(grand) > 0))) {
                    throw new InvalidCoalitionException(List.of(new Violation("game", "player \"" + players.get(p)
                            + "\" has a marginal contribution of " + marginal + ", outside 0.." + grand
                            + ", so the game is not monotone with v >= 0; give sampling.range")));
                }
                if (small) {
                    long value = numerator.longValue();
                    long sum = longSums[p] + value;
                    if (((longSums[p] ^ sum) & (value ^ sum)) < 0) { // overflow: move the long sum to BigInteger
                        bigSums[p] = bigSums[p].add(BigInteger.valueOf(longSums[p])).add(numerator);
                        longSums[p] = 0;
                    } else {
                        longSums[p] = sum;
                    }
                } else if (marginal.denominator().equals(BigInteger.ONE)) {
                    bigSums[p] = bigSums[p].add(numerator);
                } else {
                    otherSums[p] = otherSums[p].add(marginal);
                }
            }
        }
        Map<String, Fraction> result = new LinkedHashMap<>();
        BigInteger count = BigInteger.valueOf(m);
        for (int i = 0; i < n; i++) {
            Fraction sum = Fraction.of(bigSums[i].add(BigInteger.valueOf(longSums[i]))).add(otherSums[i]);
            result.put(players.get(i), sum.divide(count));
        }
        return new ShapleyValues(result, grand, Guarantee.APPROXIMATE, Optional.of(
                new ShapleyValues.Approximation(sampling.epsilon(), sampling.delta(), m, sampling.seed(), range)));
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }

    /** The players of a game that never add value: v(S &cup; {i}) = v(S) for every coalition S (exact games only). */
    public static List<String> nullPlayers(CharacteristicFunction game) {
        List<String> players = game.players();
        int n = players.size();
        if (n > MAX_EXACT_PLAYERS) {
            throw new IllegalArgumentException("game: " + n + " players are too many to check every coalition");
        }
        List<String> nulls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean isNull = true;
            Set<String> without = new HashSet<>();
            for (int mask = 0; mask < (1 << n) && isNull; mask++) {
                if ((mask & (1 << i)) != 0) {
                    continue;
                }
                without.clear();
                for (int j = 0; j < n; j++) {
                    if ((mask & (1 << j)) != 0) {
                        without.add(players.get(j));
                    }
                }
                Fraction before = mask == 0 ? Fraction.ZERO : game.value(Set.copyOf(without));
                without.add(players.get(i));
                isNull = game.value(Set.copyOf(without)).equals(before);
            }
            if (isNull) {
                nulls.add(players.get(i));
            }
        }
        return nulls;
    }
}
