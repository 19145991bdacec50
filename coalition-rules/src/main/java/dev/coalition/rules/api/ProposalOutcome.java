package dev.coalition.rules.api;

/** Where a proposal stands as of the analysis instant. */
public enum ProposalOutcome {
    /** Voting is still open, or a central decision has not been taken yet. */
    OPEN,
    /** The members' vote closed with quorum and support strictly above the threshold. */
    PASSED,
    /** The members' vote closed with quorum but not enough support, or a central decision rejected it. */
    REJECTED,
    /** The members' vote closed with participation below the quorum: it does not count. */
    NO_QUORUM,
    /** A central decision approved it. */
    APPROVED
}
