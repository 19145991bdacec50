package dev.coalition.benchmarks;

import dev.coalition.assessment.Candidate;
import dev.coalition.assessment.CompositionSearch;
import dev.coalition.assessment.Dimension;
import dev.coalition.assessment.PartnerMatrix;
import dev.coalition.value.Fraction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The partner assessment's figures in core, exact throughout.
 *
 * <ul>
 *   <li>{@link #matrix1000}: the exact {@link PartnerMatrix} of 1,000 candidates (499,500 pairs,
 *       seven figures each), scores on the 1-5 scale, two of five resources each, a prior tie in
 *       one pair of ten. Time per matrix, in milliseconds.</li>
 *   <li>{@link #composition16}: the exact {@link CompositionSearch} of 16 candidates (every set of
 *       at most two left out, at least three remaining: 136 sets) over a matrix built in the set-up.
 *       Time per search, in milliseconds.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PartnerAssessmentBenchmark {

    /** Seed of the candidates' scores. */
    static final long SEED = 10L;

    /** The candidates and weights, built once. */
    @State(Scope.Benchmark)
    public static class Inputs {
        List<Candidate> thousand;
        PartnerMatrix sixteen;
        Map<Dimension, Fraction> weights;

        @Setup(Level.Trial)
        public void setUp() {
            weights = new EnumMap<>(Dimension.class);
            Dimension.pairwise().forEach(d -> weights.put(d, Fraction.ONE));
            thousand = candidates(1_000);
            sixteen = PartnerMatrix.of(candidates(16), weights);
        }
    }

    static List<Candidate> candidates(int n) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> resources = List.of("stores", "data", "brand", "logistics", "capital");
        List<Candidate> candidates = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.scored()) {
                scores.put(d, 1 + random.nextInt(5));
            }
            List<String> brings = List.of(resources.get(random.nextInt(5)), resources.get(random.nextInt(5))).stream()
                    .distinct().toList();
            List<String> ties = i > 0 && random.nextInt(10) == 0 ? List.of("c" + random.nextInt(i)) : List.of();
            candidates.add(Candidate.onFivePointScale("c" + i, "Candidate " + i, scores, brings,
                    List.of(resources.get(random.nextInt(5))), ties));
        }
        return candidates;
    }

    @Benchmark
    public PartnerMatrix matrix1000(Inputs in) {
        return PartnerMatrix.of(in.thousand, in.weights);
    }

    @Benchmark
    public CompositionSearch.Result composition16(Inputs in) {
        return CompositionSearch.search(in.sixteen, 2, 3, 3);
    }
}
