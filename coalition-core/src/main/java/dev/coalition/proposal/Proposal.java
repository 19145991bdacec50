package dev.coalition.proposal;

import dev.coalition.core.Violation;
import dev.coalition.governance.DecisionDomain;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Something a coalition decides: routed by its domain to the members' vote (a distributed domain)
 * or to whoever decides centrally (a centralized domain). Any value is accepted here so that every
 * problem can be reported with its path by {@link #violations(String, Collection)}.
 *
 * @param id          a stable identifier, unique among the proposals
 * @param domain      the decision domain it belongs to
 * @param title       what it proposes, in a few words
 * @param openedAt    when it opened for votes or input
 * @param closesAt    when voting closes (a late quorum may extend it; it is never shortened)
 * @param frozen      the rules in force when it opened, as returned by an earlier evaluation, or
 *                    {@code null} to take them from the settings and the members' current weights
 * @param votes       the members' votes (a distributed domain), at most one per member
 * @param decision    the decision (a centralized domain), or {@code null} when none is taken yet
 * @param memberInput input members gave on it (a centralized domain)
 */
public record Proposal(String id, DecisionDomain domain, String title, Instant openedAt, Instant closesAt,
                       FrozenRules frozen, List<Vote> votes, CentralDecision decision, List<MemberInput> memberInput) {

    public Proposal {
        votes = votes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(votes));
        memberInput = memberInput == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(memberInput));
    }

    /**
     * Every problem with this proposal, in field order, with paths under {@code path} (for example
     * {@code proposals[0]}): a missing field, a close before the opening, a vote or input by someone
     * who is not a member (of the frozen weights when given), a second vote by one member, a vote, an
     * input or a decision dated before the opening, a rationale published before the decision.
     *
     * @param members the ids of the coalition's current members
     */
    public List<Violation> violations(String path, Collection<String> members) {
        List<Violation> problems = new ArrayList<>();
        if (id == null || !id.matches("[A-Za-z0-9_-]{1,64}")) {
            problems.add(new Violation(path + ".id", (id == null ? "is missing" : Violation.quote(id) + " is not an id")
                    + ": use 1 to 64 letters, digits, _ or -"));
        }
        if (domain == null) {
            problems.add(new Violation(path + ".domain", "is missing: give one of STRATEGIC, TECHNICAL, OPERATIONAL, "
                    + "FINANCIAL, MEMBERSHIP"));
        }
        if (title == null || title.isBlank()) {
            problems.add(new Violation(path + ".title", "is missing: say in a few words what is proposed"));
        }
        if (openedAt == null) {
            problems.add(new Violation(path + ".openedAt", "is missing: give an ISO-8601 instant, e.g. 2024-05-03T14:00:00Z"));
        }
        if (closesAt == null) {
            problems.add(new Violation(path + ".closesAt", "is missing: give an ISO-8601 instant, e.g. 2024-05-10T14:00:00Z"));
        } else if (openedAt != null && !closesAt.isAfter(openedAt)) {
            problems.add(new Violation(path + ".closesAt", closesAt + " is not after openedAt " + openedAt
                    + ": a proposal closes after it opens"));
        }
        Collection<String> voters = members;
        if (frozen != null) {
            problems.addAll(frozen.violations(path + ".frozen"));
            voters = frozen.weights().keySet();
        }
        Set<String> voted = new HashSet<>();
        for (int i = 0; i < votes.size(); i++) {
            String at = path + ".votes[" + i + "]";
            Vote vote = votes.get(i);
            if (vote == null) {
                problems.add(new Violation(at, "is missing: give {\"member\", \"choice\", \"at\"}"));
                continue;
            }
            member(at + ".member", vote.member(), voters, frozen != null, problems);
            if (vote.member() != null && !voted.add(vote.member())) {
                problems.add(new Violation(at + ".member", Violation.quote(vote.member())
                        + " has already voted on this proposal: give one vote per member"));
            }
            if (vote.choice() == null) {
                problems.add(new Violation(at + ".choice", "is missing: give FOR, AGAINST or ABSTAIN"));
            }
            notBeforeOpening(at + ".at", vote.at(), "a vote", problems);
        }
        if (decision != null) {
            String at = path + ".decision";
            member(at + ".by", decision.by(), members, false, problems);
            if (decision.verdict() == null) {
                problems.add(new Violation(at + ".outcome", "is missing: give APPROVED or REJECTED"));
            }
            notBeforeOpening(at + ".at", decision.at(), "a decision", problems);
            if (decision.at() != null && decision.rationalePublishedAt() != null
                    && decision.rationalePublishedAt().isBefore(decision.at())) {
                problems.add(new Violation(at + ".rationalePublishedAt", decision.rationalePublishedAt()
                        + " is before the decision at " + decision.at() + ": a rationale is published with or after its decision"));
            }
        }
        for (int i = 0; i < memberInput.size(); i++) {
            String at = path + ".memberInput[" + i + "]";
            MemberInput input = memberInput.get(i);
            if (input == null) {
                problems.add(new Violation(at, "is missing: give {\"member\", \"at\"}"));
                continue;
            }
            member(at + ".member", input.member(), members, false, problems);
            notBeforeOpening(at + ".at", input.at(), "input", problems);
        }
        return problems;
    }

    private void notBeforeOpening(String path, Instant at, String what, List<Violation> problems) {
        if (at == null) {
            problems.add(new Violation(path, "is missing: give an ISO-8601 instant, e.g. 2024-05-06T09:30:00Z"));
        } else if (openedAt != null && at.isBefore(openedAt)) {
            problems.add(new Violation(path, at + " is before the proposal opened at " + openedAt + ": " + what
                    + " comes after the opening"));
        }
    }

    private static void member(String path, String id, Collection<String> known, boolean frozen, List<Violation> problems) {
        if (id == null) {
            problems.add(new Violation(path, "is missing: give a member id"));
        } else if (!known.contains(id)) {
            problems.add(new Violation(path, Violation.quote(id) + (frozen
                    ? " has no weight in frozen.weights: only the members when the vote opened can vote"
                    : " is not a member of the coalition: use one of the members' ids")));
        }
    }
}
