package dev.coalition.governance;

/**
 * The three ways a coalition can govern itself (the article's three models, matched to the
 * three modes of Provan &amp; Kenis 2008, "Modes of Network Governance").
 *
 * <p>The declaration order is the tie-break order: when two modes fit equally well, the earlier
 * one is preferred (a lead organisation is the simplest structure to set up and to undo).
 */
public enum GovernanceMode {
    /** A lead organisation or steering committee decides for all (P&amp;K: lead organisation). */
    CENTRALIZED("a lead organisation"),
    /** A layered structure: some domains decided centrally, others by all (P&amp;K: network administrative organisation). */
    HYBRID("a layered, hybrid structure"),
    /** Authority spread across the members (P&amp;K: shared participant governance). */
    DISTRIBUTED("shared governance by all members");

    private final String description;

    GovernanceMode(String description) {
        this.description = description;
    }

    /** A short phrase naming the mode in a sentence, e.g. "a lead organisation". */
    public String description() {
        return description;
    }

    /** The position in the tie-break order: lower wins a tie. */
    public int tieRank() {
        return ordinal();
    }
}
