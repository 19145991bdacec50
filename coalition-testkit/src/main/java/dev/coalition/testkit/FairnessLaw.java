package dev.coalition.testkit;

import java.util.Arrays;
import java.util.List;

/**
 * The fairness laws the testkit asserts, each the law of {@link dev.coalition.value.FairnessLaws}
 * of the same name (plus {@link #ANSWERS_VALID_REQUEST}). The laws of a game
 * ({@link #gameLaw()}) characterise shares that follow the game, as SHAPLEY's do: they are
 * asserted of a policy only when asked, and of an advisor only for requests that ask the game
 * to decide.
 */
public enum FairnessLaw {
    /** A valid request is answered, not refused. */
    ANSWERS_VALID_REQUEST("a valid request is answered with an allocation, not refused", false),
    /** Efficiency. */
    EFFICIENT("the exact shares add up to the amount", false),
    /** No unit lost or invented. */
    PAID_OUT_ADDS_UP("the paid-out units add up exactly to the amount", false),
    /** Payouts follow the exact shares. */
    WITHIN_ONE_UNIT("each member is paid within one unit of its exact share", false),
    /** Symmetry. */
    SYMMETRIC("members the request cannot tell apart (equal contributions and needs, interchangeable in the game) get equal exact shares", false),
    /** Symmetry of the payouts. */
    INTERCHANGEABLE_PAID_WITHIN_ONE_UNIT("members the request cannot tell apart are paid at most one unit apart", false),
    /** Monotonicity in contribution. */
    MONOTONE_IN_CONTRIBUTION("raising one member's contribution, all else equal, never lowers its exact share", false),
    /** Determinism. */
    DETERMINISTIC("the same request gives the same allocation", false),
    /** The null-player law of a game. */
    NULL_PLAYER_GETS_NOTHING("a member who adds nothing to any coalition of the game gets an exact share of 0", true),
    /** No negative share in a monotone game. */
    NO_NEGATIVE_SHARE_IN_MONOTONE_GAME("in a monotone game with values >= 0, no member's exact share is negative", true);

    private final String statement;
    private final boolean gameLaw;

    FairnessLaw(String statement, boolean gameLaw) {
        this.statement = statement;
        this.gameLaw = gameLaw;
    }

    /** The law in a sentence, e.g. "the exact shares add up to the amount". */
    public String statement() {
        return statement;
    }

    /** Whether this is a law of a game, which only shares that follow the game keep. */
    public boolean gameLaw() {
        return gameLaw;
    }

    /** The laws every allocation policy keeps, whatever it bases the shares on: every law but the game's. */
    public static List<FairnessLaw> everyPolicy() {
        return Arrays.stream(values()).filter(l -> !l.gameLaw).toList();
    }

    /** Every law, the game's included. */
    public static List<FairnessLaw> all() {
        return List.of(values());
    }
}
