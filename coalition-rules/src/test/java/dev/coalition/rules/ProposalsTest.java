package dev.coalition.rules;

import static dev.coalition.rules.Explanations.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.proposal.CentralDecision;
import dev.coalition.proposal.Choice;
import dev.coalition.proposal.FrozenRules;
import dev.coalition.proposal.MemberInput;
import dev.coalition.proposal.Proposal;
import dev.coalition.proposal.Verdict;
import dev.coalition.proposal.Vote;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.ProposalAdvice;
import dev.coalition.rules.api.ProposalOutcome;
import dev.coalition.value.Fraction;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * operations-proposals.drl through the facade: routing, quorum at least, support strictly above,
 * late quorum, central decisions and their rationale deadline, asOf, and the input errors.
 */
class ProposalsTest {

    private static final Instant OPENED = Instant.parse("2024-05-01T09:00:00Z");
    private static final Instant CLOSES = Instant.parse("2024-05-08T09:00:00Z");
    private static final Instant AFTER = CLOSES.plus(Duration.ofDays(10));

    private static CoalitionAdvisor advisor;

    /** The founding group: acme, bolt, cog, dyna, weight 1 each, no steering body. */
    private static final Coalition GROUP = Cases.foundingGroup();

    @BeforeAll
    static void build() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static GovernanceRecommendation routing(GovernanceMode strategic, String lead) {
        Map<DecisionDomain, GovernanceMode> domains = new EnumMap<>(DecisionDomain.class);
        for (DecisionDomain d : DecisionDomain.values()) {
            domains.put(d, GovernanceMode.DISTRIBUTED);
        }
        domains.put(DecisionDomain.STRATEGIC, strategic);
        return new GovernanceRecommendation(lead == null ? GovernanceMode.HYBRID : GovernanceMode.CENTRALIZED, lead,
                List.of(), domains, List.of(), List.of(), List.of());
    }

    private static final GovernanceRecommendation VOTED = routing(GovernanceMode.DISTRIBUTED, null);

    private static Proposal vote(Vote... votes) {
        return new Proposal("p1", DecisionDomain.STRATEGIC, "Adopt the charter", OPENED, CLOSES, null, List.of(votes), null, null);
    }

    private static Vote v(String member, Choice choice) {
        return new Vote(member, choice, OPENED.plus(Duration.ofHours(1)));
    }

    private static ProposalAdvice one(GovernanceRecommendation governance, Proposal proposal, Instant asOf) {
        List<ProposalAdvice> advice = advisor.decideProposals(GROUP, governance, List.of(proposal), asOf);
        assertThat(advice).hasSize(1);
        return advice.get(0);
    }

    private static List<String> findingIds(ProposalAdvice advice) {
        return advice.findings().stream().map(Finding::id).toList();
    }

    @Test
    void participationExactlyAtTheQuorumPassesWithSupportAboveTheThreshold() {
        ProposalAdvice advice = one(VOTED, vote(v("acme", Choice.FOR), v("bolt", Choice.ABSTAIN)), AFTER);

        assertThat(advice.routedTo()).isEqualTo(GovernanceMode.DISTRIBUTED);
        assertThat(advice.participation()).isEqualTo(Fraction.of(1, 2));
        assertThat(advice.support()).isEqualTo(Fraction.ONE);
        assertThat(advice.outcome()).isEqualTo(ProposalOutcome.PASSED);
        assertThat(ruleIds(advice.explanation())).contains("operations.proposal.passed");
    }

    @Test
    void participationBelowTheQuorumHasNoQuorum() {
        ProposalAdvice advice = one(VOTED, vote(v("acme", Choice.FOR)), AFTER);

        assertThat(advice.outcome()).isEqualTo(ProposalOutcome.NO_QUORUM);
        assertThat(advice.participation()).isEqualTo(Fraction.of(1, 4));
    }

    @Test
    void supportExactlyAtTheThresholdIsRejected() {
        ProposalAdvice advice = one(VOTED, vote(v("acme", Choice.FOR), v("bolt", Choice.AGAINST)), AFTER);

        assertThat(advice.support()).isEqualTo(Fraction.of(1, 2));
        assertThat(advice.outcome()).isEqualTo(ProposalOutcome.REJECTED);
    }

