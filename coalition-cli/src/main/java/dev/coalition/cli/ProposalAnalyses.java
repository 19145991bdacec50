package dev.coalition.cli;

import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.proposal.Proposal;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.ProposalAdvice;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;

/**
 * Asks the facade where the document's proposals stand ({@link CoalitionAdvisor#decideProposals}) as
 * of 00:00Z on the document's {@code asOf} day. The facade's problems with them (a vote or input by a
 * non-member, two votes by one member, a decision by someone without authority, dates before the
 * opening) become problems with paths into the document; those at places already reported are left
 * out. A policy that fails is not caught here.
 */
final class ProposalAnalyses {

    private static final String WEIGHTS = ".frozen.weights.";

    private ProposalAnalyses() {
    }

    /** The instant a document's {@code asOf} day stands for: its start, 00:00Z. */
    static Instant instant(LocalDate asOf) {
        return asOf.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * Where each proposal stands, in document order; {@code null} when the facade finds problems,
     * which are added to {@code problems} (unless already reported around their path).
     *
     * @param reported whether a problem was already reported at or around a path
     */
    static List<ProposalAdvice> decide(CoalitionAdvisor advisor, Coalition coalition, GovernanceRecommendation governance,
                                       List<Proposal> proposals, LocalDate asOf, Predicate<String> reported,
                                       List<Problem> problems) {
        try {
            return advisor.decideProposals(coalition, governance, proposals, instant(asOf));
        } catch (InvalidCoalitionException e) {
            for (Violation v : e.violations()) {
                String path = documentPath(v.path());
                if (!reported.test(path)) {
                    problems.add(Problem.at(path, v.message()));
                }
            }
            return null;
        }
    }

    /** The model's path as the document names it: a frozen weight's member id that is not a plain word is quoted. */
    static String documentPath(String path) {
        int weights = path.indexOf(WEIGHTS);
        if (weights < 0) {
            return path;
        }
        return DocumentPath.key(path.substring(0, weights + WEIGHTS.length() - 1), path.substring(weights + WEIGHTS.length()));
    }
}
