package dev.coalition.rules.api;

/**
 * Hooks called while an advisor takes a decision, in the spirit of Easy Rules' listeners: useful
 * for logging, auditing or tracing a policy. Called on the thread that asked for the decision;
 * implementations must be thread-safe if the advisor is shared. Exceptions thrown here are
 * passed to the caller and abort the decision.
 */
public interface RuleListener {

    /**
     * Called before the rules of a decision are evaluated.
     *
     * @param decision the decision being taken, e.g. {@code "governance"}
     * @param subject  what it is about, e.g. the coalition's name
     */
    default void beforeDecision(String decision, String subject) {
    }

    /**
     * Called for each step of the decision's explanation, in its order: first the steps of the
     * policy constants (the governance bands, which their rules derived once for the advisor's
     * settings, before this decision), then after each rule that fires, with what it contributed.
     */
    default void afterRuleFired(ExplanationStep step) {
    }

    /**
     * Called after the rules of a decision have fired.
     *
     * @param decision   the decision taken
     * @param rulesFired how many rules fired
     */
    default void afterDecision(String decision, int rulesFired) {
    }
}
