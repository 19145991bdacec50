package dev.coalition.testkit;

/** The kinds of cooperative games {@link Games} generates. */
public enum GameKind {
    /** v &ge; 0 and v(S) &le; v(T) whenever S &sube; T: adding a player never lowers a coalition's value. */
    MONOTONE,
    /**
     * v(S &cup; T) &ge; v(S) + v(T) for disjoint S and T: joining forces never loses value. Built
     * from Harsanyi dividends, any for single players and &ge; 0 for larger coalitions, so a single
     * player may be worth less than nothing and the game need not be monotone.
     */
    SUPERADDITIVE,
    /** Any values, some negative; only v(N) &gt; 0, as a distribution needs. */
    ARBITRARY
}
