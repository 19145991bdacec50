package dev.coalition.rules;

import static dev.coalition.rules.CoalitionGenerators.coalitions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.coalition.communication.CommunicationEntry;
import dev.coalition.communication.CommunicationPlan;
import dev.coalition.communication.Layer;
import dev.coalition.core.Coalition;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.CommunicationAdvice;
import dev.coalition.rules.api.GovernanceRecommendation;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Laws of the proposed communication plan over generated coalitions of 2 to 25 members under each
 * governance mode (with and without a lead): the plan passes its own checks, and given back as a
 * plan it is judged the same.
 */
class CommunicationPropertiesTest {

    private static final int EXAMPLES = Examples.examples(200);

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    /** Mode by index: CENTRALIZED with a lead (the member at {@code leadIndex}), HYBRID, DISTRIBUTED. */
    private static GovernanceRecommendation governance(Coalition coalition, int mode, int leadIndex) {
        GovernanceMode chosen = GovernanceMode.values()[mode];
        String lead = chosen == GovernanceMode.CENTRALIZED ? coalition.members().get(leadIndex % coalition.size()).id() : null;
        return CommunicationTest.governed(chosen, lead);
    }

    @Test
    void theProposedPlanPassesItsOwnChecks() {
        qt().withExamples(EXAMPLES).forAll(coalitions(), integers().between(0, 2), integers().between(0, 1000))
                .checkAssert((coalition, mode, lead) -> {
                    CommunicationAdvice advice = advisor.planCommunication(coalition, governance(coalition, mode, lead), null);
                    assertThat(advice.findings()).isEmpty();
                    assertThat(advice.plan()).extracting(CommunicationEntry::layer).containsAll(List.of(Layer.values()));
                    assertThat(advice.meetingShare().compareTo(dev.coalition.value.Fraction.of(1, 2))).isLessThanOrEqualTo(0);
                });
    }

    @Test
    void theProposedPlanGivenBackIsJudgedTheSame() {
        qt().withExamples(EXAMPLES).forAll(coalitions(), integers().between(0, 2), integers().between(0, 1000))
                .checkAssert((coalition, mode, lead) -> {
                    GovernanceRecommendation governance = governance(coalition, mode, lead);
                    CommunicationAdvice proposed = advisor.planCommunication(coalition, governance, null);
                    CommunicationAdvice given = advisor.planCommunication(coalition, governance,
                            new CommunicationPlan(proposed.plan()));
                    assertThat(given.proposed()).isFalse();
                    assertThat(given.meetingShare()).isEqualTo(proposed.meetingShare());
                    assertThat(given.findings()).isEqualTo(proposed.findings());
                });
    }
}
