package dev.coalition.testkit;

/**
 * The size and shape of generated weighted voting games. Start from {@link #defaults()}:
 * {@code VotingShape.defaults().players(20, 100).maxWeight(50)}.
 *
 * @param minPlayers       the fewest players, at least 1
 * @param maxPlayers       the most players, at most 1,000
 * @param maxWeight        the largest weight, 1 to 1,000
 * @param zeroWeightChance the chance that a player has weight 0, 0..1
 */
public record VotingShape(int minPlayers, int maxPlayers, int maxWeight, double zeroWeightChance) {

    /**
     * Checks the shape.
     *
     * @throws IllegalArgumentException naming the parameter that is out of range and what is allowed
     */
    public VotingShape {
        Shapes.range("players", minPlayers, maxPlayers, 1, 1_000);
        Shapes.range("maxWeight", 1, maxWeight, 1, 1_000);
        Shapes.chance("zeroWeightChance", zeroWeightChance);
    }

    /** 2 to 10 players with weights 0 to 20, a quarter of them 0. */
    public static VotingShape defaults() {
        return new VotingShape(2, 10, 20, 0.25);
    }

    /** This shape with {@code min} to {@code max} players. */
    public VotingShape players(int min, int max) {
        return new VotingShape(min, max, maxWeight, zeroWeightChance);
    }

    /** This shape with weights up to {@code max}. */
    public VotingShape maxWeight(int max) {
        return new VotingShape(minPlayers, maxPlayers, max, zeroWeightChance);
    }

    /** This shape with weight 0 at the given chance. */
    public VotingShape zeroWeightChance(double chance) {
        return new VotingShape(minPlayers, maxPlayers, maxWeight, chance);
    }
}
