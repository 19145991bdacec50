package dev.coalition.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.core.Violation;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.value.Fraction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a proposal must satisfy before it is decided, each problem with its path. */
class ProposalTest {

    private static final Instant OPENED = Instant.parse("2024-05-01T09:00:00Z");
    private static final Instant CLOSES = Instant.parse("2024-05-08T09:00:00Z");
    private static final List<String> MEMBERS = List.of("a", "b");

    private static List<String> problems(Proposal proposal) {
        return proposal.violations("proposals[0]", MEMBERS).stream().map(Violation::toString).toList();
    }

    private static Proposal withVotes(Vote... votes) {
        return new Proposal("p1", DecisionDomain.STRATEGIC, "Charter", OPENED, CLOSES, null, List.of(votes), null, null);
    }

    @Test
    void aValidProposalHasNoProblems() {
        assertThat(problems(withVotes(new Vote("a", Choice.FOR, OPENED), new Vote("b", Choice.AGAINST, CLOSES)))).isEmpty();
    }

    @Test
    void aVoteBySomeoneWhoIsNotAMemberIsNamed() {
        assertThat(problems(withVotes(new Vote("zed", Choice.FOR, OPENED))))
                .containsExactly("proposals[0].votes[0].member: \"zed\" is not a member of the coalition: use one of the members' ids");
    }

    @Test
    void aSecondVoteByOneMemberIsRefused() {
        assertThat(problems(withVotes(new Vote("a", Choice.FOR, OPENED), new Vote("a", Choice.AGAINST, CLOSES))))
                .containsExactly("proposals[0].votes[1].member: \"a\" has already voted on this proposal: give one vote per member");
    }

    @Test
    void aVoteBeforeTheOpeningIsRefused() {
        assertThat(problems(withVotes(new Vote("a", Choice.FOR, OPENED.minusSeconds(1)))))
                .singleElement().asString().startsWith("proposals[0].votes[0].at: 2024-05-01T08:59:59Z is before the proposal opened");
    }

    @Test
    void aCloseThatIsNotAfterTheOpeningIsRefused() {
        Proposal proposal = new Proposal("p1", DecisionDomain.STRATEGIC, "Charter", OPENED, OPENED, null, null, null, null);

        assertThat(problems(proposal)).singleElement().asString().startsWith("proposals[0].closesAt: ");
    }

    @Test
    void withFrozenWeightsOnlyTheMembersWhenTheVoteOpenedMayVote() {
        FrozenRules frozen = new FrozenRules(Fraction.of(1, 2), Fraction.of(1, 2), Map.of("a", 1L, "old", 3L));
        Proposal proposal = new Proposal("p1", DecisionDomain.STRATEGIC, "Charter", OPENED, CLOSES, frozen,
                List.of(new Vote("old", Choice.FOR, OPENED), new Vote("b", Choice.FOR, OPENED)), null, null);

        assertThat(problems(proposal)).containsExactly("proposals[0].votes[1].member: \"b\" has no weight in frozen.weights: "
                + "only the members when the vote opened can vote");
    }

    @Test
    void frozenSharesOutsideZeroToOneAreRefused() {
        FrozenRules frozen = new FrozenRules(Fraction.of(3, 2), Fraction.of(-1, 2), Map.of("a", 1L));

        assertThat(frozen.violations("f")).extracting(Violation::path).containsExactly("f.quorum", "f.threshold");
    }

    @Test
    void aRationalePublishedBeforeTheDecisionIsRefused() {
        Proposal proposal = new Proposal("p1", DecisionDomain.TECHNICAL, "Standard", OPENED, CLOSES, null, null,
                new CentralDecision("a", Verdict.APPROVED, CLOSES, CLOSES.minusSeconds(1)), null);

        assertThat(problems(proposal)).singleElement().asString().startsWith("proposals[0].decision.rationalePublishedAt: ");
    }

    @Test
    void aDecisionOrInputBySomeoneWhoIsNotAMemberIsNamed() {
        Proposal proposal = new Proposal("p1", DecisionDomain.TECHNICAL, "Standard", OPENED, CLOSES, null, null,
                new CentralDecision("x", Verdict.APPROVED, CLOSES, null), List.of(new MemberInput("y", OPENED)));

        assertThat(problems(proposal)).extracting(s -> s.substring(0, s.indexOf(':')))
                .containsExactly("proposals[0].decision.by", "proposals[0].memberInput[0].member");
    }
}
