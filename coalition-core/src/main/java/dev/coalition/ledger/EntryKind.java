package dev.coalition.ledger;

/** What a ledger entry records. */
public enum EntryKind {
    /** Credits granted to a member for knowledge another member found valuable. */
    CREDIT,
    /** Credits a member spent on a benefit. */
    REDEMPTION
}
