package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.coalition.core.Coalition;
import dev.coalition.rules.CoalitionGenerators.Distribution;
import dev.coalition.rules.CoalitionGenerators.Vote;
import dev.coalition.rules.ConflictGenerators.Case;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.VotingAdvice;
import dev.coalition.voting.VotingPower;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Many threads deciding on one shared advisor while the host reloads the policy: the host swaps a
 * new advisor (other settings) into the reference the threads read, then closes the old one, as
 * README's "Many coalitions, start-up and reloads" says a host does. Every decision (governance,
 * distribution, voting, conflict, mixed) must give exactly the answer the advisor that made it gives
 * the same input when deciding alone, one input after another; a decision refused because its
 * advisor closed under it is retried on the current advisor, which is what a host does, and nothing
 * else may fail.
 *
 * <p>The CI run makes {@value #THREADS} &times; {@value #CI_DECISIONS_PER_THREAD} decisions. The
 * full load of the issue, 8 &times; 10,000, runs with
 * {@code -Dcoalition.load.decisionsPerThread=10000} (README, "Test strength").
 */
class AdvisorUnderLoadTest {

    private static final int THREADS = 8;
    private static final int CI_DECISIONS_PER_THREAD = 400;
    private static final int INPUTS_PER_KIND = 100;
    private static final long SEED = 20_261_208L;

    /** One input of one kind of decision, and how to ask an advisor for its answer. */
    record Decision(String kind, int index, Function<CoalitionAdvisor, Object> ask) {
    }

    /** What one worker saw: answers checked on each advisor, refusals retried, and what went wrong. */
    private record Tally(int onFirst, int onSecond, int retried, List<String> problems) {
    }

    /**
     * The reloaded policy: a rule author's own value-policy.drl (from {@link ValuePropertiesTest}) and
     * settings of the other areas moved, so that many answers change.
     */
    static CoalitionAdvisor.Builder reloadedBuilder() {
        return CoalitionAdvisor.builder()
                .policyFile("value-policy.drl", ValuePropertiesTest.CUSTOM_VALUE_POLICY)
                .setting("governance.crisisUrgency", "0.5")
                .setting("governance.fewMembers", "4")
                .setting("governance.poorFitRatio", "0.8")
                .setting("voting.intendedVetoWeightShare", "0.3")
                .setting("conflict.externalFromStage", "3")
                .setting("conflict.step.directNegotiation.timeBoxDays", "7")
                .setting("conflict.irreconcilable.efficacy", "0.5");
    }

    private static CoalitionAdvisor reloaded() {
        return reloadedBuilder().build();
    }

    @Test
    void decisionsOnOneAdvisorWhileTheHostReloadsThePolicyEqualTheSequentialAnswersOfTheAdvisorThatMadeThem() throws Exception {
        int perThread = Integer.getInteger("coalition.load.decisionsPerThread", CI_DECISIONS_PER_THREAD);
        List<Decision> inputs = mixedInputs();
        CoalitionAdvisor first = CoalitionAdvisor.withDefaultPolicies();
        CoalitionAdvisor second = reloaded();
        List<Object> firstAnswers = sequentially(first, inputs);
        List<Object> secondAnswers = sequentially(second, inputs);
        List<Object> again = sequentially(first, inputs);
        assertThat(inputs.stream().filter(d -> !again.get(d.index()).equals(firstAnswers.get(d.index())))
                .map(d -> d.kind() + " #" + d.index()).toList())
                .as("inputs the same advisor answers differently the second time").isEmpty();
        for (String kind : List.of("governance", "distribution", "voting", "conflict")) {
            assertThat(inputs.stream().filter(d -> d.kind().equals(kind))
                    .anyMatch(d -> !firstAnswers.get(d.index()).equals(secondAnswers.get(d.index()))))
                    .as("the reload changes some %s answer, so an answer shows which policy made it", kind).isTrue();
        }

        AtomicReference<CoalitionAdvisor> current = new AtomicReference<>(first);
        CountDownLatch halfway = new CountDownLatch(THREADS * perThread / 2);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        try {
            Future<?> host = pool.submit(() -> {
                halfway.await();
                current.set(second);
                first.close();
                return null;
            });
            List<Future<Tally>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(pool.submit(() -> work(thread, perThread, inputs, current, first, firstAnswers, secondAnswers, halfway)));
            }
            int onFirst = 0;
            int onSecond = 0;
            int retried = 0;
            List<String> problems = new ArrayList<>();
            for (Future<Tally> worker : workers) {
                Tally tally = worker.get();
                onFirst += tally.onFirst();
                onSecond += tally.onSecond();
                retried += tally.retried();
                problems.addAll(tally.problems());
            }
            host.get();

            assertThat(problems).as("answers that differ from the sequential answer, or failures").isEmpty();
            assertThat(onFirst + onSecond).isEqualTo(THREADS * perThread);
            assertThat(onFirst).as("decisions made before the reload").isGreaterThanOrEqualTo(THREADS * perThread / 2);
            assertThat(onSecond).as("decisions made after the reload").isPositive();
            System.out.printf("AdvisorUnderLoadTest: %d threads x %d decisions over %d inputs: %d on the first advisor,"
                    + " %d on the reloaded one, %d refused by the closed advisor and retried%n",
                    THREADS, perThread, inputs.size(), onFirst, onSecond, retried);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            first.close();
            second.close();
        }
    }

    /**
     * One worker: decision {@code i} of thread {@code t} takes input {@code (t * 7919 + i) % n}, so
     * threads interleave different kinds of decision on the same inputs.
     */
    private static Tally work(int thread, int count, List<Decision> inputs, AtomicReference<CoalitionAdvisor> current,
            CoalitionAdvisor first, List<Object> firstAnswers, List<Object> secondAnswers, CountDownLatch halfway) {
        int onFirst = 0;
        int onSecond = 0;
        int retried = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Decision decision = inputs.get((thread * 7919 + i) % inputs.size());
            Object answer = null;
            CoalitionAdvisor advisor = null;
            while (answer == null) {
                advisor = current.get();
                try {
                    answer = decision.ask().apply(advisor);
                } catch (IllegalStateException e) {
                    if (advisor != first || !String.valueOf(e.getMessage()).startsWith("this CoalitionAdvisor is closed")) {
                        problems.add(decision.kind() + " #" + decision.index() + ": " + e);
                        break;
                    }
                    retried++;
                } catch (RuntimeException e) {
                    problems.add(decision.kind() + " #" + decision.index() + ": " + e);
                    break;
                }
            }
            if (answer != null) {
                boolean byFirst = advisor == first;
                Object expected = (byFirst ? firstAnswers : secondAnswers).get(decision.index());
                if (byFirst) {
                    onFirst++;
                } else {
                    onSecond++;
                }
                if (!expected.equals(answer)) {
                    problems.add(decision.kind() + " #" + decision.index() + " on the " + (byFirst ? "first" : "reloaded")
                            + " advisor differs from its sequential answer");
                }
            }
            halfway.countDown();
        }
        return new Tally(onFirst, onSecond, retried, problems);
    }

    static List<Object> sequentially(CoalitionAdvisor advisor, List<Decision> inputs) {
        List<Object> answers = new ArrayList<>();
        for (Decision decision : inputs) {
            answers.add(decision.ask().apply(advisor));
        }
        return answers;
    }

    /** {@value #INPUTS_PER_KIND} generated inputs of each kind, from a fixed seed, interleaved by kind. */
    static List<Decision> mixedInputs() {
        List<Coalition> coalitions = sample(CoalitionGenerators.coalitions());
        List<Distribution> distributions = sample(CoalitionGenerators.distributions());
        List<Vote> votes = sample(CoalitionGenerators.votes());
        List<Case> conflicts = sample(ConflictGenerators.cases());
        List<Decision> inputs = new ArrayList<>();
        for (int i = 0; i < INPUTS_PER_KIND; i++) {
            Coalition c = coalitions.get(i);
            Distribution d = distributions.get(i);
            Vote v = votes.get(i);
            Case k = conflicts.get(i);
            inputs.add(new Decision("governance", inputs.size(), a -> a.recommendGovernance(c)));
            inputs.add(new Decision("distribution", inputs.size(), a -> a.distribute(d.coalition(), d.request())));
            inputs.add(new Decision("voting", inputs.size(), a -> comparable(a.votingPower(v.coalition(), v.quota(), v.weightsUsed()))));
            inputs.add(new Decision("conflict", inputs.size(), a -> a.assessConflict(k.coalition(), k.conflict(), k.asOf(), k.ledger())));
        }
        return Collections.unmodifiableList(inputs);
    }

    /** A voting answer as values: {@link dev.coalition.voting.VotingPower} does not define equality. */
    private static List<Object> comparable(VotingAdvice advice) {
        VotingPower power = advice.power();
        return List.of(power.swings(), power.banzhaf(), power.banzhafRaw(), power.shapleyShubik(), power.vetoPlayers(),
                power.nullPlayers(), advice.findings(), advice.explanation());
    }

    private static <T> List<T> sample(Gen<T> gen) {
        List<T> values = new ArrayList<>();
        qt().withFixedSeed(SEED).withExamples(2 * INPUTS_PER_KIND).forAll(gen).checkAssert(values::add);
        assertThat(values).as("generated inputs").hasSizeGreaterThanOrEqualTo(INPUTS_PER_KIND);
        return values.subList(0, INPUTS_PER_KIND);
    }
}
