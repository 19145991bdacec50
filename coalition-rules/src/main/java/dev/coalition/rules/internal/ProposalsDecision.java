package dev.coalition.rules.internal;

import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.policy.Settings;
import dev.coalition.proposal.CentralDecision;
import dev.coalition.proposal.FrozenRules;
import dev.coalition.proposal.MemberInput;
import dev.coalition.proposal.Proposal;
import dev.coalition.proposal.Vote;
import dev.coalition.proposal.VoteTally;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.PolicyRuntimeException;
import dev.coalition.rules.api.ProposalAdvice;
import dev.coalition.rules.api.ProposalOutcome;
import dev.coalition.rules.policy.Text;
import dev.coalition.rules.proposal.CentralCase;
import dev.coalition.rules.proposal.DatedAfterAsOf;
import dev.coalition.rules.proposal.IgnoredVote;
import dev.coalition.rules.proposal.NotRoutedHere;
import dev.coalition.rules.proposal.OutcomeDecided;
import dev.coalition.rules.proposal.VoteCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposals: routing by the governance recommendation's domains, the frozen rules and the vote count
 * from core, the outcome and the findings from the rules (operations-proposals.drl).
 */
public final class ProposalsDecision {

    static final String QUORUM = "governance.quorum";
    static final String THRESHOLD = "governance.supportThreshold";
    static final String DEADLINE = "governance.rationaleDeadlineHours";
    static final String EXTENSION = "operations.lateQuorumExtensionHours";

    private ProposalsDecision() {
    }

    /**
     * Decides each proposal as of an instant.
     *
     * @throws InvalidCoalitionException naming every problem of every proposal, paths {@code proposals[i].FIELD}
     */
    public static List<ProposalAdvice> decide(DecisionRunner runner, Settings settings, Coalition coalition,
                                              GovernanceRecommendation governance, List<Proposal> proposals, Instant asOf) {
        check(coalition, governance, proposals);
        List<ProposalAdvice> advice = new ArrayList<>(proposals.size());
        for (Proposal proposal : proposals) {
            advice.add(decide(runner, settings, coalition, governance, proposal, asOf));
        }
        return List.copyOf(advice);
    }

