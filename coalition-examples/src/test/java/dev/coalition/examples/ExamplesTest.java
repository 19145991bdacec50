package dev.coalition.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.core.Coalition;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.GovernanceRecommendation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExamplesTest {

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void buildAdvisor() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void closeAdvisor() {
        advisor.close();
    }

    @Test
    void pandemicResponseIsCentralizedUnderTheRegionalHealthAuthorityAndMissesSeats() {
        GovernanceRecommendation advice = advisor.recommendGovernance(ArticleCoalitions.pandemicResponse());

        assertThat(advice.mode()).isEqualTo(GovernanceMode.CENTRALIZED);
        assertThat(advice.lead()).isEqualTo("regional-health");
        assertThat(advice.findings("CATEGORY_WITHOUT_SEAT")).extracting(f -> f.subject())
                .containsExactlyInAnyOrder("supplier", "logistics", "nonprofit");
        assertThat(advice.findings("CRISIS_OVERRIDE")).hasSize(1);
    }

    @Test
    void cybersecurityIsHybridWithTechnicalDecisionsCentralizedAndStrategicDistributed() {
        GovernanceRecommendation advice = advisor.recommendGovernance(ArticleCoalitions.cybersecurity());

        assertThat(advice.mode()).isEqualTo(GovernanceMode.HYBRID);
        assertThat(advice.domains().get(DecisionDomain.TECHNICAL)).isEqualTo(GovernanceMode.CENTRALIZED);
        assertThat(advice.domains().get(DecisionDomain.STRATEGIC)).isEqualTo(GovernanceMode.DISTRIBUTED);
        assertThat(advice.safeguard("PUBLISHED_DOMAIN_MAP")).isPresent();
    }

    @Test
    void foundingGroupGovernsItselfTogether() {
        GovernanceRecommendation advice = advisor.recommendGovernance(ArticleCoalitions.foundingGroup());

        assertThat(advice.mode()).isEqualTo(GovernanceMode.DISTRIBUTED);
        assertThat(advice.lead()).isNull();
    }

    @Test
    void theExamplesProgramPrintsEachCoalitionWithItsExplanation() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Examples.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertThat(text).contains("=== Pandemic response healthcare coalition (15 members) ===",
                "Mode: CENTRALIZED", "Mode: HYBRID", "Mode: DISTRIBUTED", "[governance.crisis-centralizes]");
    }

    @Test
    void theReadmeEmbeddingExampleWorksAsShown() {
        Coalition coalition = Coalition.builder("Regional innovation group")
                .formedOn(LocalDate.of(2024, 1, 15))
                .member("acme", "Acme", "manufacturer", 1, "bolt", "campus")
                .member("bolt", "Bolt Robotics", "manufacturer", 1, "acme", "campus")
                .member("campus", "Campus University", "university", 1, "acme", "bolt")
                .context(new GovernanceContext(0.2, 0.3, 0.9, 0.2))
                .build();
        try (CoalitionAdvisor custom = CoalitionAdvisor.builder().setting("governance.crisisUrgency", "0.7").build()) {
            GovernanceRecommendation advice = custom.recommendGovernance(coalition);
            assertThat(advice.mode()).isEqualTo(GovernanceMode.DISTRIBUTED);
            assertThat(advice.describe()).contains("Mode: DISTRIBUTED", "Why:");
        }
    }
}
