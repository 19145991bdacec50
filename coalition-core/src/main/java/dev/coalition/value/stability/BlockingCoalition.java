package dev.coalition.value.stability;

import dev.coalition.value.Fraction;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A group of players that would do better on its own: it can create more than the division gives
 * it. Amounts are in the game's own units.
 *
 * @param members  the group's players, in the game's order
 * @param value    v(S), what the group can create on its own
 * @param received x(S), what the division gives it
 * @param gain     v(S) &minus; x(S) &gt; 0, what it would gain by leaving
 */
public record BlockingCoalition(List<String> members, Fraction value, Fraction received, Fraction gain) {

    /**
     * The order blocking coalitions are reported in: the largest gain first; then fewer members
     * first, then by the members' names in the game's order, compared one by one (as a coalition is
     * named only once, value and received never have to break a tie); then the larger value, then
     * the smaller amount received.
     */
    public static Comparator<BlockingCoalition> order(List<String> players) {
        Comparator<List<String>> byMembers = (a, b) -> {
            if (a.size() != b.size()) {
                return Integer.compare(a.size(), b.size());
            }
            for (int k = 0; k < a.size(); k++) {
                int c = Integer.compare(players.indexOf(a.get(k)), players.indexOf(b.get(k)));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        return Comparator.comparing(BlockingCoalition::gain, Comparator.reverseOrder())
                .thenComparing(BlockingCoalition::members, byMembers)
                .thenComparing(BlockingCoalition::value, Comparator.reverseOrder())
                .thenComparing(BlockingCoalition::received);
    }

    public BlockingCoalition {
        members = List.copyOf(members);
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(gain, "gain");
    }
}
