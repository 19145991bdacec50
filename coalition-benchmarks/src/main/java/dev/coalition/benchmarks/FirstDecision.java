package dev.coalition.benchmarks;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import java.util.SplittableRandom;

/**
 * What an application that starts, advises once and exits waits for, timed as a whole process:
 * builds the advisor on the bundled policies, recommends governance for a seeded 20-member
 * coalition and prints the mode.
 *
 * <pre>
 * /usr/bin/time -v java -cp coalition-benchmarks/target/benchmarks.jar dev.coalition.benchmarks.FirstDecision
 * </pre>
 */
public final class FirstDecision {

    private FirstDecision() {
    }

    public static void main(String[] args) {
        Coalition coalition = BenchmarkCoalitions.random(new SplittableRandom(7), 20, "First decision");
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().build()) {
            System.out.println(advisor.recommendGovernance(coalition).mode());
        }
    }
}
