package dev.coalition.voting;

import static dev.coalition.testing.Examples.examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.coalition.value.Fraction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Games whose coalition counts do not fit in a long, nor in one 62-bit prime: the residues and
 * the Chinese remainder rebuilding of {@link VotingPower} must still give the exact indices.
 * Checked against closed forms and against {@link BigIntegerPower}, the former all-BigInteger counting.
 */
class VotingPowerLargeCountsTest {

    private static final BigInteger TWO_TO_THE_64 = BigInteger.ONE.shiftLeft(64);

    private static Map<String, Long> weights(long... w) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < w.length; i++) {
            map.put("p" + i, w[i]);
        }
        return map;
    }

    private static long[] equal(int n, long weight) {
        long[] w = new long[n];
        Arrays.fill(w, weight);
        return w;
    }

    private static BigInteger binomial(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        BigInteger c = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return c;
    }

    /** n equal players, quota q: each swings in the C(n-1, q-1) coalitions of exactly q-1 others; SS 1/n by symmetry. */
    private static void assertEqualPlayers(int n, int quota) {
        VotingPower power = WeightedVotingGame.of(quota, weights(equal(n, 1))).power();

        BigInteger swings = binomial(n - 1, quota - 1);
        Fraction raw = Fraction.of(swings, BigInteger.TWO.pow(n - 1));
        assertThat(power.swings().values()).as("swings, n=%d q=%d", n, quota).containsOnly(swings);
        assertThat(power.banzhafRaw().values()).as("raw Banzhaf, n=%d q=%d", n, quota).containsOnly(raw);
        assertThat(power.banzhaf().values()).as("Banzhaf, n=%d q=%d", n, quota).containsOnly(Fraction.of(1, n));
        assertThat(power.shapleyShubik().values()).as("Shapley–Shubik, n=%d q=%d", n, quota).containsOnly(Fraction.of(1, n));
        assertThat(power.nullPlayers()).isEmpty();
        assertThat(power.vetoPlayers()).hasSize(quota == n ? n : 0);
    }

    @Test
    void equalPlayersBeyondWhatOnePrimeCanCountGetTheirClosedForm() {
        // C(99, 50) is about 5 * 10^28: more than one 62-bit prime and than 2^64
        assertThat(binomial(99, 50)).isGreaterThan(TWO_TO_THE_64);
        for (int quota : new int[] {1, 2, 34, 51, 67, 99, 100}) {
            assertEqualPlayers(100, quota);
        }
    }

    @Test
    void equalPlayersNeedingMorePrimesThanAreListedGetTheirClosedForm() {
        // 2 primes up to about 120 players, 4 for 200, 9 for 500 (one more than the class lists)
        assertEqualPlayers(63, 32);
        assertEqualPlayers(130, 65);
        assertEqualPlayers(200, 101);
        assertEqualPlayers(500, 251);
    }

    @Test
    void playersOfWeightZeroDoubleTheOthersSwingsAndChangeNoIndexOfTheirs() {
        // 100 equal players as above, and 5 of weight 0 among them
        long[] w = equal(105, 1);
        for (int i = 0; i < 105; i += 21) {
            w[i] = 0;
        }
        VotingPower power = WeightedVotingGame.of(51, weights(w)).power();

        BigInteger swings = binomial(99, 50).shiftLeft(5);
        for (int i = 0; i < 105; i++) {
            String id = "p" + i;
            boolean zero = i % 21 == 0;
            assertThat(power.swings().get(id)).as(id).isEqualTo(zero ? BigInteger.ZERO : swings);
            assertThat(power.banzhafRaw().get(id)).as(id)
                    .isEqualTo(zero ? Fraction.ZERO : Fraction.of(binomial(99, 50), BigInteger.TWO.pow(99)));
            assertThat(power.banzhaf().get(id)).as(id).isEqualTo(zero ? Fraction.ZERO : Fraction.of(1, 100));
            assertThat(power.shapleyShubik().get(id)).as(id).isEqualTo(zero ? Fraction.ZERO : Fraction.of(1, 100));
        }
        assertThat(power.nullPlayers()).containsExactly("p0", "p21", "p42", "p63", "p84");
    }

    /**
     * [q; B, 1, ..., 1] with m small players: the big player swings when the small ones in the
     * coalition number q-B to q-1; a small player when the others reach exactly q-1 (with the big
     * player, q-B-1 small ones; without, q-1). In a random ordering the big player is pivotal when
     * it comes after q-B to q-1 small players: each count of small players before it has chance 1/(m+1).
     */
    @Test
    void oneBigPlayerAmongManySmallOnesGetsItsClosedForm() {
        int m = 120;
        long big = 30;
        int quota = 76;
        long[] w = new long[m + 1];
        w[0] = big;
        Arrays.fill(w, 1, m + 1, 1L);
        VotingPower power = WeightedVotingGame.of(quota, weights(w)).power();

        BigInteger bigSwings = BigInteger.ZERO;
        for (int x = quota - (int) big; x <= quota - 1; x++) {
            bigSwings = bigSwings.add(binomial(m, x));
        }
        BigInteger smallSwings = binomial(m - 1, quota - (int) big - 1).add(binomial(m - 1, quota - 1));
        assertThat(bigSwings).isGreaterThan(TWO_TO_THE_64);
        assertThat(power.swings().get("p0")).isEqualTo(bigSwings);
        assertThat(power.swings().get("p1")).isEqualTo(smallSwings);
        assertThat(power.swings().values()).containsOnly(bigSwings, smallSwings);
        assertThat(power.banzhafRaw().get("p0")).isEqualTo(Fraction.of(bigSwings, BigInteger.TWO.pow(m)));
        assertThat(power.banzhaf().get("p0"))
                .isEqualTo(Fraction.of(bigSwings, bigSwings.add(smallSwings.multiply(BigInteger.valueOf(m)))));

        Fraction bigShare = Fraction.of(big, m + 1);
        Fraction smallShare = Fraction.ONE.subtract(bigShare).divide(Fraction.of(m));
        assertThat(power.shapleyShubik().get("p0")).isEqualTo(bigShare);
        assertThat(power.shapleyShubik().get("p1")).isEqualTo(smallShare);
        assertThat(Fraction.sum(power.shapleyShubik().values())).isEqualTo(Fraction.ONE);
    }

    private static void assertSameAsReference(WeightedVotingGame game) {
        VotingPower power = game.power();
        BigIntegerPower reference = BigIntegerPower.of(game);
        assertThat(power.swings()).as("swings of %s", game).isEqualTo(reference.swings);
        assertThat(power.banzhaf()).as("Banzhaf of %s", game).isEqualTo(reference.banzhaf);
        assertThat(power.banzhafRaw()).as("raw Banzhaf of %s", game).isEqualTo(reference.banzhafRaw);
        assertThat(power.shapleyShubik()).as("Shapley–Shubik of %s", game).isEqualTo(reference.shapleyShubik);
    }

    @Test
    void unequalWeightsWithCountsAbove2To64MatchTheBigIntegerCounting() {
        SplittableRandom random = new SplittableRandom(7);
        long[] w = new long[90];
        long total = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = 1 + random.nextInt(25);
            total += w[i];
        }
        WeightedVotingGame game = WeightedVotingGame.of(total / 2 + 1, weights(w));

        assertThat(BigIntegerPower.of(game).swings.values()).anyMatch(s -> s.compareTo(TWO_TO_THE_64) > 0);
        assertSameAsReference(game);
    }

    @Test
    void aGameWithZeroWeightsAndAPlayerAboveTheQuotaNeedingThreePrimesMatchesTheBigIntegerCounting() {
        // p0 alone reaches the quota; every 7th player has weight 0 (null, and doubling the others'
        // swings); the 146 others with weight can form 145-bit counts: 3 primes
        long[] w = new long[170];
        for (int i = 1; i < w.length; i++) {
            w[i] = i % 7 == 0 ? 0 : 1 + i % 5;
        }
        w[0] = 200;
        WeightedVotingGame game = WeightedVotingGame.of(150, weights(w));

        assertSameAsReference(game);
        VotingPower power = game.power();
        assertThat(power.nullPlayers()).contains("p7", "p14", "p168").doesNotContain("p0", "p1");
        assertThat(power.swings().get("p1")).isGreaterThan(BigInteger.ONE.shiftLeft(124));
    }

    /** Games of a few to ~75 players, weights 0 to 9 (so the reference stays quick), any quota. */
    private static Gen<WeightedVotingGame> games(int minPlayers, int maxPlayers, int minWeight) {
        Gen<List<Integer>> weightLists = SourceDSL.lists().of(SourceDSL.integers().between(minWeight, 9))
                .ofSizeBetween(minPlayers, maxPlayers);
        return weightLists.assuming(ws -> ws.stream().mapToInt(Integer::intValue).sum() > 0)
                .zip(SourceDSL.integers().between(1, 1000), (ws, q) -> {
                    long total = ws.stream().mapToLong(Integer::longValue).sum();
                    return WeightedVotingGame.of(1 + q % total, weights(ws.stream().mapToLong(Integer::longValue).toArray()));
                });
    }

    @Test
    void randomGamesOfUpTo70PlayersMatchTheBigIntegerCounting() {
        qt().withExamples(examples(60)).forAll(games(1, 70, 0)).checkAssert(VotingPowerLargeCountsTest::assertSameAsReference);
    }

    @Test
    void randomGamesOf62To75PlayersWhoseCountsMayNeedTwoPrimesMatchTheBigIntegerCounting() {
        qt().withExamples(examples(25)).forAll(games(62, 75, 1)).checkAssert(VotingPowerLargeCountsTest::assertSameAsReference);
    }

    @Test
    void theChineseRemainderRebuildingGivesBackEveryNumberBelowTheProductOfThePrimes() {
        SplittableRandom random = new SplittableRandom(11);
        for (int r = 1; r <= 5; r++) {
            long[] primes = VotingPower.primes(r);
            BigInteger product = BigInteger.ONE;
            for (long p : primes) {
                product = product.multiply(BigInteger.valueOf(p));
            }
            VotingPower.Remainders crt = new VotingPower.Remainders(primes);
            List<BigInteger> numbers = new ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE,
                    product.subtract(BigInteger.ONE), product.shiftRight(1), TWO_TO_THE_64, TWO_TO_THE_64.subtract(BigInteger.ONE)));
            for (long p : primes) {
                numbers.add(BigInteger.valueOf(p));
                numbers.add(BigInteger.valueOf(p - 1));
            }
            for (int k = 0; k < 200; k++) {
                numbers.add(new BigInteger(product.bitLength() + 8, new Random(random.nextLong())).mod(product));
            }
            for (BigInteger x : numbers) {
                if (x.compareTo(product) >= 0) {
                    continue;
                }
                long[] residues = new long[r];
                for (int j = 0; j < r; j++) {
                    residues[j] = x.mod(BigInteger.valueOf(primes[j])).longValueExact();
                }
                assertThat(crt.value(residues)).as("%d from its residues modulo %d primes", x, r).isEqualTo(x);
            }
        }
    }

    @Test
    void theCountingPrimesArePrimeDistinctAndJustBelow2To62() {
        long[] primes = VotingPower.primes(12); // the 8 listed and 4 found at run time
        for (int j = 0; j < primes.length; j++) {
            BigInteger p = BigInteger.valueOf(primes[j]);
            assertThat(p.isProbablePrime(100)).as("prime %d: %d", j, primes[j]).isTrue();
            assertThat(VotingPower.isPrime(primes[j])).isTrue();
            assertThat(primes[j]).isLessThan(1L << 62).isGreaterThan((1L << 62) - 1000);
            if (j > 0) {
                assertThat(primes[j]).isLessThan(primes[j - 1]);
                // nothing skipped between two consecutive primes
                for (long c = primes[j] + 2; c < primes[j - 1]; c += 2) {
                    assertThat(p.add(BigInteger.valueOf(c - primes[j])).isProbablePrime(100)).as("%d", c).isFalse();
                }
            }
        }
        assertThat(VotingPower.isPrime((1L << 62) - 59)).isFalse();
        // a strong pseudoprime to bases 2, 3, 5, 7, 11, 13 and 17, caught by the further bases
        assertThat(VotingPower.isPrime(341_550_071_728_321L)).isFalse();
    }
}
