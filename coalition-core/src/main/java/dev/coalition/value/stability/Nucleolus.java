package dev.coalition.value.stability;

import dev.coalition.value.Fraction;
import dev.coalition.value.TableGame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nucleolus (Schmeidler 1969): the imputation that makes the largest excess v(S) &minus; x(S)
 * as small as possible, then the next largest, and so on. Exact, by sequential linear programs
 * (Maschler, Peleg &amp; Shapley 1979): each round minimises the largest excess of the coalitions
 * still open, settles the coalitions tight in every optimum at that excess, and drops those whose
 * worth the settled ones already fix, until the allocation is determined; at most n rounds.
 */
public final class Nucleolus {

    /** The most players {@link #of} accepts (a table game's limit). */
    public static final int MAX_PLAYERS = TableGame.MAX_PLAYERS;

    private Nucleolus() {
    }

    /** Why a game has no nucleolus here. */
    public enum Omission {
        /** v(N) &le; 0: there is nothing to divide. */
        GRAND_VALUE_NOT_POSITIVE,
        /** &Sigma; v({i}) &gt; v(N): no allocation gives every player at least its own value. */
        NO_IMPUTATION,
        /** More players than the limit asked for. */
        TOO_MANY_PLAYERS
    }

    /** Why the nucleolus of a game is not computed with the given player limit, if it is not. */
    public static Optional<Omission> omission(TableGame game, int maxPlayers) {
        int n = game.players().size();
        Fraction grand = game.grandValue();
        if (grand.signum() <= 0) {
            return Optional.of(Omission.GRAND_VALUE_NOT_POSITIVE);
        }
        if (individualTotal(game).compareTo(grand) > 0) {
            return Optional.of(Omission.NO_IMPUTATION);
        }
        if (n > maxPlayers) {
            return Optional.of(Omission.TOO_MANY_PLAYERS);
        }
        return Optional.empty();
    }

    /** &Sigma; v({i}), what the players can get each on their own. */
    public static Fraction individualTotal(TableGame game) {
        Fraction total = Fraction.ZERO;
        for (int i = 0; i < game.players().size(); i++) {
            total = total.add(game.value(1 << i));
        }
        return total;
    }

    /**
     * The nucleolus of a game with v(N) &gt; 0 and at least one imputation, by player in the game's order.
     *
     * @throws IllegalArgumentException naming the reason when {@link #omission} gives one for {@value #MAX_PLAYERS} players
     */
    public static Map<String, Fraction> of(TableGame game) {
        Optional<Omission> omitted = omission(game, MAX_PLAYERS);
        if (omitted.isPresent()) {
            throw new IllegalArgumentException("game: has no nucleolus here (" + omitted.get() + "): "
                    + (omitted.get() == Omission.NO_IMPUTATION ? "the players' own values add up to " + individualTotal(game)
                    + ", more than v(N)" : "v(N) must be above 0"));
        }
        List<String> players = game.players();
        int n = players.size();
        Fraction[] values = Coalitions.values(game);
        int grand = (1 << n) - 1;
        Span span = new Span(n);
        span.add(grand, values[grand]);
        Map<Integer, Fraction> settled = new LinkedHashMap<>();
        settled.put(grand, values[grand]);
        List<Integer> open = new ArrayList<>(Coalitions.proper(n));
        while (span.rank() < n) {
            open.removeIf(span::contains);
            ExcessProgram.Optimum round = ExcessProgram.solve(n, values, open, settled, true);
            for (int mask : round.tight()) {
                Fraction worth = values[mask].subtract(round.epsilon());
                span.add(mask, worth);
                settled.put(mask, worth);
            }
            open.removeAll(round.tight());
        }
        Fraction[] x = span.solution();
        Map<String, Fraction> nucleolus = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            nucleolus.put(players.get(i), x[i]);
        }
        return java.util.Collections.unmodifiableMap(nucleolus);
    }
}
