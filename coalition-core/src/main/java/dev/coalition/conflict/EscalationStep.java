package dev.coalition.conflict;

/**
 * The rungs of a coalition's escalation ladder, in order (the article's "conflict-by-design":
 * clear escalation pathways decided in advance). Each rung's owner and time box are settings.
 */
public enum EscalationStep {
    /** The parties negotiate directly. */
    DIRECT_NEGOTIATION,
    /** A working group of members looks for a solution. */
    WORKING_GROUP,
    /** A designated mediator works with the parties. */
    DESIGNATED_MEDIATOR,
    /** The steering body decides. */
    STEERING_BODY,
    /** An external arbitrator decides. */
    EXTERNAL_ARBITRATION,
    /** A member leaves with dignity: contributions recognised, account settled. */
    DIGNIFIED_DIVERGENCE;

    /** The next rung up, or {@code null} from the top. */
    public EscalationStep next() {
        EscalationStep[] steps = values();
        return ordinal() + 1 < steps.length ? steps[ordinal() + 1] : null;
    }
}
