package dev.coalition.benchmarks;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
 * A batch: 100,000 coalitions of 10 to 50 members (seeded; each generated when the stream reaches
 * it) through {@link CoalitionAdvisor#recommendGovernanceForEach(Stream)} on a parallel stream (the
 * common pool: both cores), in a JVM capped at 1 GB of heap. One operation is the whole batch;
 * nothing keeps the recommendations, only a count of the modes.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@State(Scope.Benchmark)
public class GovernanceBatchBenchmark {

    static final int BATCH = 100_000;

    CoalitionAdvisor advisor;

    @Setup(Level.Trial)
    public void setUp() {
        advisor = CoalitionAdvisor.builder().build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        advisor.close();
    }

    static Coalition coalition(int i) {
        SplittableRandom random = new SplittableRandom(1_000_003L * i + 17);
        return BenchmarkCoalitions.random(random, 10 + random.nextInt(41), "Batch " + i);
    }

    @Benchmark
    public long hundredThousandOnTwoThreads() {
        try (Stream<dev.coalition.rules.api.GovernanceRecommendation> advice =
                     advisor.recommendGovernanceForEach(IntStream.range(0, BATCH).parallel().mapToObj(GovernanceBatchBenchmark::coalition))) {
            return advice.filter(r -> r.mode() == dev.coalition.governance.GovernanceMode.HYBRID).count();
        }
    }
}
