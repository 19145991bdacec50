package dev.coalition.governance;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The situation a coalition governs itself in, each figure on a scale from 0 to 1.
 *
 * <p>Decision urgency and strategic stability are the article's governance factors; goal
 * consensus and the need for network-level competencies are two of Provan &amp; Kenis's (2008)
 * contingencies of network governance (trust and the number of participants, the other two, are
 * derived from the members).
 *
 * @param decisionUrgency       how fast decisions must be taken: 0 calm, 1 acute crisis
 * @param strategicStability    how settled the coalition's strategy is: 0 in flux, 1 settled
 * @param goalConsensus         how far members agree on the coalition's goals: 0 none, 1 full
 * @param networkCompetencyNeed how much the coalition needs competencies no single member has
 *                              (coordination, shared infrastructure): 0 none, 1 a great deal
 */
public record GovernanceContext(double decisionUrgency, double strategicStability,
                                double goalConsensus, double networkCompetencyNeed) {

    /** The names of the figures, in declaration order, as they appear in the JSON document. */
    public static final List<String> FIELDS =
            List.of("decisionUrgency", "strategicStability", "goalConsensus", "networkCompetencyNeed");

    public GovernanceContext {
        List<Violation> problems = new ArrayList<>();
        double[] values = {decisionUrgency, strategicStability, goalConsensus, networkCompetencyNeed};
        for (int i = 0; i < values.length; i++) {
            String problem = problemWithFraction(values[i]);
            if (problem != null) {
                problems.add(new Violation(FIELDS.get(i), problem));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
    }

    /**
     * What is wrong with a figure that must lie in 0..1, or {@code null} if it is fine.
     *
     * @param value the figure
     * @return a sentence such as {@code "1.5 is outside 0..1"}, or {@code null}
     */
    public static String problemWithFraction(double value) {
        if (Double.isNaN(value) || value < 0.0 || value > 1.0) {
            return format(value) + " is outside 0..1";
        }
        return null;
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
