package dev.coalition.benchmarks;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.SplittableRandom;

/**
 * Memory check, run as a program: builds, uses and closes 1,000 advisors with different settings
 * (as settings reloads do) and prints the heap in use after a full GC before and after.
 *
 * <pre>
 * java -cp coalition-benchmarks/target/benchmarks.jar dev.coalition.benchmarks.AdvisorChurn
 * </pre>
 */
public final class AdvisorChurn {

    private AdvisorChurn() {
    }

    public static void main(String[] args) throws InterruptedException {
        int advisors = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        Coalition coalition = BenchmarkCoalitions.random(new SplittableRandom(3), 20, "Churn");
        try (CoalitionAdvisor warm = CoalitionAdvisor.builder().build()) {
            warm.recommendGovernance(coalition); // the shared, pre-built knowledge base is loaded once, before the baseline
            warm.votingPower(coalition, 10);
        }
        long before = usedAfterGc();
        long start = System.nanoTime();
        for (int i = 0; i < advisors; i++) {
            try (CoalitionAdvisor advisor = CoalitionAdvisor.builder()
                    .setting("governance.crisisUrgency", Double.toString(0.70 + (i % 30) / 100.0))
                    .setting("governance.fewMembers", 4 + i % 5)
                    .build()) {
                advisor.recommendGovernance(coalition);
                advisor.votingPower(coalition, 10);
            }
        }
        long elapsed = System.nanoTime() - start;
        long after = usedAfterGc();
        System.out.printf("advisors built, used and closed: %d in %.1f s (%.2f ms each)%n", advisors, elapsed / 1e9,
                elapsed / 1e6 / advisors);
        System.out.printf("heap in use after GC: before %.1f MB, after %.1f MB (%+.1f%%)%n", before / 1e6, after / 1e6,
                100.0 * (after - before) / before);
    }

    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
