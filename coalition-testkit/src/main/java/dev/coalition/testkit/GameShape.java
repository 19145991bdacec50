package dev.coalition.testkit;

import dev.coalition.value.TableGame;
import java.util.EnumSet;
import java.util.Set;

/**
 * The size and shape of generated cooperative games. Start from {@link #defaults()}:
 * {@code GameShape.defaults().players(3, 8).kinds(GameKind.MONOTONE)}.
 *
 * @param minPlayers           the fewest players, at least 1
 * @param maxPlayers           the most players, at most {@value TableGame#MAX_PLAYERS} (a table game's limit)
 * @param kinds                the kinds drawn from, each equally often
 * @param maxValue             roughly the largest value of a coalition, 1 to 1,000,000
 * @param nullPlayerChance     the chance that one player (of at least 2) adds nothing to any coalition, 0..1
 * @param interchangeableChance the chance that two players add the same to every coalition, 0..1
 */
public record GameShape(int minPlayers, int maxPlayers, Set<GameKind> kinds, int maxValue, double nullPlayerChance,
                        double interchangeableChance) {

    /**
     * Checks the shape.
     *
     * @throws IllegalArgumentException naming the parameter that is out of range and what is allowed
     */
    public GameShape {
        Shapes.range("players", minPlayers, maxPlayers, 1, TableGame.MAX_PLAYERS);
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("kinds: give at least one game kind, e.g. EnumSet.of(GameKind.MONOTONE)");
        }
        kinds = Set.copyOf(kinds);
        Shapes.range("maxValue", 1, maxValue, 1, 1_000_000);
        Shapes.chance("nullPlayerChance", nullPlayerChance);
        Shapes.chance("interchangeableChance", interchangeableChance);
    }

    /** 1 to 6 players, every kind, values up to about 100, a null player and an interchangeable pair each a quarter of the time. */
    public static GameShape defaults() {
        return new GameShape(1, 6, EnumSet.allOf(GameKind.class), 100, 0.25, 0.25);
    }

    /** This shape with {@code min} to {@code max} players. */
    public GameShape players(int min, int max) {
        return new GameShape(min, max, kinds, maxValue, nullPlayerChance, interchangeableChance);
    }

    /** This shape drawing from these kinds only. */
    public GameShape kinds(GameKind first, GameKind... more) {
        return new GameShape(minPlayers, maxPlayers, EnumSet.of(first, more), maxValue, nullPlayerChance, interchangeableChance);
    }

    /** This shape with values up to about {@code max}. */
    public GameShape maxValue(int max) {
        return new GameShape(minPlayers, maxPlayers, kinds, max, nullPlayerChance, interchangeableChance);
    }

    /** This shape with a null player at the given chance. */
    public GameShape nullPlayerChance(double chance) {
        return new GameShape(minPlayers, maxPlayers, kinds, maxValue, chance, interchangeableChance);
    }

    /** This shape with an interchangeable pair of players at the given chance. */
    public GameShape interchangeableChance(double chance) {
        return new GameShape(minPlayers, maxPlayers, kinds, maxValue, nullPlayerChance, chance);
    }
}
