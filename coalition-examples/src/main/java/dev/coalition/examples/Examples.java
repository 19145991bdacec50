package dev.coalition.examples;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.GovernanceRecommendation;
import java.io.PrintStream;
import java.util.List;

/**
 * The examples a newcomer runs first ({@code mvn -q -pl coalition-examples -am compile exec:java},
 * as the README shows): the article's cases: three coalitions with their governance
 * recommendations and the rules that decided them, then the value cases (portfolios, revenue,
 * vote, knowledge-equity ledger, quarterly review), the three conflict cases, the lifecycle cases and
 * the environmental coalition's proposals.
 */
public final class Examples {

    private Examples() {
    }

    /** Prints the recommendation for each of the article's coalitions. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Prints the recommendations to the given stream. */
    public static void run(PrintStream out) {
        List<Coalition> coalitions = List.of(ArticleCoalitions.pandemicResponse(), ArticleCoalitions.cybersecurity(),
                ArticleCoalitions.foundingGroup());
        try (CoalitionAdvisor advisor = CoalitionAdvisor.withDefaultPolicies()) {
            for (Coalition coalition : coalitions) {
                GovernanceRecommendation advice = advisor.recommendGovernance(coalition);
                out.println("=== " + coalition.name() + " (" + coalition.size() + " members) ===");
                out.println(advice.describe());
            }
            ValueExamples.run(out, advisor);
            ConflictExamples.run(out, advisor);
            AssessmentExamples.run(out, advisor);
            LifecycleExamples.run(out, advisor);
            OperationsExamples.run(out, advisor);
            CommunicationExamples.run(out, advisor);
            EvolutionExamples.run(out, advisor);
        }
    }
}
