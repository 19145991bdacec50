package dev.coalition.benchmarks;

import dev.coalition.voting.VotingPower;
import dev.coalition.voting.WeightedVotingGame;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exact Banzhaf and Shapley–Shubik indices ({@link VotingPower#of}) of a weighted voting game with
 * 100 members whose integer weights sum to exactly 10,000, quota 5,001 (simple majority of the weight).
 *
 * <p>{@link VotingPower#of} counts the coalitions below the quota by size and weight in one flat
 * {@code long[]} table, modulo primes just below 2<sup>62</sup> (additions and subtractions only), once
 * per prime, and rebuilds the exact counts by the Chinese remainder theorem. Here: at most 69 members
 * weigh less than the quota together, so the table has 70 &times; 5,002 cells (2.8 MB) and the counts,
 * below 2<sup>99</sup>, need 2 primes. One operation computes both indices for all 100 players: the table
 * (about 10.6 million modular additions per prime), each player's swings by size from its prefix sums,
 * and the BigInteger work (rebuilding, the s!(n&minus;1&minus;s)! weights of Shapley–Shubik, the exact
 * fractions). Memory: run with {@code -prof gc} and read {@code gc.alloc.rate.norm} (bytes allocated
 * per operation). {@link VotingPowerFirstCallBenchmark} times the same game's first call in a fresh JVM.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@State(Scope.Benchmark)
public class VotingPowerBenchmark {

    /** Members of the game. */
    static final int MEMBERS = 100;
    /** Sum of all weights. */
    static final int TOTAL_WEIGHT = 10_000;
    /** Quota: a majority of the weight. */
    static final long QUOTA = TOTAL_WEIGHT / 2 + 1;
    /** Seed of the random weights. */
    static final long SEED = 20240301L;

    WeightedVotingGame game;

    @Setup(Level.Trial)
    public void setUp() {
        game = WeightedVotingGame.of(QUOTA, weights(MEMBERS, TOTAL_WEIGHT, SEED));
        if (game.totalWeight() != TOTAL_WEIGHT || game.size() != MEMBERS) {
            throw new IllegalStateException("weights do not sum to " + TOTAL_WEIGHT + ": " + game);
        }
    }

    /**
     * Random integer weights &ge; 1 that add up to exactly {@code total}: uniform draws in 1..200,
     * scaled down to the total and the leftover units handed out one each from the first member.
     */
    static Map<String, Long> weights(int members, int total, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] raw = new long[members];
        long rawSum = 0;
        for (int i = 0; i < members; i++) {
            raw[i] = 1 + random.nextInt(200);
            rawSum += raw[i];
        }
        long[] w = new long[members];
        long sum = 0;
        for (int i = 0; i < members; i++) {
            w[i] = Math.max(1, raw[i] * total / rawSum);
            sum += w[i];
        }
        for (int i = 0; sum < total; i = (i + 1) % members) {
            w[i]++;
            sum++;
        }
        for (int i = 0; sum > total; i = (i + 1) % members) {
            if (w[i] > 1) {
                w[i]--;
                sum--;
            }
        }
        Map<String, Long> weights = new LinkedHashMap<>();
        for (int i = 0; i < members; i++) {
            weights.put(String.format("m%03d", i), w[i]);
        }
        return weights;
    }

    /** Banzhaf (normalised and raw) and Shapley–Shubik for all 100 members. */
    @Benchmark
    public VotingPower banzhafAndShapleyShubik() {
        return VotingPower.of(game);
    }
}
