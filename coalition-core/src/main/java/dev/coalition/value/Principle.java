package dev.coalition.value;

/**
 * Principles a coalition states for distributing value, before any value is realised (the article:
 * "proportionality to contribution, consideration of need, recognition of different value types").
 * When a distribution names no policy, the policy rules choose one from these; the declaration
 * order is their precedence, most specific first, when several can be honoured.
 */
public enum Principle {
    /** Shares also consider what each member needs (honoured by NEED_WEIGHTED, which includes contribution). */
    NEED,
    /** Every kind of value a member adds counts, including synergies: its marginal contribution (SHAPLEY). */
    RECOGNITION_OF_ALL_VALUE_TYPES,
    /** Shares follow what each member contributes (PROPORTIONAL). */
    PROPORTIONALITY,
    /** Everyone gets the same (EQUAL). */
    EQUALITY
}
