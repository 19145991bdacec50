package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.FitEntry;
import dev.coalition.rules.api.GovernanceRecommendation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link GovernanceRecommendation#describe()}, the account a person reads: no lead line without a
 * lead, each fit ticked or not as it matched, parameters only for safeguards that have them, and
 * "none" when there is no finding.
 */
class RecommendationTextTest {

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    @Test
    void aRecommendationWithoutLeadOrFindingsSaysSo() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.cybersecurity());
        assertThat(r.findings()).isEmpty();

        String text = r.describe();

        assertThat(text).startsWith("Mode: HYBRID (" + r.mode().description() + ")\nFit:\n")
                .contains("\nFindings: none\nWhy:\n")
                .contains("  MEMBER_INPUT_CHANNEL: " + r.safeguard("MEMBER_INPUT_CHANNEL").orElseThrow().reason() + "\n")
                .contains("  DECISION_TIME_BOUND {days=14}: ")
                .contains("  TECHNICAL -> CENTRALIZED\n");
    }

    @Test
    void eachFitIsTickedAsItMatched() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.foundingGroupWithUrgency(0.95));
        assertThat(r.fit()).extracting(FitEntry::matched).contains(true, false);

        String text = r.describe();

        for (FitEntry entry : r.fit()) {
            assertThat(text).contains("  " + (entry.matched() ? "[x] " : "[ ] ") + entry.reason() + "\n");
        }
        assertThat(text).contains("Findings:\n  WARNING NO_STEERING_BODY (steeringBody): ")
                .contains("\n  INFO CRISIS_OVERRIDE (DISTRIBUTED): ");
    }
}
