package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.PolicyCompilationException;
import dev.coalition.rules.api.PolicyDiagnostic;
import dev.coalition.rules.api.PolicyRuntimeException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule author's policy must answer completely, and its compile errors must point at the cause first. */
class PolicyCompletenessTest {

    private static final String EMPTY_LEAD_POLICY = "package dev.coalition.policies.governance;\n";

    @Test
    void aCentralizedRecommendationWithoutALeadIsAnIncompleteAnswer() {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().policyFile("governance-lead.drl", EMPTY_LEAD_POLICY).build()) {
            assertThatThrownBy(() -> advisor.recommendGovernance(Cases.strangersInACrisis()))
                    .isInstanceOf(PolicyRuntimeException.class)
                    .hasMessage("the governance policy recommends CENTRALIZED but chose no lead: a lead organisation needs one "
                            + "LeadChoice (see governance-lead.drl)");
            // a mode without a lead is still complete
            assertThat(advisor.recommendGovernance(Cases.foundingGroup()).lead()).isNull();
        }
    }

    @Test
    void aBadImportIsReportedOnceAtItsOwnLineNotAtEveryRuleItBreaks() {
        String broken = "package dev.coalition.policies.governance;\nimport dev.coalition.nowhere.Settings;\n";
        PolicyCompilationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> CoalitionAdvisor.builder().policyFile("governance-lead.drl", broken).build(), PolicyCompilationException.class);

        List<PolicyDiagnostic> diagnostics = e.diagnostics();
        // the import breaks every rule of the package in every file; only the import is reported
        assertThat(diagnostics).containsExactly(new PolicyDiagnostic("governance-lead.drl", 2, 8, null,
                "cannot import dev.coalition.nowhere.Settings: there is no such type; Settings is in dev.coalition.policy "
                        + "(import dev.coalition.policy.Settings;)"));
    }
}
