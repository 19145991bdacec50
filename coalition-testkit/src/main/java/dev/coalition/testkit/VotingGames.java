package dev.coalition.testkit;

import dev.coalition.voting.WeightedVotingGame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated weighted voting games, valid by construction: weights 0 to the shape's maximum (at
 * least one above 0) and a quota from 1 to the total weight, within the default voting-cost
 * limit. Seeded: the same {@link Random} state gives the same game.
 */
public final class VotingGames {

    private VotingGames() {
    }

    /** A game of the default shape ({@link VotingShape#defaults()}) on players {@code m00}, {@code m01}, ... */
    public static WeightedVotingGame random(Random random) {
        return random(random, VotingShape.defaults());
    }

    /** A game of the given shape on players {@code m00}, {@code m01}, ... */
    public static WeightedVotingGame random(Random random, VotingShape shape) {
        int n = Shapes.between(random, shape.minPlayers(), shape.maxPlayers());
        List<String> players = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            players.add(Shapes.id(i));
        }
        return random(random, players, shape);
    }

    /**
     * A game of the given shape (its player counts aside) on the given players, e.g. a
     * coalition's members: {@code advisor.votingPower(coalition, game.quota(), game.weights())}.
     *
     * @throws IllegalArgumentException if there are no players or a repeated one
     */
    public static WeightedVotingGame random(Random random, List<String> players, VotingShape shape) {
        if (players.isEmpty() || players.stream().distinct().count() != players.size()) {
            throw new IllegalArgumentException("players: " + players + " must be at least one distinct id");
        }
        Map<String, Long> weights = new LinkedHashMap<>();
        for (String p : players) {
            weights.put(p, Shapes.happens(random, shape.zeroWeightChance()) ? 0L : (long) Shapes.between(random, 0, shape.maxWeight()));
        }
        long total = weights.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            weights.put(players.get(random.nextInt(players.size())), 1L);
            total = 1;
        }
        long quota = 1 + (long) (random.nextDouble() * total);
        while (WeightedVotingGame.costProblem(players.size(), quota, WeightedVotingGame.DEFAULT_MAX_COST) != null
                || (players.size() + 1L) * quota > WeightedVotingGame.MAX_TABLE_CELLS) {
            quota = Math.max(1, quota / 2);
        }
        return WeightedVotingGame.of(quota, weights);
    }
}
