package dev.coalition.conflict;

/**
 * Observed conflict behaviours, one vocabulary word per stage of Glasl's nine-stage model of
 * conflict escalation (Glasl 1982, 1999): the highest stage among a conflict's behaviours is its
 * stage.
 */
public enum Behaviour {
    /** Stage 1, hardening: positions harden. */
    POSITIONS_HARDEN(1),
    /** Stage 2, debates and polemics: polarized debate. */
    POLARIZED_DEBATE(2),
    /** Stage 3, actions not words: a party acts unilaterally. */
    UNILATERAL_ACTION(3),
    /** Stage 4, images and coalitions: parties recruit allies. */
    ALLY_RECRUITING(4),
    /** Stage 4, images and coalitions: parties stereotype each other. */
    STEREOTYPING(4),
    /** Stage 5, loss of face: public attacks on the other's standing. */
    PUBLIC_LOSS_OF_FACE(5),
    /** Stage 6, strategies of threats: threats and ultimatums. */
    THREATS_ULTIMATUMS(6),
    /** Stage 7, limited destructive blows. */
    DESTRUCTIVE_ACTS(7),
    /** Stage 8, fragmentation of the enemy: attacks on the other's core. */
    ATTACKS_ON_CORE(8),
    /** Stage 9, together into the abyss: total confrontation. */
    TOTAL_CONFRONTATION(9);

    private final int stage;

    Behaviour(int stage) {
        this.stage = stage;
    }

    /** The Glasl stage this behaviour shows, 1..9. */
    public int stage() {
        return stage;
    }
}
