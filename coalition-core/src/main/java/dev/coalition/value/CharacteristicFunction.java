package dev.coalition.value;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A cooperative game: the value v(S) each coalition S of players can create on its own, with
 * v(&empty;) = 0. Implement it for games of any size; {@link TableGame} holds a game given as a
 * table of every coalition.
 *
 * <p>Sampling algorithms walk through orderings of the players, adding one at a time. Override
 * {@link #walk()} when a player's marginal contribution can be computed faster than by
 * evaluating {@link #value(Set)} twice.
 */
public interface CharacteristicFunction {

    /** The players, in a fixed order; ids are unique. */
    List<String> players();

    /** The value of a coalition of players; 0 for the empty coalition. */
    Fraction value(Set<String> coalition);

    /** A walk that adds players one at a time and reports each one's marginal contribution. */
    default Walk walk() {
        List<String> players = players();
        return new Walk() {
            private final Set<String> members = new HashSet<>();
            private Fraction current = Fraction.ZERO;

            @Override
            public void reset() {
                members.clear();
                current = Fraction.ZERO;
            }

            @Override
            public Fraction add(int player) {
                members.add(players.get(player));
                Fraction next = value(members);
                Fraction marginal = next.subtract(current);
                current = next;
                return marginal;
            }
        };
    }

    /**
     * A coalition growing one player at a time. Not thread-safe: each sampling thread takes its
     * own walk.
     */
    interface Walk {

        /** Starts again from the empty coalition. */
        void reset();

        /**
         * Adds a player (by index in {@link #players()}) to the coalition.
         *
         * @return its marginal contribution v(S &cup; {i}) &minus; v(S)
         */
        Fraction add(int player);
    }
}
