package dev.coalition.conflict;

/** How a step of the escalation ladder ended, or that it is still under way. */
public enum StepOutcome {
    /** The step did not resolve the conflict. */
    FAILED,
    /** The step resolved the conflict. */
    RESOLVED,
    /** The step is still under way. */
    ONGOING
}
