package dev.coalition.value.stability;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.value.Fraction;
import dev.coalition.value.TableGame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The core test (Gillies 1959): a division x of v(N) is in the core when it is efficient (x(N) =
 * v(N)) and no coalition S can create more on its own than the division gives it (x(S) &ge; v(S)).
 * Exact, over all 2<sup>n</sup> &minus; 2 proper coalitions.
 */
public final class Core {

    private Core() {
    }

    /**
     * Every coalition that would gain by leaving, in {@link BlockingCoalition#order}.
     *
     * @param shares each player's share, in the game's units
     * @throws InvalidCoalitionException at {@code shares} when a player of the game has no share or a share names no player
     */
    public static List<BlockingCoalition> blocking(TableGame game, Map<String, Fraction> shares) {
        List<String> players = game.players();
        Fraction[] x = shares(players, shares);
        int n = players.size();
        Fraction[] received = new Fraction[1 << n];
        received[0] = Fraction.ZERO;
        List<BlockingCoalition> blocking = new ArrayList<>();
        for (int mask = 1; mask < (1 << n); mask++) {
            int low = Integer.numberOfTrailingZeros(mask);
            received[mask] = received[mask & (mask - 1)].add(x[low]);
            Fraction gain = game.value(mask).subtract(received[mask]);
            if (mask != (1 << n) - 1 && gain.signum() > 0) {
                blocking.add(new BlockingCoalition(Coalitions.members(players, mask), game.value(mask), received[mask], gain));
            }
        }
        blocking.sort(BlockingCoalition.order(players));
        return List.copyOf(blocking);
    }

    /** Whether the shares add up to v(N) and no coalition would gain by leaving. */
    public static boolean contains(TableGame game, Map<String, Fraction> shares) {
        int grand = (1 << game.players().size()) - 1;
        return Fraction.sum(shares.values()).equals(game.value(grand)) && blocking(game, shares).isEmpty();
    }

    private static Fraction[] shares(List<String> players, Map<String, Fraction> shares) {
        List<Violation> problems = new ArrayList<>();
        Fraction[] x = new Fraction[players.size()];
        for (int i = 0; i < players.size(); i++) {
            x[i] = shares.get(players.get(i));
            if (x[i] == null) {
                problems.add(new Violation("shares." + players.get(i), "is missing; give every player of the game a share"));
            }
        }
        for (String id : shares.keySet()) {
            if (!players.contains(id)) {
                problems.add(new Violation("shares." + id, "is not a player of the game " + players));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        return x;
    }
}
