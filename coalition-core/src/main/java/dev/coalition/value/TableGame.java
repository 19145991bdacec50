package dev.coalition.value;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cooperative game given as a table: the value of every non-empty coalition of at most
 * {@value #MAX_PLAYERS} players. Immutable.
 */
public final class TableGame implements CharacteristicFunction {

    /** The most players a table can hold (2<sup>15</sup> &minus; 1 coalitions). */
    public static final int MAX_PLAYERS = 15;

    private final List<String> players;
    private final Fraction[] values;

    private TableGame(List<String> players, Fraction[] values) {
        this.players = players;
        this.values = values;
    }

    /**
     * A game from the value of every non-empty coalition.
     *
     * @param players the players, in order
     * @param values  the value of each coalition, keyed by its set of players
     * @throws InvalidCoalitionException naming each problem: too many or repeated players, a
     *                                   coalition with an unknown player, a missing coalition
     */
    public static TableGame of(List<String> players, Map<Set<String>, Fraction> values) {
        List<Violation> problems = new ArrayList<>();
        if (players == null || players.isEmpty()) {
            throw new InvalidCoalitionException(List.of(new Violation("players", "is empty; list the game's players")));
        }
        if (players.size() > MAX_PLAYERS) {
            throw new InvalidCoalitionException(List.of(new Violation("players", "has " + players.size()
                    + " players; a table game holds at most " + MAX_PLAYERS + " (implement CharacteristicFunction for larger games)")));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < players.size(); i++) {
            if (index.putIfAbsent(players.get(i), i) != null) {
                problems.add(new Violation("players[" + i + "]", "\"" + players.get(i) + "\" is repeated"));
            }
        }
        int n = players.size();
        Fraction[] table = new Fraction[1 << n];
        table[0] = Fraction.ZERO;
        for (Map.Entry<Set<String>, Fraction> e : values.entrySet()) {
            String key = String.join(",", e.getKey());
            int mask = 0;
            boolean known = true;
            for (String p : e.getKey()) {
                Integer i = index.get(p);
                if (i == null) {
                    problems.add(new Violation("values." + key, "unknown player \"" + p + "\""));
                    known = false;
                } else {
                    mask |= 1 << i;
                }
            }
            if (e.getKey().isEmpty()) {
                problems.add(new Violation("values", "the empty coalition has value 0 and is not listed"));
            } else if (known) {
                if (e.getValue() == null) {
                    problems.add(new Violation("values." + key, "is null; give a number"));
                }
                table[mask] = e.getValue();
            }
        }
        List<String> missing = new ArrayList<>();
        for (int mask = 1; mask < table.length; mask++) {
            if (table[mask] == null) {
                missing.add(describe(players, mask));
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new Violation("values", missing.size() + " coalition" + (missing.size() == 1 ? " is" : "s are")
                    + " missing, e.g. \"" + missing.get(0) + "\"; give the value of every non-empty coalition"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        return new TableGame(List.copyOf(players), table);
    }

    private static String describe(List<String> players, int mask) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < players.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                members.add(players.get(i));
            }
        }
        return String.join(",", members);
    }

    @Override
    public List<String> players() {
        return players;
    }

    @Override
    public Fraction value(Set<String> coalition) {
        int mask = 0;
        for (String p : coalition) {
            int i = players.indexOf(p);
            if (i < 0) {
                throw new IllegalArgumentException("coalition: unknown player \"" + p + "\"");
            }
            mask |= 1 << i;
        }
        return values[mask];
    }

    /** v(N): the value of the coalition of all the players. */
    public Fraction grandValue() {
        return values[values.length - 1];
    }

    /** The value of the coalition whose players are the set bits of {@code mask} (bit i = player i). */
    public Fraction value(int mask) {
        return values[mask];
    }

    @Override
    public Walk walk() {
        return new Walk() {
            private int mask;

            @Override
            public void reset() {
                mask = 0;
            }

            @Override
            public Fraction add(int player) {
                Fraction before = values[mask];
                mask |= 1 << player;
                return values[mask].subtract(before);
            }
        };
    }
}
