package dev.coalition.rules.api;

import dev.coalition.governance.GovernanceMode;
import dev.coalition.proposal.FrozenRules;
import dev.coalition.proposal.MemberInput;
import dev.coalition.value.Fraction;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where one proposal stands, and why. Immutable.
 *
 * @param id                  the proposal's id
 * @param routedTo            how its decision domain is decided: {@link GovernanceMode#DISTRIBUTED} (the members
 *                            vote) or {@link GovernanceMode#CENTRALIZED} (the lead, a steering-body member or a member decides)
 * @param outcome             the outcome the rules decided
 * @param participation       for a vote, the weight cast as a share of the total weight; otherwise {@code null}
 * @param support             for a vote, FOR as a share of FOR and AGAINST; otherwise {@code null}
 * @param frozen              for a vote, the rules it is decided by: store them and pass them back with the
 *                            proposal so that later changes of settings or weights do not change it; otherwise {@code null}
 * @param extendedTo          the close a late quorum extended voting to, or {@code null}
 * @param rationaleDue        for a central decision taken, when its rationale is due; otherwise {@code null}
 * @param inputBeforeDecision for a central decision taken, the member input received before it, in the order given
 * @param findings            problems worth acting on (a late or overdue rationale, votes after the close, ...)
 * @param explanation         the rules that fired, in order
 */
public record ProposalAdvice(String id, GovernanceMode routedTo, ProposalOutcome outcome, Fraction participation,
                             Fraction support, FrozenRules frozen, Instant extendedTo, Instant rationaleDue,
                             List<MemberInput> inputBeforeDecision, List<Finding> findings,
                             List<ExplanationStep> explanation) {

    public ProposalAdvice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(routedTo, "routedTo");
        Objects.requireNonNull(outcome, "outcome");
        inputBeforeDecision = List.copyOf(inputBeforeDecision);
        findings = List.copyOf(findings);
        explanation = List.copyOf(explanation);
    }
}
