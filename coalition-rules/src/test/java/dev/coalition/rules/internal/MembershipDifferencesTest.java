package dev.coalition.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.core.Coalition;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.Severity;
import dev.coalition.rules.api.VotingAdvice;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sentences that say what a membership change changed, one per difference and none for what stayed. */
class MembershipDifferencesTest {

    private static GovernanceRecommendation governance(GovernanceMode mode, String lead, GovernanceMode technical, Finding... findings) {
        Map<DecisionDomain, GovernanceMode> domains = new EnumMap<>(DecisionDomain.class);
        for (DecisionDomain d : DecisionDomain.values()) {
            domains.put(d, GovernanceMode.DISTRIBUTED);
        }
        domains.put(DecisionDomain.TECHNICAL, technical);
        return new GovernanceRecommendation(mode, lead, List.of(), domains, List.of(), List.of(findings), List.of());
    }

    private static final Finding NO_SEAT = new Finding("CATEGORY_WITHOUT_SEAT", Severity.WARNING, "lab", "no seat");
    private static final Finding VETO = new Finding("VETO_PLAYER", Severity.WARNING, "a", "veto");

    @Test
    void nothingChangedSaysOnlyThatTheModeStays() {
        GovernanceRecommendation same = governance(GovernanceMode.DISTRIBUTED, null, GovernanceMode.DISTRIBUTED, NO_SEAT);

        assertThat(MembershipDifferences.governance(same, same)).containsExactly("The recommended governance mode stays DISTRIBUTED.");
    }

    @Test
    void aNewModeLeadRouteAndFindingsAreEachASentence() {
        GovernanceRecommendation before = governance(GovernanceMode.DISTRIBUTED, null, GovernanceMode.DISTRIBUTED, NO_SEAT);
        GovernanceRecommendation after = governance(GovernanceMode.CENTRALIZED, "hub", GovernanceMode.CENTRALIZED, VETO);

        assertThat(MembershipDifferences.governance(before, after)).containsExactly(
                "The recommended governance mode changes from DISTRIBUTED to CENTRALIZED.",
                "hub becomes the lead.",
                "TECHNICAL decisions move from DISTRIBUTED to CENTRALIZED.",
                "New finding: VETO_PLAYER (a).",
                "Finding cleared: CATEGORY_WITHOUT_SEAT (lab).");
    }

    @Test
    void aLeadThatChangesOrGoesIsSaid() {
        GovernanceRecommendation hub = governance(GovernanceMode.CENTRALIZED, "hub", GovernanceMode.CENTRALIZED);
        GovernanceRecommendation spoke = governance(GovernanceMode.CENTRALIZED, "spoke", GovernanceMode.CENTRALIZED);
        GovernanceRecommendation none = governance(GovernanceMode.HYBRID, null, GovernanceMode.CENTRALIZED);

        assertThat(MembershipDifferences.governance(hub, spoke)).contains("The lead changes from hub to spoke.");
        assertThat(MembershipDifferences.governance(hub, none)).contains("The coalition no longer has a lead (it was hub).");
    }

    private static Coalition trio(long a, long b, long c) {
        return Coalition.builder("Trio").formedOn(LocalDate.of(2024, 1, 1))
                .member("a", "A", "firm", a, "b").member("b", "B", "firm", b, "a").member("c", "C", "firm", c, "a")
                .context(new GovernanceContext(0.5, 0.5, 0.5, 0.5)).build();
    }

    @Test
    void votingPowerSentencesNameEachMemberWhosePowerChangedAndNoOneElse() {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.withDefaultPolicies()) {
            VotingAdvice even = advisor.votingPower(trio(1, 1, 1), 2);
            VotingAdvice heavyA = advisor.votingPower(trio(2, 1, 1), 3);

            assertThat(MembershipDifferences.votingPower(even, even)).containsExactly("No member's voting power changes.");
            assertThat(MembershipDifferences.votingPower(even, heavyA)).containsExactly(
                    "a's voting power changes: Banzhaf 1/3 to 3/5, Shapley–Shubik 1/3 to 2/3.",
                    "b's voting power changes: Banzhaf 1/3 to 1/5, Shapley–Shubik 1/3 to 1/6.",
                    "c's voting power changes: Banzhaf 1/3 to 1/5, Shapley–Shubik 1/3 to 1/6.");
        }
    }
}