    @Test
    void aQuorumWithOnlyAbstentionsIsRejected() {
        ProposalAdvice advice = one(VOTED, vote(v("acme", Choice.ABSTAIN), v("bolt", Choice.ABSTAIN)), AFTER);

        assertThat(advice.outcome()).isEqualTo(ProposalOutcome.REJECTED);
    }

    @Test
    void aVoteBeforeItsCloseIsOpen() {
        assertThat(one(VOTED, vote(v("acme", Choice.FOR), v("bolt", Choice.FOR)), CLOSES.minusSeconds(1)).outcome())
                .isEqualTo(ProposalOutcome.OPEN);
    }

    @Test
    void theRulesInForceAreReturnedFrozenAndFrozenRulesWinOverTheSettings() {
        ProposalAdvice first = one(VOTED, vote(v("acme", Choice.FOR), v("bolt", Choice.FOR)), AFTER);
        assertThat(first.frozen()).isEqualTo(new FrozenRules(Fraction.of(1, 2), Fraction.of(1, 2),
                Map.of("acme", 1L, "bolt", 1L, "cog", 1L, "dyna", 1L)));

        FrozenRules strict = new FrozenRules(Fraction.of(3, 4), Fraction.of(1, 2), first.frozen().weights());
        Proposal frozen = new Proposal("p1", DecisionDomain.STRATEGIC, "Adopt the charter", OPENED, CLOSES, strict,
                List.of(v("acme", Choice.FOR), v("bolt", Choice.FOR)), null, null);
        assertThat(one(VOTED, frozen, AFTER).outcome()).isEqualTo(ProposalOutcome.NO_QUORUM);
    }

    @Test
    void aQuorumReachedInsideTheLateWindowExtendsTheVoteWithAFinding() {
        Instant late = CLOSES.minus(Duration.ofHours(47).plusMinutes(59));
        ProposalAdvice advice = one(VOTED, vote(new Vote("acme", Choice.FOR, late), new Vote("bolt", Choice.FOR, late)),
                CLOSES.plusSeconds(30));

        assertThat(advice.extendedTo()).isEqualTo(late.plus(Duration.ofHours(48)));
        assertThat(advice.outcome()).as("open one minute past the original close").isEqualTo(ProposalOutcome.OPEN);
        assertThat(findingIds(advice)).containsExactly("VOTE_EXTENDED");
    }

    @Test
    void aQuorumReachedBeforeTheLateWindowDoesNotExtendTheVote() {
        Instant early = CLOSES.minus(Duration.ofHours(48).plusMinutes(1));
        ProposalAdvice advice = one(VOTED, vote(new Vote("acme", Choice.FOR, early), new Vote("bolt", Choice.FOR, early)),
                CLOSES.plusSeconds(60));

        assertThat(advice.extendedTo()).isNull();
        assertThat(advice.outcome()).isEqualTo(ProposalOutcome.PASSED);
        assertThat(findingIds(advice)).isEmpty();
    }

