package dev.coalition.cli;

import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.rules.api.VotingAdvice;
import dev.coalition.voting.WeightedVotingGame;
import java.util.List;

/**
 * Asks the facade for the value analyses a document asks for. The facade's own checks (a policy
 * that does not exist, contributions missing for a member, a quota above the total weight, ...)
 * come back as problems with paths into the document; a policy that fails is not caught here.
 */
final class ValueAnalyses {

    private ValueAnalyses() {
    }

    /**
     * The distribution, or {@code null} with its problems added to {@code problems}.
     *
     * @throws dev.coalition.rules.api.PolicyRuntimeException when the policy fails
     */
    static DistributionAdvice distribute(CoalitionAdvisor advisor, Coalition coalition, DistributionRequest request,
                                         List<Problem> problems) {
        try {
            return advisor.distribute(coalition, request);
        } catch (InvalidCoalitionException e) {
            add(e, problems);
        }
        return null;
    }

    /**
     * The voting power, or {@code null} with its problems added to {@code problems}.
     *
     * @throws dev.coalition.rules.api.PolicyRuntimeException when the policy fails
     */
    static VotingAdvice votingPower(CoalitionAdvisor advisor, Coalition coalition, VotingRequest request,
                                    InputLimits limits, List<Problem> problems) {
        try {
            return request.weights() == null ? advisor.votingPower(coalition, request.quota())
                    : advisor.votingPower(coalition, request.quota(), request.weights());
        } catch (InvalidCoalitionException e) {
            long cost = WeightedVotingGame.cost(coalition.size(), request.quota());
            for (Violation v : e.violations()) {
                String message = v.message().endsWith(WeightedVotingGame.RAISE_COST_LIMIT)
                        ? v.message() + limits.raise(InputLimits.Limit.VOTING_COST, cost).replaceFirst("^; raise it", "")
                        : v.message();
                problems.add(Problem.at(ValueSections.documentPath(v.path()), message));
            }
            return null;
        }
    }

    private static void add(InvalidCoalitionException e, List<Problem> problems) {
        for (Violation v : e.violations()) {
            problems.add(Problem.at(ValueSections.documentPath(v.path()), v.message()));
        }
    }
}
