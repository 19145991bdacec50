package dev.coalition.proposal;

/** How a member votes on a proposal decided by the members. */
public enum Choice {
    /** For the proposal: counts towards participation and support. */
    FOR,
    /** Against the proposal: counts towards participation and against support. */
    AGAINST,
    /** Present but neither for nor against: counts towards participation only. */
    ABSTAIN
}
