package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.lifecycle.Lifecycle;
import dev.coalition.lifecycle.MembershipChange;
import dev.coalition.proposal.Choice;
import dev.coalition.proposal.Proposal;
import dev.coalition.proposal.Vote;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.LifecycleAdvice;
import dev.coalition.rules.api.MembershipAdvice;
import dev.coalition.rules.api.MembershipOptions;
import dev.coalition.rules.api.ProposalAdvice;
import dev.coalition.rules.api.ProposalOutcome;
import dev.coalition.value.Fraction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README "Embed it": the proposals, renewal review and membership snippet gives what its comments say. */
class ReadmeOperationsSnippetTest {

    @Test
    void theSnippetAnswersAsItsCommentsSay() {
        Coalition coalition = Coalition.builder("Regional innovation group")
                .formedOn(LocalDate.of(2024, 1, 15))
                .member("acme", "Acme", "manufacturer", 1, "bolt", "campus")
                .member("bolt", "Bolt Robotics", "manufacturer", 1, "acme", "campus")
                .member("campus", "Campus University", "university", 1, "acme", "bolt")
                .context(new GovernanceContext(0.2, 0.3, 0.9, 0.2))
                .build();
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().build()) {
            Instant opened = Instant.parse("2024-05-01T09:00:00Z");
            Proposal charter = new Proposal("charter", DecisionDomain.STRATEGIC, "Adopt the charter", opened,
                    opened.plus(Duration.ofDays(7)), null,
                    List.of(new Vote("acme", Choice.FOR, opened.plusSeconds(3600)), new Vote("bolt", Choice.AGAINST, opened.plusSeconds(7200))),
                    null, List.of());
            ProposalAdvice p = advisor.decideProposals(coalition, List.of(charter), Instant.parse("2024-05-09T00:00:00Z")).get(0);
            assertThat(p.outcome()).isEqualTo(ProposalOutcome.REJECTED);
            assertThat(p.participation()).isEqualTo(Fraction.of(2, 3));
            assertThat(p.support()).isEqualTo(Fraction.of(1, 2));
            assertThat(p.frozen().quorum()).isEqualTo(Fraction.of(1, 2));

            LifecycleAdvice life = advisor.reviewLifecycle(coalition, Lifecycle.builder()
                    .renewals(LocalDate.of(2025, 3, 1)).currentMode(GovernanceMode.CENTRALIZED).build(), LocalDate.of(2026, 7, 1));
            assertThat(life.renewalDue()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(life.triggers()).extracting(LifecycleAdvice.Trigger::id).containsExactly("RENEWAL_OVERDUE", "MODE_NO_LONGER_FITS");
            assertThat(life.triggers().get(1).reason()).contains("now fits DISTRIBUTED best");

            List<MembershipAdvice> changes = advisor.changeMembership(coalition, List.of(MembershipChange.admit(
                    LocalDate.of(2024, 9, 1), Member.builder("delta").name("Delta").category("university").votingWeight(1)
                            .trusts("campus").build(), List.of("campus"))), MembershipOptions.none().withQuota(2));
            assertThat(changes.get(0).differences()).anySatisfy(d -> assertThat(d).startsWith("The recommended governance mode"))
                    .anySatisfy(d -> assertThat(d).startsWith("delta joins the vote"));
        }
    }
}
