package dev.coalition.benchmarks;

import dev.coalition.voting.VotingPower;
import dev.coalition.voting.WeightedVotingGame;
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
 * The first {@link VotingPower#of} in a fresh JVM, for the game of {@link VotingPowerBenchmark}
 * (100 members, weights summing to 10,000, quota 5,001): what a command-line run or a freshly started
 * service pays, with the counting code still interpreted until the JIT compiles it. JVM start-up is
 * not included (the game is built in the setup, outside the timing), class loading of
 * {@code dev.coalition.voting} is.
 *
 * <p>Each fork makes one call, with no warm-up; run many forks and read the median and the spread,
 * e.g. {@code java -jar benchmarks.jar VotingPowerFirstCall -f 10}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
@State(Scope.Benchmark)
public class VotingPowerFirstCallBenchmark {

    WeightedVotingGame game;

    @Setup(Level.Trial)
    public void setUp() {
        game = WeightedVotingGame.of(VotingPowerBenchmark.QUOTA, VotingPowerBenchmark.weights(
                VotingPowerBenchmark.MEMBERS, VotingPowerBenchmark.TOTAL_WEIGHT, VotingPowerBenchmark.SEED));
    }

    /** Banzhaf (normalised and raw) and Shapley–Shubik for all 100 members, once per JVM. */
    @Benchmark
    public VotingPower firstCall() {
        return VotingPower.of(game);
    }
}
