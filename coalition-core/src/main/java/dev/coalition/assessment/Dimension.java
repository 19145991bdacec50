package dev.coalition.assessment;

import java.util.Arrays;
import java.util.List;

/**
 * A dimension on which two candidate partners are compared. Six are scored per candidate
 * ({@link #scored()}); {@link #RESOURCE_COMPLEMENTARITY} comes from what candidates bring and
 * {@link #RELATIONSHIP_HISTORY} from their prior ties.
 */
public enum Dimension {
    /** Alignment with the coalition's purpose: a pair is as aligned as its less aligned member. */
    STRATEGIC_VISION,
    /** A position on a scale: closeness matters. */
    CULTURE,
    /** A position on a scale: closeness matters. */
    DECISION_STYLE,
    /** A position on a scale: closeness matters. */
    RISK_TOLERANCE,
    /** A position on a scale: closeness matters. */
    INNOVATION,
    /** How easily a candidate can leave well (higher is easier); scored, not compared in pairs. */
    EXIT_FLEXIBILITY,
    /** How differently two candidates' resources complement each other, from {@code brings}. */
    RESOURCE_COMPLEMENTARITY,
    /** Whether two candidates have worked together before, from {@code priorTies}. */
    RELATIONSHIP_HISTORY;

    private static final List<Dimension> SCORED = List.of(STRATEGIC_VISION, CULTURE, DECISION_STYLE, RISK_TOLERANCE,
            INNOVATION, EXIT_FLEXIBILITY);
    private static final List<Dimension> POSITIONS = List.of(CULTURE, DECISION_STYLE, RISK_TOLERANCE, INNOVATION);
    private static final List<Dimension> PAIRWISE = Arrays.stream(values()).filter(d -> d != EXIT_FLEXIBILITY).toList();

    /** The dimensions every candidate scores, in this order. */
    public static List<Dimension> scored() {
        return SCORED;
    }

    /** The four position dimensions, whose spread across candidates is measured. */
    public static List<Dimension> positions() {
        return POSITIONS;
    }

    /** The seven dimensions a pair fit weighs, in this order. */
    public static List<Dimension> pairwise() {
        return PAIRWISE;
    }
}
