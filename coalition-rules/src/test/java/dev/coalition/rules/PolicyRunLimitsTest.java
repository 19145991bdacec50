package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.PolicyRuntimeException;
import dev.coalition.rules.internal.KnowledgeBases;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a decision run treats a policy that misbehaves: the policy constants (the governance bands)
 * are held to the firing cap and their failures named like a decision's, a failure without a
 * message is named by its type, a runaway names the last five rules that fired, and a fact a rule
 * retracts leaves neither a result nor an explanation step behind.
 */
class PolicyRunLimitsTest {

    private static final String HEADER = """
            package dev.coalition.policies.custom;

            import dev.coalition.policy.Settings;
            import dev.coalition.rules.api.Severity;
            import dev.coalition.rules.governance.ModeChoice;
            import dev.coalition.rules.policy.FindingRaised;

            """;

    @Test
    void theGovernanceBandsAreHeldToTheFiringCapOnTheFirstDecision() {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().maxRuleFirings(5).build()) {
            assertThatThrownBy(() -> advisor.recommendGovernance(Cases.foundingGroup()))
                    .isExactlyInstanceOf(PolicyRuntimeException.class)
                    .hasMessageStartingWith("the governance policy fired 5 rules without settling (the cap is 5)");
        }
    }

    @Test
    void anInputTooLargeForTheCapIsReportedWithHowToRaiseIt() {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().maxRuleFirings(3).build()) {
            assertThatThrownBy(() -> advisor.assessPartners(AssessmentCases.oneOutlier()))
                    .isExactlyInstanceOf(PolicyRuntimeException.class)
                    .hasMessageContaining("the assessment policy fired 3 rules without settling (the cap is 3)")
                    .hasMessageContaining("or the input is too large for the cap (raise it with CoalitionAdvisor.builder().maxRuleFirings(n))");
        }
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().maxRuleFirings(10_000).build()) {
            assertThat(advisor.assessPartners(AssessmentCases.oneOutlier()).flags()).isNotEmpty();
        }
    }

    @Test
    void aConstantsRuleThatFailsIsNamedWhenTheAdvisorIsBuiltAndNothingIsHeld() {
        String failing = HEADER + """
                rule "No band without a review"
                    @id("custom.band-review")
                    ruleflow-group "policy-constants"
                when
                    Settings()
                then
                    throw new IllegalStateException("the bands   are under review");
                end
                """;
        int before = KnowledgeBases.held();

        assertThatThrownBy(() -> CoalitionAdvisor.builder().policyFile("governance-review.drl", failing).build())
                .isExactlyInstanceOf(PolicyRuntimeException.class)
                .hasMessage("the governance policy failed while deriving its constants in rule \"No band without a review\": "
                        + "the bands are under review");
        assertThat(KnowledgeBases.held()).isEqualTo(before);
    }

    @Test
    void aFailureWithoutAMessageIsNamedByItsType() {
        String failing = HEADER + """
                rule "Every mode needs a sponsor"
                    @id("custom.sponsor")
                when
                    ModeChoice()
                then
                    throw new UnsupportedOperationException();
                end
                """;

        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().policyFile("governance-sponsor.drl", failing).build()) {
            assertThatThrownBy(() -> advisor.recommendGovernance(Cases.foundingGroup()))
                    .isExactlyInstanceOf(PolicyRuntimeException.class)
                    .hasMessage("the governance policy failed in rule \"Every mode needs a sponsor\": UnsupportedOperationException");
        }
    }

    @Test
    void aRunawayNamesTheLastFiveRulesThatFired() {
        String runaway = HEADER + """
                rule "Every note asks for another"
                    @id("custom.runaway")
                when
                    $note : String()
                then
                    insert($note + "!");
                end

                rule "A chosen mode starts a note"
                    @id("custom.start")
                when
                    ModeChoice()
                then
                    insert("note");
                end
                """;

        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().policyFile("governance-notes.drl", runaway)
                .maxRuleFirings(200).build()) {
            PolicyRuntimeException e = catchThrowableOfType(PolicyRuntimeException.class,
                    () -> advisor.recommendGovernance(Cases.foundingGroup()));

            assertThat(e).isNotNull();
            assertThat(e.getMessage()).endsWith("last rules fired: " + List.of("Every note asks for another",
                    "Every note asks for another", "Every note asks for another", "Every note asks for another",
                    "Every note asks for another"));
        }
    }

    @Test
    void aFindingARuleWithdrawsIsNeitherReportedNorExplained() {
        String withdrawn = HEADER + """
                rule "A draft note is raised on the chosen mode"
                    @id("custom.draft")
                when
                    ModeChoice( $m : mode )
                then
                    insert(new FindingRaised("DRAFT_NOTE", Severity.INFO, $m.name(), "A draft about " + $m + "."));
                end

                rule "A draft note is withdrawn"
                    @id("custom.withdraw")
                when
                    $draft : FindingRaised( id == "DRAFT_NOTE" )
                then
                    delete($draft);
                end
                """;

        try (CoalitionAdvisor bundled = CoalitionAdvisor.withDefaultPolicies();
             CoalitionAdvisor custom = CoalitionAdvisor.builder().policyFile("governance-drafts.drl", withdrawn).build()) {
            for (var coalition : List.of(Cases.foundingGroup(), Cases.cybersecurity(), Cases.star().build())) {
                GovernanceRecommendation expected = bundled.recommendGovernance(coalition);
                GovernanceRecommendation actual = custom.recommendGovernance(coalition);

                assertThat(actual.findings()).isEqualTo(expected.findings());
                assertThat(actual.explanation()).isEqualTo(expected.explanation());
                assertThat(actual.safeguards()).isEqualTo(expected.safeguards());
            }
        }
    }
}
