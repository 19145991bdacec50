package dev.coalition.benchmarks;

import dev.coalition.value.Fraction;
import dev.coalition.value.TableGame;
import dev.coalition.value.stability.Nucleolus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The exact nucleolus ({@link Nucleolus#of}) of a 12-player game, the default
 * {@code value.nucleolusMaxPlayers}: 4,094 proper coalitions, each worth 10 times the square of its
 * size plus a random 0..9 (seed 7), so the game is superadditive-ish with an imputation and the
 * nucleolus takes several rounds of exact linear programs. Single shots: one operation takes
 * seconds.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class NucleolusBenchmark {

    /** Players of the game. */
    static final int PLAYERS = 12;
    /** Seed of the values. */
    static final long SEED = 7L;

    TableGame game;

    @Setup(Level.Trial)
    public void setUp() {
        List<String> players = new ArrayList<>();
        for (int i = 0; i < PLAYERS; i++) {
            players.add("p" + i);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        Map<Set<String>, Fraction> values = new HashMap<>();
        for (int mask = 1; mask < (1 << PLAYERS); mask++) {
            Set<String> coalition = new HashSet<>();
            for (int i = 0; i < PLAYERS; i++) {
                if ((mask >> i & 1) == 1) {
                    coalition.add(players.get(i));
                }
            }
            long size = Integer.bitCount(mask);
            values.put(coalition, Fraction.of(10 * size * size + random.nextInt(10)));
        }
        game = TableGame.of(players, values);
    }

    /** The nucleolus, exact. */
    @Benchmark
    public Map<String, Fraction> nucleolus() {
        return Nucleolus.of(game);
    }
}
