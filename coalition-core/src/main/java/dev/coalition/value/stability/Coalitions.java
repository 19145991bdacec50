package dev.coalition.value.stability;

import dev.coalition.value.Fraction;
import dev.coalition.value.TableGame;
import java.util.ArrayList;
import java.util.List;

/** Coalitions as bit masks over a table game's players (bit i is player i). */
final class Coalitions {

    private Coalitions() {
    }

    /** v by mask, 0 for the empty coalition. */
    static Fraction[] values(TableGame game) {
        Fraction[] values = new Fraction[1 << game.players().size()];
        for (int mask = 0; mask < values.length; mask++) {
            values[mask] = game.value(mask);
        }
        return values;
    }

    /** Every coalition other than the empty one and all players together. */
    static List<Integer> proper(int n) {
        List<Integer> masks = new ArrayList<>();
        for (int mask = 1; mask < (1 << n) - 1; mask++) {
            masks.add(mask);
        }
        return masks;
    }

    /** The players of a coalition, in the game's order. */
    static List<String> members(List<String> players, int mask) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < players.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                members.add(players.get(i));
            }
        }
        return List.copyOf(members);
    }
}
