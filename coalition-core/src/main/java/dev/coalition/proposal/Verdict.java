package dev.coalition.proposal;

/** What whoever decides a centrally decided proposal decided. */
public enum Verdict {
    /** The proposal is approved. */
    APPROVED,
    /** The proposal is rejected. */
    REJECTED
}
