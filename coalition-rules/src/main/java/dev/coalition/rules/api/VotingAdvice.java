package dev.coalition.rules.api;

import dev.coalition.voting.VotingPower;
import java.util.List;
import java.util.Objects;

/**
 * Voting power in a coalition's weighted vote, with the legitimacy findings the rules draw from
 * it (a member with weight but no power, a veto nobody intended, a member who decides alone, a
 * quota that a coalition and the members outside it can both reach). Immutable.
 *
 * @param power       the exact Banzhaf and Shapley–Shubik indices, veto and null players
 * @param findings    problems worth acting on
 * @param explanation the rules that fired, in order
 */
public record VotingAdvice(VotingPower power, List<Finding> findings, List<ExplanationStep> explanation) {

    public VotingAdvice {
        Objects.requireNonNull(power, "power");
        findings = List.copyOf(findings);
        explanation = List.copyOf(explanation);
    }
}
