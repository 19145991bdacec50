package dev.coalition.cli;

import dev.coalition.rules.api.CoalitionAdvisor;
import java.io.InputStream;

/**
 * Reads a coalition document, evaluates it with an advisor of the policy options and writes an
 * answer from the evaluation: what {@code evaluate} and {@code report} share.
 */
final class DocumentEvaluation {

    /** Writes the answer to an evaluated document. */
    @FunctionalInterface
    interface Answer {
        /**
         * The answer's text.
         *
         * @param advisor    the advisor that evaluated the document
         * @param reading    the document as read
         * @param evaluation what was decided for it
         */
        String write(CoalitionAdvisor advisor, CoalitionDocument.Reading reading, Evaluation evaluation);
    }

    private DocumentEvaluation() {
    }

    /**
     * The answer to a document.
     *
     * @param file         the document's path, or {@code -} for standard input
     * @param stdin        what {@code -} reads
     * @param policy       the policy options (directory, settings)
     * @param limitOptions the input limits
     * @param answer       how the answer is written
     * @throws UserError with every problem of the document, in document order
     */
    static String answer(String file, InputStream stdin, PolicyOptions policy, LimitOptions limitOptions, Answer answer) {
        policy.overrides();
        InputLimits limits = limitOptions.limits();
        CoalitionDocument.Reading reading = CoalitionDocument.parse(InputSource.read(file, stdin, limits), limits);
        Evaluation.requireEvaluable(reading);
        try (Advisors.Lease lease = Advisors.open(policy, limits.get(InputLimits.Limit.VOTING_COST))) {
            Evaluation evaluation = Evaluation.of(lease.advisor(), reading, limits);
            return answer.write(lease.advisor(), reading, evaluation);
        }
    }
}
