package dev.coalition.rules;

import static dev.coalition.governance.DecisionDomain.FINANCIAL;
import static dev.coalition.governance.DecisionDomain.MEMBERSHIP;
import static dev.coalition.governance.DecisionDomain.OPERATIONAL;
import static dev.coalition.governance.DecisionDomain.STRATEGIC;
import static dev.coalition.governance.DecisionDomain.TECHNICAL;
import static dev.coalition.governance.GovernanceMode.CENTRALIZED;
import static dev.coalition.governance.GovernanceMode.DISTRIBUTED;
import static dev.coalition.governance.GovernanceMode.HYBRID;
import static dev.coalition.rules.Explanations.ruleIds;
import static dev.coalition.rules.Explanations.steps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.coalition.governance.DecisionDomain;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.GovernanceRecommendation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** governance-domains.drl: how each decision domain is decided. */
class GovernanceDomainsTest {

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
    void aHybridCoalitionDecidesTechnicalAndOperationalMattersCentrallyAndTheRestTogether() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.cybersecurity());

        assertThat(r.mode()).isEqualTo(HYBRID);
        assertThat(r.domains()).containsExactly(
                entry(STRATEGIC, DISTRIBUTED),
                entry(TECHNICAL, CENTRALIZED),
                entry(OPERATIONAL, CENTRALIZED),
                entry(FINANCIAL, DISTRIBUTED),
                entry(MEMBERSHIP, DISTRIBUTED));
    }

    @Test
    void theHybridCentralRuleFiresForTheDomainsOnTheMap() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.cybersecurity());

        assertThat(steps(r, "governance.domains.hybrid-central")).extracting(s -> s.inputs().get("domain"))
                .containsExactlyInAnyOrder("TECHNICAL", "OPERATIONAL");
        assertThat(steps(r, "governance.domains.hybrid-central")).allSatisfy(s -> assertThat(s.inputs()).containsEntry("mode", "CENTRALIZED"));
    }

    @Test
    void theHybridDistributedRuleFiresForTheOtherDomains() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.cybersecurity());

        assertThat(steps(r, "governance.domains.hybrid-distributed")).extracting(s -> s.inputs().get("domain"))
                .containsExactlyInAnyOrder("STRATEGIC", "FINANCIAL", "MEMBERSHIP");
        assertThat(steps(r, "governance.domains.hybrid-distributed")).allSatisfy(s -> assertThat(s.inputs()).containsEntry("mode", "DISTRIBUTED"));
        assertThat(ruleIds(r)).doesNotContain("governance.domains.single-mode");
    }

    @Test
    void aCentralizedCoalitionDecidesEveryDomainCentrally() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.star().build());

        assertThat(r.domains()).hasSize(5).containsOnlyKeys(DecisionDomain.values());
        assertThat(r.domains().values()).containsOnly(CENTRALIZED);
        assertThat(steps(r, "governance.domains.single-mode")).hasSize(5);
        assertThat(ruleIds(r)).doesNotContain("governance.domains.hybrid-central", "governance.domains.hybrid-distributed");
    }

    @Test
    void aDistributedCoalitionDecidesEveryDomainTogether() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.foundingGroup());

        assertThat(r.domains()).hasSize(5);
        assertThat(r.domains().values()).containsOnly(DISTRIBUTED);
        assertThat(steps(r, "governance.domains.single-mode")).extracting(ExplanationStep::reason)
                .contains("STRATEGIC decisions follow the recommended mode, DISTRIBUTED.");
        assertThat(ruleIds(r)).doesNotContain("governance.domains.hybrid-central", "governance.domains.hybrid-distributed");
    }

    @Test
    void aCrisisDecidesEveryDomainCentrally() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.foundingGroupWithUrgency(0.9));

        assertThat(r.domains().values()).hasSize(5).containsOnly(CENTRALIZED);
    }

    @Test
    void theDomainMapIsInDomainOrder() {
        assertThat(advisor.recommendGovernance(Cases.cybersecurity()).domains().keySet())
                .containsExactly(DecisionDomain.values());
    }

    @Test
    void theHybridMapIsASetting() {
        try (CoalitionAdvisor financeCentral = CoalitionAdvisor.builder()
                .setting("governance.hybrid.centralizedDomains", "FINANCIAL,membership").build()) {
            GovernanceRecommendation r = financeCentral.recommendGovernance(Cases.cybersecurity());

            assertThat(r.domains()).containsExactly(
                    entry(STRATEGIC, DISTRIBUTED),
                    entry(TECHNICAL, DISTRIBUTED),
                    entry(OPERATIONAL, DISTRIBUTED),
                    entry(FINANCIAL, CENTRALIZED),
                    entry(MEMBERSHIP, CENTRALIZED));
        }
    }

    @Test
    void anEmptyHybridMapCentralizesNothing() {
        try (CoalitionAdvisor nothingCentral = CoalitionAdvisor.builder()
                .setting("governance.hybrid.centralizedDomains", "").build()) {
            GovernanceRecommendation r = nothingCentral.recommendGovernance(Cases.cybersecurity());

            assertThat(r.mode()).isEqualTo(HYBRID);
            assertThat(r.domains().values()).hasSize(5).containsOnly(DISTRIBUTED);
            assertThat(ruleIds(r)).doesNotContain("governance.domains.hybrid-central");
            assertThat(r.safeguard("PUBLISHED_RATIONALE")).as("no central decisions, no central safeguards").isEmpty();
            assertThat(r.safeguard("PUBLISHED_DOMAIN_MAP")).isPresent();
        }
    }
}
