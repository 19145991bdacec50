package dev.coalition.benchmarks;

import dev.coalition.value.CharacteristicFunction;
import dev.coalition.value.Fraction;
import dev.coalition.value.Sampling;
import dev.coalition.value.Shapley;
import dev.coalition.value.ShapleyValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Monte Carlo Shapley values ({@link Shapley#sample}) for 1,000 players of an
 * {@linkplain AirportGame airport game}, whose marginal contributions cost O(1) each, at
 * &epsilon; = 0.01&middot;r and &delta; = 0.05, where r = v(N) (the game is monotone with v &ge; 0, so
 * {@code new Sampling(epsilon, delta, seed)} takes r = v(N) and checks every marginal contribution
 * against it).
 *
 * <p>Orderings sampled: m = &lceil;r<sup>2</sup>&middot;ln(2n/&delta;) / (2&epsilon;<sup>2</sup>)&rceil;
 * = &lceil;ln(2&middot;1000/0.05) / (2&middot;0.01<sup>2</sup>)&rceil; = &lceil;10.5966 / 0.0002&rceil; =
 * <b>52,984 permutations</b> ({@link Sampling#permutations}; independent of r once &epsilon; is a fixed
 * fraction of it), i.e. about 53 million marginal contributions per operation, all 1,000 players
 * estimated from the same orderings.
 *
 * <p>{@link #sampleShapleyGivenRange} does the same with r given ({@code new Sampling(epsilon,
 * delta, seed, range)}), which skips the per-step monotonicity check (an exact
 * {@link Fraction#compareTo} of each marginal contribution with v(N)); the difference between the two
 * is the cost of that check.
 *
 * <p>One operation takes about a second (tens of seconds on a slow or busy machine), so it runs as
 * single shots: 3 warm-up and 5 measured operations by default. After the run the estimate is compared with the airport game's closed-form Shapley
 * value and the largest error printed next to &epsilon;. Memory: run with {@code -prof gc} and read
 * {@code gc.alloc.rate.norm} (bytes allocated per operation).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class MonteCarloShapleyBenchmark {

    /** Players of the game. */
    static final int PLAYERS = 1_000;
    /** Largest runway cost. */
    static final int MAX_COST = 1_000;
    /** &epsilon; as a fraction of r. */
    static final double RELATIVE_EPSILON = 0.01;
    /** &delta;. */
    static final double DELTA = 0.05;
    /** Seed of the costs. */
    static final long GAME_SEED = 7L;
    /** Seed of the sampled orderings. */
    static final long SAMPLING_SEED = 42L;

    AirportGame game;
    Sampling sampling;
    Sampling samplingGivenRange;
    long permutations;
    ShapleyValues last;

    @Setup(Level.Trial)
    public void setUp() {
        game = AirportGame.random(PLAYERS, MAX_COST, GAME_SEED);
        double r = game.grandValue();
        sampling = new Sampling(RELATIVE_EPSILON * r, DELTA, SAMPLING_SEED);
        samplingGivenRange = new Sampling(RELATIVE_EPSILON * r, DELTA, SAMPLING_SEED, Fraction.of(game.grandValue()));
        permutations = sampling.permutations(PLAYERS, r);
        System.out.println("# airport game: n = " + PLAYERS + ", r = v(N) = " + game.grandValue() + ", epsilon = "
                + sampling.epsilon() + ", delta = " + DELTA + ", permutations m = " + permutations);
    }

    @TearDown(Level.Trial)
    public void check() {
        if (last == null) {
            return;
        }
        double[] exact = game.exactShapley();
        double worst = 0;
        List<String> players = game.players();
        for (int i = 0; i < players.size(); i++) {
            worst = Math.max(worst, Math.abs(last.values().get(players.get(i)).doubleValue() - exact[i]));
        }
        System.out.printf("# permutations m = %d; largest |estimate - exact Shapley| = %.4f (epsilon = %.4f)%n",
                last.approximation().orElseThrow().permutations(), worst, sampling.epsilon());
    }

    /** Estimates all 1,000 Shapley values from m sampled orderings. */
    @Benchmark
    public ShapleyValues sampleShapley() {
        ShapleyValues values = Shapley.sample(game, sampling);
        last = values;
        return values;
    }

    /** The same with r = v(N) given, so that no marginal contribution is checked against it. */
    @Benchmark
    public ShapleyValues sampleShapleyGivenRange() {
        ShapleyValues values = Shapley.sample(game, samplingGivenRange);
        last = values;
        return values;
    }

    /**
     * The airport game (Littlechild &amp; Owen, 1973): player i needs a runway of cost
     * c<sub>i</sub>, and a coalition needs the longest runway any of its members needs, so
     * v(S) = max<sub>i&isin;S</sub> c<sub>i</sub> (v(&empty;) = 0). Read as the value of the runway each
     * coalition gets, it is monotone with v &ge; 0 and v(N) = max c, so the range of a marginal
     * contribution is r = v(N).
     *
     * <p>Walking an ordering keeps the running maximum, so player i's marginal contribution is
     * max(0, c<sub>i</sub> &minus; current maximum): O(1) per player, returned from a table of the
     * fractions 0..max c, so the walk allocates nothing.
     *
     * <p>Closed-form Shapley value, with the costs sorted c<sub>(1)</sub> &le; ... &le; c<sub>(n)</sub> and
     * c<sub>(0)</sub> = 0: &phi;<sub>(k)</sub> = &Sigma;<sub>j=1..k</sub> (c<sub>(j)</sub> &minus;
     * c<sub>(j&minus;1)</sub>) / (n &minus; j + 1): each segment of runway is shared equally by all
     * players that need it.
     */
    static final class AirportGame implements CharacteristicFunction {

        private final List<String> players;
        private final int[] costs;
        private final Map<String, Integer> costById;
        private final Fraction[] whole;
        private final int max;

        AirportGame(List<String> players, int[] costs) {
            this.players = List.copyOf(players);
            this.costs = costs.clone();
            this.costById = new HashMap<>();
            int m = 0;
            for (int i = 0; i < costs.length; i++) {
                costById.put(players.get(i), costs[i]);
                m = Math.max(m, costs[i]);
            }
            this.max = m;
            this.whole = new Fraction[m + 1];
            for (int k = 0; k <= m; k++) {
                whole[k] = Fraction.of(k);
            }
        }

        /** n players with costs drawn uniformly from 1..maxCost. */
        static AirportGame random(int n, int maxCost, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            List<String> ids = new ArrayList<>(n);
            int[] costs = new int[n];
            for (int i = 0; i < n; i++) {
                ids.add(String.format("p%04d", i));
                costs[i] = 1 + random.nextInt(maxCost);
            }
            return new AirportGame(ids, costs);
        }

        int grandValue() {
            return max;
        }

        @Override
        public List<String> players() {
            return players;
        }

        @Override
        public Fraction value(Set<String> coalition) {
            int m = 0;
            for (String id : coalition) {
                m = Math.max(m, costById.get(id));
            }
            return whole[m];
        }

        @Override
        public Walk walk() {
            return new Walk() {
                private int current;

                @Override
                public void reset() {
                    current = 0;
                }

                @Override
                public Fraction add(int player) {
                    int c = costs[player];
                    if (c <= current) {
                        return whole[0];
                    }
                    int marginal = c - current;
                    current = c;
                    return whole[marginal];
                }
            };
        }

        /** The exact Shapley values by the closed form, in player order. */
        double[] exactShapley() {
            int n = costs.length;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(costs[a], costs[b]));
            double[] phi = new double[n];
            double share = 0;
            int previous = 0;
            for (int j = 0; j < n; j++) {
                int i = order[j];
                share += (double) (costs[i] - previous) / (n - j);
                previous = costs[i];
                phi[i] = share;
            }
            return phi;
        }
    }
}
