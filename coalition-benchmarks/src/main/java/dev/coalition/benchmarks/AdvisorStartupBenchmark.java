package dev.coalition.benchmarks;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.GovernanceRecommendation;
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
 * What an embedding application waits for in a fresh JVM: {@code CoalitionAdvisor.builder().build()}
 * on the bundled policies plus its first governance decision (a 20-member coalition). Single shot,
 * no warm-up, one measurement per fork, so every fork is a cold JVM; read the mean and the spread
 * over the forks. JVM start-up itself is not included.
 *
 * <p>{@code secondAdvisor}: in a JVM where one advisor has already decided, a second advisor with
 * other settings (as a settings reload builds) and its first decision.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
@State(Scope.Benchmark)
public class AdvisorStartupBenchmark {

    Coalition coalition;
    CoalitionAdvisor first;
    CoalitionAdvisor second;

    @Setup(Level.Trial)
    public void setUp() {
        coalition = BenchmarkCoalitions.random(new SplittableRandom(7), 20, "Startup");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Benchmark
    public GovernanceRecommendation firstAdvisorAndDecision() {
        first = CoalitionAdvisor.builder().build();
        return first.recommendGovernance(coalition);
    }

    /** State for {@code secondAdvisor}: the first advisor has built and decided before the measurement. */
    @State(Scope.Benchmark)
    public static class Warm {
        CoalitionAdvisor earlier;

        @Setup(Level.Trial)
        public void setUp(AdvisorStartupBenchmark outer) {
            earlier = CoalitionAdvisor.builder().build();
            earlier.recommendGovernance(outer.coalition);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            earlier.close();
        }
    }

    @Benchmark
    public GovernanceRecommendation secondAdvisorWithOtherSettings(Warm warm) {
        second = CoalitionAdvisor.builder().setting("governance.crisisUrgency", "0.7").setting("governance.fewMembers", 8).build();
        return second.recommendGovernance(coalition);
    }
}