    @Test
    void aVoteAfterTheCloseIsNotCountedAndSaysSo() {
        ProposalAdvice advice = one(VOTED, vote(v("acme", Choice.FOR), v("bolt", Choice.FOR),
                new Vote("cog", Choice.AGAINST, CLOSES.plusSeconds(1))), AFTER);

        assertThat(advice.support()).isEqualTo(Fraction.ONE);
        assertThat(advice.findings()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("VOTE_AFTER_CLOSE");
            assertThat(f.subject()).isEqualTo("cog");
        });
    }

    @Test
    void votesDatedAfterAsOfAreLeftOutWithAFinding() {
        ProposalAdvice advice = one(VOTED, vote(v("acme", Choice.FOR), new Vote("bolt", Choice.FOR, CLOSES.minusSeconds(10))),
                OPENED.plus(Duration.ofDays(1)));

        assertThat(advice.participation()).isEqualTo(Fraction.of(1, 4));
        assertThat(findingIds(advice)).containsExactly("DATED_AFTER_AS_OF");
        assertThat(advice.findings().get(0).reason()).startsWith("The vote of bolt is dated 2024-05-08T08:59:50Z, after asOf");
    }

    private static Proposal central(Instant decidedAt, Instant rationale, MemberInput... input) {
        return new Proposal("p2", DecisionDomain.STRATEGIC, "Pick a standard", OPENED, CLOSES, null, null,
                new CentralDecision("acme", Verdict.APPROVED, decidedAt, rationale), List.of(input));
    }

    private static final GovernanceRecommendation LED = routing(GovernanceMode.CENTRALIZED, "acme");
    private static final Instant DECIDED = OPENED.plus(Duration.ofDays(2));

    @Test
    void aCentralDecisionDecidesAndItsRationaleIsDueAfterTheDeadline() {
        ProposalAdvice advice = one(LED, central(DECIDED, DECIDED.plus(Duration.ofHours(47).plusMinutes(59))), AFTER);

        assertThat(advice.routedTo()).isEqualTo(GovernanceMode.CENTRALIZED);
        assertThat(advice.outcome()).isEqualTo(ProposalOutcome.APPROVED);
        assertThat(advice.rationaleDue()).isEqualTo(DECIDED.plus(Duration.ofHours(48)));
        assertThat(advice.participation()).isNull();
        assertThat(advice.frozen()).isNull();
        assertThat(findingIds(advice)).isEmpty();
    }

    @Test
    void aRationalePublishedAt48Hours1MinuteIsLate() {
        ProposalAdvice advice = one(LED, central(DECIDED, DECIDED.plus(Duration.ofHours(48).plusMinutes(1))), AFTER);

        assertThat(findingIds(advice)).containsExactly("RATIONALE_LATE");
    }

    @Test
    void aRationalePublishedExactlyAtTheDeadlineIsOnTime() {
        assertThat(findingIds(one(LED, central(DECIDED, DECIDED.plus(Duration.ofHours(48))), AFTER))).isEmpty();
    }

    @Test
    void noRationalePastTheDeadlineIsOverdueAndWithinItIsNot() {
        assertThat(findingIds(one(LED, central(DECIDED, null), DECIDED.plus(Duration.ofHours(48).plusMinutes(1)))))
                .containsExactly("RATIONALE_OVERDUE");
        assertThat(findingIds(one(LED, central(DECIDED, null), DECIDED.plus(Duration.ofHours(47).plusMinutes(59)))))
                .isEmpty();
    }

    @Test
    void aRationalePublishedAfterAsOfCountsAsNotPublishedYet() {
        ProposalAdvice advice = one(LED, central(DECIDED, DECIDED.plus(Duration.ofHours(60))), DECIDED.plus(Duration.ofHours(50)));

        assertThat(findingIds(advice)).containsExactlyInAnyOrder("RATIONALE_OVERDUE", "DATED_AFTER_AS_OF");
    }

    @Test
    void aDecisionAfterAsOfLeavesTheProposalOpen() {
        ProposalAdvice advice = one(LED, central(DECIDED, null), DECIDED.minusSeconds(1));

        assertThat(advice.outcome()).isEqualTo(ProposalOutcome.OPEN);
        assertThat(advice.rationaleDue()).isNull();
        assertThat(findingIds(advice)).containsExactly("DATED_AFTER_AS_OF");
    }

    @Test
    void memberInputBeforeTheDecisionIsListedWithIt() {
        MemberInput before = new MemberInput("bolt", DECIDED.minusSeconds(1));
        MemberInput after = new MemberInput("cog", DECIDED.plusSeconds(1));
        ProposalAdvice advice = one(LED, central(DECIDED, DECIDED, before, after), AFTER);

        assertThat(advice.inputBeforeDecision()).containsExactly(before);
    }

    @Test
    void votesOnACentrallyDecidedProposalAreNotCounted() {
        Proposal proposal = new Proposal("p3", DecisionDomain.STRATEGIC, "Pick", OPENED, CLOSES, null,
                List.of(v("bolt", Choice.FOR)), null, null);
        ProposalAdvice advice = one(LED, proposal, AFTER);

        assertThat(advice.outcome()).isEqualTo(ProposalOutcome.OPEN);
        assertThat(findingIds(advice)).containsExactly("NOT_ROUTED_HERE");
    }

    @Test
    void onlyTheLeadMayDecideCentrallyWhenThereIsOne() {
        Proposal byBolt = new Proposal("p2", DecisionDomain.STRATEGIC, "Pick", OPENED, CLOSES, null, null,
                new CentralDecision("bolt", Verdict.REJECTED, DECIDED, null), null);
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class,
                () -> advisor.decideProposals(GROUP, LED, List.of(byBolt), AFTER));

        assertThat(e.violations()).extracting(Violation::toString).containsExactly(
                "proposals[0].decision.by: \"bolt\" cannot decide STRATEGIC decisions: they are decided by the lead organisation \"acme\"");
    }

    @Test
    void withoutALeadOrASteeringBodyAnyMemberMayDecide() {
        Proposal byBolt = new Proposal("p2", DecisionDomain.STRATEGIC, "Pick", OPENED, CLOSES, null, null,
                new CentralDecision("bolt", Verdict.REJECTED, DECIDED, DECIDED), null);

        assertThat(one(routing(GovernanceMode.CENTRALIZED, null), byBolt, AFTER).outcome()).isEqualTo(ProposalOutcome.REJECTED);
    }

    @Test
    void inAHybridCoalitionASteeringBodyMemberDecidesCentralizedDomains() {
        Coalition cyber = Cases.cybersecurity();
        GovernanceRecommendation hybrid = advisor.recommendGovernance(cyber);
        assertThat(hybrid.mode()).isEqualTo(GovernanceMode.HYBRID);
        Proposal technical = new Proposal("t1", DecisionDomain.TECHNICAL, "TLS 1.3 only", OPENED, CLOSES, null, null,
                new CentralDecision("bank2", Verdict.APPROVED, DECIDED, DECIDED), null);

        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class,
                () -> advisor.decideProposals(cyber, List.of(technical), AFTER));
        assertThat(e.violations()).extracting(Violation::toString).containsExactly("proposals[0].decision.by: \"bank2\" "
                + "cannot decide TECHNICAL decisions: they are decided by a steering-body member (bank1, tel1, gov1, uni1, sec1)");

        Proposal byBank1 = new Proposal("t1", DecisionDomain.TECHNICAL, "TLS 1.3 only", OPENED, CLOSES, null, null,
                new CentralDecision("bank1", Verdict.APPROVED, DECIDED, DECIDED), null);
        assertThat(advisor.decideProposals(cyber, List.of(byBank1), AFTER)).singleElement()
                .satisfies(a -> assertThat(a.routedTo()).isEqualTo(GovernanceMode.CENTRALIZED));
    }

    @Test
    void twoProposalsWithOneIdAreRefused() {
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class,
                () -> advisor.decideProposals(GROUP, VOTED, List.of(vote(), vote()), AFTER));

        assertThat(e.violations()).extracting(Violation::path).containsExactly("proposals[1].id");
    }

    /** Every rule of operations-proposals.drl, each fired by one brief case above (for RuleCoverageTest). */
    static java.util.Set<String> rulesFired(CoalitionAdvisor advisor) {
        Instant late = CLOSES.minus(Duration.ofHours(1));
        List<Proposal> voted = List.of(
                vote(v("acme", Choice.FOR), v("bolt", Choice.FOR), new Vote("cog", Choice.FOR, CLOSES.plus(Duration.ofDays(3)))),
                new Proposal("p2", DecisionDomain.STRATEGIC, "No quorum", OPENED, CLOSES, null, List.of(v("acme", Choice.FOR)),
                        new CentralDecision("acme", Verdict.APPROVED, DECIDED, null), null),
                new Proposal("p3", DecisionDomain.STRATEGIC, "Rejected", OPENED, CLOSES, null,
                        List.of(v("acme", Choice.AGAINST), new Vote("bolt", Choice.AGAINST, late)), null, null),
                new Proposal("p4", DecisionDomain.STRATEGIC, "Still open", OPENED, AFTER.plusSeconds(1), null,
                        List.of(new Vote("acme", Choice.FOR, AFTER.plusSeconds(1))), null, null));
        List<Proposal> central = List.of(
                central(DECIDED, DECIDED.plus(Duration.ofHours(49))),
                new Proposal("p5", DecisionDomain.STRATEGIC, "Undecided", OPENED, CLOSES, null, null, null, null),
                new Proposal("p6", DecisionDomain.STRATEGIC, "Overdue", OPENED, CLOSES, null, null,
                        new CentralDecision("acme", Verdict.REJECTED, DECIDED, null), null));
        java.util.Set<String> fired = new java.util.TreeSet<>();
        for (ProposalAdvice a : advisor.decideProposals(GROUP, VOTED, voted, AFTER)) {
            fired.addAll(ruleIds(a.explanation()));
        }
        for (ProposalAdvice a : advisor.decideProposals(GROUP, LED, central, AFTER)) {
            fired.addAll(ruleIds(a.explanation()));
        }
        return fired;
    }

    @Test
    void everyProposalRuleFiresInTheBriefCases() {
        assertThat(rulesFired(advisor)).containsExactlyInAnyOrder("operations.proposal.vote-open",
                "operations.proposal.no-quorum", "operations.proposal.passed", "operations.proposal.rejected",
                "operations.proposal.late-quorum", "operations.proposal.vote-after-close", "operations.proposal.central-open",
                "operations.proposal.central-decided", "operations.proposal.rationale-late",
                "operations.proposal.rationale-overdue", "operations.proposal.after-as-of", "operations.proposal.not-routed-here");
    }

    @Test
    void theLateQuorumExtensionIsASetting() {
        try (CoalitionAdvisor noExtension = CoalitionAdvisor.builder().setting("operations.lateQuorumExtensionHours", 0).build()) {
            Instant late = CLOSES.minus(Duration.ofHours(1));
            Proposal proposal = vote(new Vote("acme", Choice.FOR, late), new Vote("bolt", Choice.FOR, late));

            assertThat(noExtension.decideProposals(GROUP, VOTED, List.of(proposal), CLOSES).get(0).extendedTo()).isNull();
        }
    }

    @Test
    void inputTheRouteDoesNotUseIsCountedInTheFinding() {
        Proposal twoVotes = new Proposal("p3", DecisionDomain.STRATEGIC, "Pick", OPENED, CLOSES, null,
                List.of(v("bolt", Choice.FOR), v("cog", Choice.FOR)), null, null);
        Proposal oneInput = new Proposal("p4", DecisionDomain.STRATEGIC, "Vote", OPENED, CLOSES, null, null, null,
                List.of(new MemberInput("bolt", OPENED)));

        assertThat(one(LED, twoVotes, AFTER).findings().get(0).reason())
                .isEqualTo("2 votes are given, but STRATEGIC decisions are CENTRALIZED in this coalition: not counted.");
        assertThat(one(VOTED, oneInput, AFTER).findings().get(0).reason())
                .isEqualTo("1 member input is given, but STRATEGIC decisions are DISTRIBUTED in this coalition: not counted.");
    }

    @Test
    void aVoteAmongMembersWithoutWeightIsRefusedUnlessWeightsAreFrozen() {
        Coalition weightless = Coalition.builder("Weightless").formedOn(java.time.LocalDate.of(2024, 1, 1))
                .member("a", "A", "firm", 0, "b").member("b", "B", "firm", 0, "a").context(Cases.LEAD_CONTEXT).build();
        Proposal proposal = new Proposal("p1", DecisionDomain.STRATEGIC, "Charter", OPENED, CLOSES, null, null, null, null);

        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class,
                () -> advisor.decideProposals(weightless, VOTED, List.of(proposal), AFTER));
        assertThat(e.violations()).extracting(Violation::toString).containsExactly("proposals[0]: no member has a voting "
                + "weight, so STRATEGIC decisions cannot be voted on: give the members votingWeight, or frozen.weights");
    }
}
