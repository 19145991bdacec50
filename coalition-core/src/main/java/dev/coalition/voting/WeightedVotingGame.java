package dev.coalition.voting;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A weighted voting game [quota; w<sub>1</sub>, ..., w<sub>n</sub>]: a coalition of players wins
 * when its weights add up to at least the quota. Weights are integers &ge; 0 and
 * 0 &lt; quota &le; &Sigma;w. Immutable.
 */
public final class WeightedVotingGame {

    /**
     * The largest (players + 1) &times; quota the exact indices accept: {@link VotingPower} counts
     * coalitions by size and by weight below the quota in one table of at most about that many longs.
     *
     * <p>Why 20 million: the table holds longs (counts modulo primes near 2<sup>62</sup>, 8 bytes a cell),
     * so at the limit it takes up to 160 MB, about as much as one call should take from a default
     * heap; and the time grows with the cells as well, as r &middot; n &middot; cells modular additions for
     * n players and r primes (r &le; 2 up to about 120 players, one more per further 61): 100 players
     * at the limit (quota about 198,000) take about 1.7 s on a busy 2-core machine, more players
     * longer, in proportion to n and to r. A higher limit would allow larger quotas only at the price
     * of more memory and time per call.
     */
    public static final long MAX_TABLE_CELLS = 20_000_000L;

    private final long quota;
    private final Map<String, Long> weights;
    private final long totalWeight;

    private WeightedVotingGame(long quota, Map<String, Long> weights, long totalWeight) {
        this.quota = quota;
        this.weights = weights;
        this.totalWeight = totalWeight;
    }

    /**
     * A game with the given quota and weights, players in the map's order.
     *
     * @throws InvalidCoalitionException naming each problem: a negative weight, no players, a
     *                                   quota of 0 or less, or a quota above the total weight
     */
    public static WeightedVotingGame of(long quota, Map<String, ? extends Number> weights) {
        List<Violation> problems = new ArrayList<>();
        Map<String, Long> copy = new LinkedHashMap<>();
        long total = 0;
        if (weights == null || weights.isEmpty()) {
            problems.add(new Violation("weights", "has no players; give at least one player's weight"));
        } else {
            for (Map.Entry<String, ? extends Number> e : weights.entrySet()) {
                Number w = e.getValue();
                if (e.getKey() == null) {
                    problems.add(new Violation("weights", "has a null player id"));
                } else if (w == null) {
                    problems.add(new Violation("weights." + e.getKey(), "is required: give an integer >= 0"));
                } else if (w.longValue() < 0) {
                    problems.add(new Violation("weights." + e.getKey(), w + " is negative; a weight is an integer >= 0"));
                } else {
                    copy.put(e.getKey(), w.longValue());
                    total = Math.addExact(total, w.longValue());
                }
            }
        }
        if (quota <= 0) {
            problems.add(new Violation("quota", quota + " is not positive; the quota must be above 0"));
        } else if (problems.isEmpty() && quota > total) {
            problems.add(new Violation("quota", quota + " is above the total weight " + total
                    + "; no coalition could win: use a quota from 1 to " + total));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        if ((copy.size() + 1L) * quota > MAX_TABLE_CELLS) {
            throw new InvalidCoalitionException(List.of(new Violation("quota", quota + " with " + copy.size()
                    + " players is too large for exact power indices (they count coalitions by weight up to the quota); "
                    + "scale the weights and the quota down, e.g. to percentages")));
        }
        return new WeightedVotingGame(quota, Collections.unmodifiableMap(copy), total);
    }

    /** The quota a winning coalition must reach. */
    public long quota() {
        return quota;
    }

    /** The players' weights, in player order. */
    public Map<String, Long> weights() {
        return weights;
    }

    /** The players, in order. */
    public List<String> players() {
        return List.copyOf(weights.keySet());
    }

    /** The number of players. */
    public int size() {
        return weights.size();
    }

    /** The sum of all weights. */
    public long totalWeight() {
        return totalWeight;
    }

    /** Whether the given players together reach the quota. */
    public boolean wins(Iterable<String> players) {
        long sum = 0;
        for (String p : players) {
            Long w = weights.get(p);
            if (w == null) {
                throw new IllegalArgumentException("players: unknown player \"" + p + "\"");
            }
            sum += w;
        }
        return sum >= quota;
    }

    /** Computes the Banzhaf and Shapley–Shubik indices of every player, exactly. */
    public VotingPower power() {
        return VotingPower.of(this);
    }

    @Override
    public String toString() {
        return "[" + quota + "; " + weights + "]";
    }
}