    private static void check(Coalition coalition, GovernanceRecommendation governance, List<Proposal> proposals) {
        List<String> members = coalition.members().stream().map(Member::id).toList();
        List<Violation> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        long totalWeight = coalition.members().stream().mapToLong(Member::votingWeight).sum();
        for (int i = 0; i < proposals.size(); i++) {
            String path = "proposals[" + i + "]";
            Proposal proposal = proposals.get(i);
            if (proposal == null) {
                problems.add(new Violation(path, "is missing: give {\"id\", \"domain\", \"title\", \"openedAt\", \"closesAt\"}"));
                continue;
            }
            problems.addAll(proposal.violations(path, members));
            if (proposal.id() != null && !ids.add(proposal.id())) {
                problems.add(new Violation(path + ".id", Violation.quote(proposal.id())
                        + " is the id of an earlier proposal: give each proposal its own id"));
            }
            if (proposal.domain() == null) {
                continue;
            }
            GovernanceMode route = governance.domains().get(proposal.domain());
            if (route == GovernanceMode.DISTRIBUTED && proposal.frozen() == null && totalWeight == 0) {
                problems.add(new Violation(path, "no member has a voting weight, so " + proposal.domain()
                        + " decisions cannot be voted on: give the members votingWeight, or frozen.weights"));
            }
            CentralDecision decision = proposal.decision();
            if (route == GovernanceMode.CENTRALIZED && decision != null && decision.by() != null
                    && members.contains(decision.by())) {
                List<String> deciders = deciders(coalition, governance);
                if (!deciders.contains(decision.by())) {
                    problems.add(new Violation(path + ".decision.by", Violation.quote(decision.by()) + " cannot decide "
                            + proposal.domain() + " decisions: " + authority(coalition, governance)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
    }

    /** Who may take a central decision: the lead; without one a steering-body member; without one any member. */
    static List<String> deciders(Coalition coalition, GovernanceRecommendation governance) {
        if (governance.lead() != null) {
            return List.of(governance.lead());
        }
        if (!coalition.steeringBody().isEmpty()) {
            return coalition.steeringBody();
        }
        return coalition.members().stream().map(Member::id).toList();
    }

    private static String authority(Coalition coalition, GovernanceRecommendation governance) {
        if (governance.lead() != null) {
            return "they are decided by the lead organisation \"" + governance.lead() + "\"";
        }
        return "they are decided by a steering-body member (" + String.join(", ", coalition.steeringBody()) + ")";
    }

    private static ProposalAdvice decide(DecisionRunner runner, Settings settings, Coalition coalition,
                                         GovernanceRecommendation governance, Proposal proposal, Instant asOf) {
        GovernanceMode route = governance.domains().get(proposal.domain());
        List<Object> facts = new ArrayList<>(List.of(settings));
        String id = proposal.id();
        if (proposal.openedAt().isAfter(asOf)) {
            facts.add(new DatedAfterAsOf(id, "The proposal", proposal.openedAt(), asOf));
        }
        return route == GovernanceMode.CENTRALIZED
                ? central(runner, settings, proposal, asOf, facts)
                : vote(runner, settings, coalition, proposal, asOf, facts);
    }

    private static ProposalAdvice vote(DecisionRunner runner, Settings settings, Coalition coalition, Proposal proposal,
                                       Instant asOf, List<Object> facts) {
        String id = proposal.id();
        FrozenRules frozen = proposal.frozen() != null ? proposal.frozen() : freeze(settings, coalition);
        VoteTally tally = VoteTally.count(proposal, frozen, asOf, Duration.ofHours(settings.integer(EXTENSION)));
        facts.add(new VoteCount(id, tally.open(), tally.participation(), tally.support(), frozen.quorum(), frozen.threshold(),
                tally.forWeight(), tally.againstWeight(), tally.castWeight(), tally.totalWeight(), tally.closes(),
                tally.extendedTo(), tally.quorumReachedAt()));
        for (Vote late : tally.afterClose()) {
            facts.add(new IgnoredVote(id, late.member(), late.at(), tally.closes()));
        }
        for (Vote future : tally.afterAsOf()) {
            facts.add(new DatedAfterAsOf(id, "The vote of " + future.member(), future.at(), asOf));
        }
        if (proposal.decision() != null) {
            facts.add(new NotRoutedHere(id, "A decision by " + proposal.decision().by() + " is", proposal.domain().name(),
                    GovernanceMode.DISTRIBUTED.name()));
        }
        if (!proposal.memberInput().isEmpty()) {
            facts.add(new NotRoutedHere(id, count(proposal.memberInput().size(), "member input") + (proposal.memberInput().size() == 1
                    ? " is" : " are"), proposal.domain().name(), GovernanceMode.DISTRIBUTED.name()));
        }
        DecisionRunner.Outcome outcome = runner.run("proposal", id, facts);
        return new ProposalAdvice(id, GovernanceMode.DISTRIBUTED, outcome(outcome, id), tally.participation(), tally.support(),
                frozen, tally.extendedTo(), null, List.of(), Findings.of(outcome), outcome.explanation());
    }

    /** The rules in force now: the quorum and threshold settings as written, and the members' current weights. */
    static FrozenRules freeze(Settings settings, Coalition coalition) {
        Map<String, Long> weights = new LinkedHashMap<>();
        coalition.members().forEach(m -> weights.put(m.id(), (long) m.votingWeight()));
        return new FrozenRules(Text.exact(settings.number(QUORUM)), Text.exact(settings.number(THRESHOLD)), weights);
    }

    private static ProposalAdvice central(DecisionRunner runner, Settings settings, Proposal proposal, Instant asOf,
                                          List<Object> facts) {
        String id = proposal.id();
        CentralDecision decision = proposal.decision();
        boolean decided = decision != null && !decision.at().isAfter(asOf);
        if (decision != null && !decided) {
            facts.add(new DatedAfterAsOf(id, "The decision", decision.at(), asOf));
        }
        Instant published = decision == null ? null : decision.rationalePublishedAt();
        boolean rationale = decided && published != null && !published.isAfter(asOf);
        if (decided && published != null && !rationale) {
            facts.add(new DatedAfterAsOf(id, "The rationale", published, asOf));
        }
        facts.add(new CentralCase(id, decided, decided ? decision.verdict().name() : null, decided ? decision.by() : null,
                decided ? decision.at() : null, rationale,
                rationale ? Duration.between(decision.at(), published).getSeconds() : 0,
                decided ? Duration.between(decision.at(), asOf).getSeconds() : 0, rationale ? published : null));
        List<MemberInput> before = new ArrayList<>();
        for (MemberInput input : proposal.memberInput()) {
            if (input.at().isAfter(asOf)) {
                facts.add(new DatedAfterAsOf(id, "The input of " + input.member(), input.at(), asOf));
            } else if (decided && !input.at().isAfter(decision.at())) {
                before.add(input);
            }
        }
        if (!proposal.votes().isEmpty()) {
            facts.add(new NotRoutedHere(id, count(proposal.votes().size(), "vote") + (proposal.votes().size() == 1 ? " is" : " are"),
                    proposal.domain().name(), GovernanceMode.CENTRALIZED.name()));
        }
        if (proposal.frozen() != null) {
            facts.add(new NotRoutedHere(id, "Frozen voting rules are", proposal.domain().name(), GovernanceMode.CENTRALIZED.name()));
        }
        DecisionRunner.Outcome outcome = runner.run("proposal", id, facts);
        Instant due = decided ? decision.at().plus(Duration.ofHours(settings.integer(DEADLINE))) : null;
        return new ProposalAdvice(id, GovernanceMode.CENTRALIZED, outcome(outcome, id), null, null, null, null, due, before,
                Findings.of(outcome), outcome.explanation());
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static ProposalOutcome outcome(DecisionRunner.Outcome outcome, String id) {
        List<OutcomeDecided> decided = outcome.all(OutcomeDecided.class);
        if (decided.size() != 1) {
            throw new PolicyRuntimeException("the proposals policy decided " + decided.size() + " outcomes for proposal \"" + id
                    + "\"; an operations-*.drl file must decide exactly one (OPEN, PASSED, REJECTED, NO_QUORUM or APPROVED)");
        }
        String value = decided.get(0).outcome();
        try {
            return ProposalOutcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new PolicyRuntimeException("the proposals policy decided the outcome \"" + value + "\" for proposal \"" + id
                    + "\"; use OPEN, PASSED, REJECTED, NO_QUORUM or APPROVED", e);
        }
    }
}
