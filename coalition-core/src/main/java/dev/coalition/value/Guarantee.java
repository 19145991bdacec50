package dev.coalition.value;

/** Whether a computed result is exact or an approximation with a stated error bound. */
public enum Guarantee {
    /** Computed exactly. */
    EXACT,
    /** Estimated by sampling; within &epsilon; of the exact value with probability at least 1 &minus; &delta;. */
    APPROXIMATE
}
