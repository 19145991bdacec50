package dev.coalition.value;

/**
 * Principles a coalition states for distributing value, before any value is realised (the article:
 * "proportionality to contribution, consideration of need, recognition of different value types").
 * When a distribution names no policy, the policy rules choose one from these.
 */
public enum Principle {
    /** Shares follow what each member contributes. */
    PROPORTIONALITY,
    /** Shares also consider what each member needs. */
    NEED,
    /** Every kind of value a member adds counts, including synergies: its marginal contribution. */
    RECOGNITION_OF_ALL_VALUE_TYPES,
    /** Everyone gets the same. */
    EQUALITY
}
