package dev.coalition.benchmarks;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.internal.DecisionArea;
import dev.coalition.rules.internal.DecisionRunner;
import dev.coalition.rules.internal.GovernanceDecision;
import dev.coalition.rules.internal.PolicySet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm governance decisions on 64 seeded 20-member coalitions, in decisions per second, side by
 * side in one run:
 *
 * <ul>
 *   <li>{@code facade}: {@link CoalitionAdvisor#recommendGovernance(Coalition)} with the full
 *       explanation, one thread; {@code facadeTwoThreads}: the same advisor shared by two threads
 *       (JMH reports the sum of both);</li>
 *   <li>{@code bareSession}: the same knowledge base and the same facts (the input facts of each
 *       coalition, computed beforehand, and the policy constants) in a bare
 *       {@code StatelessKieSession.execute}, without listeners, explanation or the checks and
 *       assembly of the answer: the engine's own cost, against which the facade's is measured.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class GovernanceDecisionBenchmark {

    static final int COALITIONS = 64;
    static final int MEMBERS = 20;

    List<Coalition> coalitions;
    List<List<Object>> facts;
    CoalitionAdvisor advisor;
    KieBase kieBase;
    org.kie.api.runtime.KieSessionsPool pool;
    DecisionArea area;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20_240_301L);
        coalitions = new ArrayList<>();
        for (int i = 0; i < COALITIONS; i++) {
            coalitions.add(BenchmarkCoalitions.random(random, MEMBERS, "Coalition " + i));
        }
        advisor = CoalitionAdvisor.builder().build();
        PolicySet bundled = PolicySet.bundled();
        area = new DecisionArea("governance", bundled, advisor.settings(), CoalitionAdvisor.DEFAULT_MAX_RULE_FIRINGS, List.of());
        DecisionRunner runner = area.runner();
        kieBase = runner.kieBase();
        pool = kieBase.newKieSessionsPool(2);
        facts = new ArrayList<>();
        for (Coalition coalition : coalitions) {
            List<Object> all = new ArrayList<>(runner.constants().facts());
            all.addAll(GovernanceDecision.facts(coalition, advisor.settings()));
            facts.add(all);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        advisor.close();
        area.close();
    }

    /** Each thread walks the coalitions from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance() {
            next = (next + 1) % COALITIONS;
            return next;
        }
    }

    @Benchmark
    public GovernanceRecommendation facade(Cursor cursor) {
        return advisor.recommendGovernance(coalitions.get(cursor.advance()));
    }

    /** The same decision with every explanation step's sentence read, as a reader of the whole answer does. */
    @Benchmark
    public int facadeReadingExplanation(Cursor cursor) {
        GovernanceRecommendation recommendation = advisor.recommendGovernance(coalitions.get(cursor.advance()));
        int characters = 0;
        for (var step : recommendation.explanation()) {
            characters += step.reason().length();
        }
        return characters;
    }

    @Benchmark
    @Threads(2)
    public GovernanceRecommendation facadeTwoThreads(Cursor cursor) {
        return advisor.recommendGovernance(coalitions.get(cursor.advance()));
    }

    @Benchmark
    public Object bareSessionPooled(Cursor cursor) {
        List<Object> input = facts.get(cursor.advance());
        pool.newStatelessKieSession().execute(input);
        return input;
    }

    @Benchmark
    public Object bareSession(Cursor cursor) {
        List<Object> input = facts.get(cursor.advance());
        kieBase.newStatelessKieSession().execute(input);
        return input;
    }
}
