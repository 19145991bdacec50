package dev.coalition.rules.value;

import dev.coalition.value.Fraction;
import java.util.Objects;

/**
 * Input fact: the nucleolus of a distribution's game was not computed, and the figures that say why.
 *
 * @param reason     GRAND_VALUE_NOT_POSITIVE, NO_IMPUTATION or TOO_MANY_PLAYERS
 * @param players    the number of players of the game
 * @param maxPlayers the setting {@code value.nucleolusMaxPlayers}
 * @param ownTotal   &Sigma; v({i}), what the players make each on their own
 * @param grand      v(N)
 */
public record NucleolusOmitted(String reason, int players, int maxPlayers, Fraction ownTotal, Fraction grand) {

    public NucleolusOmitted {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(ownTotal, "ownTotal");
        Objects.requireNonNull(grand, "grand");
    }
}
