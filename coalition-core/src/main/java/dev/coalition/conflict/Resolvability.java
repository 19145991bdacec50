package dev.coalition.conflict;

/** Whether a conflict can be resolved (after Jehn et al. 2008: efficacy, importance, emotion, norms). */
public enum Resolvability {
    /** Resolvable with the coalition's ordinary means. */
    RESOLVABLE,
    /** Resolvable only by changing the coalition's structure or agreements. */
    NEEDS_RESTRUCTURING,
    /** Not resolvable: the parties' differences are fundamental; dignified divergence follows. */
    IRRECONCILABLE
}
