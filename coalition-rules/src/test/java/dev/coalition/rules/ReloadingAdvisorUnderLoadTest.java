package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.rules.AdvisorUnderLoadTest.Decision;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ReloadResult;
import dev.coalition.rules.api.ReloadingAdvisor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Threads deciding on one {@link ReloadingAdvisor} while another thread reloads it back and forth
 * between two policies and, in between, policies that do not build. Every answer must carry the
 * hash of one of the two policies and equal that policy's sequential answer to the same input (no
 * call sees half a policy), no call may meet a closed advisor, and a failed reload must keep the
 * policy in service. No sleeps: the reloader waits, after each reload, until the workers have made
 * {@value #DECISIONS_PER_PHASE} more decisions.
 */
class ReloadingAdvisorUnderLoadTest {

    private static final int THREADS = 4;
    private static final int DECISIONS_PER_PHASE = Integer.getInteger("coalition.reload.decisionsPerPhase", 150);

    /** One step of the reloader: a name and the builder it reloads from. */
    private record Step(String name, Supplier<CoalitionAdvisor.Builder> builder, boolean builds) {
    }

    @Test
    void answersDuringReloadsEqualTheSequentialAnswersOfThePolicyTheyCarry() throws Exception {
        List<Decision> inputs = AdvisorUnderLoadTest.mixedInputs();
        CoalitionAdvisor bundled = CoalitionAdvisor.withDefaultPolicies();
        CoalitionAdvisor other = AdvisorUnderLoadTest.reloadedBuilder().build();   // held open: its knowledge base is shared
        Map<String, List<Object>> expected = Map.of(
                bundled.policyHash(), AdvisorUnderLoadTest.sequentially(bundled, inputs),
                other.policyHash(), AdvisorUnderLoadTest.sequentially(other, inputs));
        assertThat(expected).as("the two policies have different hashes").hasSize(2);
        List<Step> steps = List.of(
                new Step("other", AdvisorUnderLoadTest::reloadedBuilder, true),
                new Step("refused by the lint", () -> CoalitionAdvisor.builder()
                        .policyFile("governance-stop.drl", ReloadingAdvisorTest.REFUSED), false),
                new Step("bundled", CoalitionAdvisor::builder, true),
                new Step("bad setting", () -> CoalitionAdvisor.builder().setting("governance.fewMembers", "-1"), false),
                new Step("other", AdvisorUnderLoadTest::reloadedBuilder, true),
                new Step("bundled", CoalitionAdvisor::builder, true));

        ReloadingAdvisor advisor = ReloadingAdvisor.of(CoalitionAdvisor.withDefaultPolicies());
        AtomicReference<CountDownLatch> phase = new AtomicReference<>(new CountDownLatch(DECISIONS_PER_PHASE));
        AtomicBoolean done = new AtomicBoolean();
        CyclicBarrier start = new CyclicBarrier(THREADS + 1);
        Map<String, AtomicInteger> perPolicy = new ConcurrentHashMap<>();
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        long began = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; !done.get(); i++) {
                        Decision decision = inputs.get((thread * 7919 + i) % inputs.size());
                        try {
                            ReloadingAdvisor.Answer<Object> answer = advisor.with(decision.ask());
                            List<Object> answers = expected.get(answer.policyHash());
                            if (answers == null) {
                                problems.add(decision.kind() + " #" + decision.index() + ": unknown policy " + answer.policyHash());
                            } else if (!answers.get(decision.index()).equals(answer.value())) {
                                problems.add(decision.kind() + " #" + decision.index() + " differs from the sequential answer of "
                                        + answer.policyHash());
                            }
                            perPolicy.computeIfAbsent(answer.policyHash(), h -> new AtomicInteger()).incrementAndGet();
                        } catch (RuntimeException e) {
                            problems.add(decision.kind() + " #" + decision.index() + ": " + e);
                        }
                        phase.get().countDown();
                    }
                    return null;
                }));
            }
            Future<List<ReloadResult>> reloader = pool.submit(() -> {
                start.await();
                List<ReloadResult> results = new ArrayList<>();
                phase.get().await();
                for (Step step : steps) {
                    String before = advisor.policyHash();
                    ReloadResult result = advisor.reload(step.builder().get());
                    results.add(result);
                    assertThat(result.reloaded()).as(step.name() + ": " + result.describe()).isEqualTo(step.builds());
                    assertThat(result.policyHash()).as(step.name()).isEqualTo(step.builds() ? result.policyHash() : before);
                    CountDownLatch next = new CountDownLatch(DECISIONS_PER_PHASE);
                    phase.set(next);
                    next.await();
                }
                done.set(true);
                return results;
            });
            List<ReloadResult> results = reloader.get(10, TimeUnit.MINUTES);
            for (Future<?> worker : workers) {
                worker.get(1, TimeUnit.MINUTES);
            }
            long millis = (System.nanoTime() - began) / 1_000_000;

            assertThat(problems).as("answers that differ from their policy's sequential answer, or failures").isEmpty();
            assertThat(results).extracting(ReloadResult::reloaded).containsExactly(true, false, true, false, true, true);
            assertThat(results.get(1).diagnostics()).isNotEmpty();
            assertThat(results.get(3).problems()).isNotEmpty();
            assertThat(advisor.generation()).isEqualTo(4);
            assertThat(perPolicy.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            int total = perPolicy.values().stream().mapToInt(AtomicInteger::get).sum();
            assertThat(total).isGreaterThanOrEqualTo((steps.size() + 1) * DECISIONS_PER_PHASE);
            System.out.printf("ReloadingAdvisorUnderLoadTest: %d threads, %d decisions in %d ms across %d reloads (%d refused): "
                    + "%s, every one equal to its policy's sequential answer%n", THREADS, total, millis, steps.size(),
                    results.stream().filter(r -> !r.reloaded()).count(), perPolicy);
        } finally {
            done.set(true);
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            advisor.close();
            bundled.close();
            other.close();
        }
    }
}
