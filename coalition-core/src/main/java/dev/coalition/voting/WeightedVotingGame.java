package dev.coalition.voting;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A weighted voting game [quota; w<sub>1</sub>, ..., w<sub>n</sub>]: a coalition of players wins
 * when its weights add up to at least the quota. Weights are integers &ge; 0 and
 * 0 &lt; quota &le; &Sigma;w. Immutable.
 *
 * <p>Two properties of the game as a simple game (Taylor &amp; Zwicker 1999; Felsenthal &amp;
 * Machover 1998): it is <b>proper</b> when no coalition wins together with its complement, so a
 * proposal and its opposite cannot both pass ({@link #complementaryWinners()} finds a pair that
 * shows it is not), and a <b>dictator</b> is a player whose presence alone decides: a coalition wins
 * if and only if it includes that player ({@link #dictator()}).
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

    /**
     * The default limit on the work of exact power indices, {@link #cost(int, long)}: players&sup2;
     * &times; quota &times; passes, one counting pass per {@value #PLAYERS_PER_PASS} players. The
     * table limit bounds memory, not time; this bounds time.
     *
     * <p>Why 4 billion: the work done is at most that many modular additions, about 2.5 s on a busy
     * 2-core machine (measured: 100 players at quota 198,000, cost 3.96&middot;10<sup>9</sup>, 2.2&ndash;2.6 s;
     * 400 players at quota 12,400, cost 1.4&middot;10<sup>10</sup>, 8.4 s; 1,000 players of weight 2 at
     * quota 2,000, cost 3.4&middot;10<sup>10</sup>, 135 s). Raise it with {@link #of(long, Map, long)}
     * (the advisor's {@code maxVotingCost}) when a slower answer is acceptable.
     */
    public static final long DEFAULT_MAX_COST = 4_000_000_000L;

    /**
     * How many players one counting pass covers: the counts reach 2<sup>players&minus;1</sup> and each
     * pass counts modulo a prime just below 2<sup>62</sup> (see {@link VotingPower}).
     */
    public static final int PLAYERS_PER_PASS = 61;

    /** How {@link #costProblem} messages end, so that a caller can add how it raises the limit. */
    public static final String RAISE_COST_LIMIT = "raise the voting-cost limit";

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
        return of(quota, weights, DEFAULT_MAX_COST);
    }

    /**
     * A game with the given quota and weights, players in the map's order, whose exact indices may
     * cost up to {@code maxCost} (players&sup2; &times; quota).
     *
     * @throws InvalidCoalitionException naming each problem: a negative weight, no players, a
     *                                   quota of 0 or less, a quota above the total weight, a game
     *                                   too large for the table or above {@code maxCost}
     * @throws IllegalArgumentException  if {@code maxCost} is below 1
     */
    public static WeightedVotingGame of(long quota, Map<String, ? extends Number> weights, long maxCost) {
        if (maxCost < 1) {
            throw new IllegalArgumentException("maxCost: " + maxCost + " is below 1; give a positive limit such as "
                    + DEFAULT_MAX_COST);
        }
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
        String costProblem = costProblem(copy.size(), quota, maxCost);
        if (costProblem != null) {
            throw new InvalidCoalitionException(List.of(new Violation("quota", costProblem)));
        }
        return new WeightedVotingGame(quota, Collections.unmodifiableMap(copy), total);
    }

    /**
     * The work of exact power indices for {@code players} players and a quota: players&sup2; &times;
     * quota &times; passes, passes = &lceil;players / {@value #PLAYERS_PER_PASS}&rceil;, an upper bound on
     * the modular additions {@link VotingPower} makes; {@link Long#MAX_VALUE} when that does not fit in
     * a long.
     */
    public static long cost(int players, long quota) {
        long passes = Math.max(1, (players + PLAYERS_PER_PASS - 1L) / PLAYERS_PER_PASS);
        try {
            return Math.multiplyExact(Math.multiplyExact(Math.multiplyExact((long) players, (long) players), quota), passes);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * What is wrong with a game of {@code players} players and a quota under a cost limit, or
     * {@code null} when its cost is within the limit. The message ends with
     * {@value #RAISE_COST_LIMIT}, so that a caller can say how the limit is raised where it is set.
     */
    public static String costProblem(int players, long quota, long maxCost) {
        long cost = cost(players, quota);
        if (cost <= maxCost) {
            return null;
        }
        String figure = cost == Long.MAX_VALUE ? "more than " + grouped(Long.MAX_VALUE - 1) : grouped(cost);
        return quota + " with " + grouped(players) + " players costs " + figure + " (players\u00b2 \u00d7 quota \u00d7 passes, one pass per "
                + PLAYERS_PER_PASS + " players) for exact "
                + "power indices, above the voting-cost limit of " + grouped(maxCost) + "; scale the weights and the quota "
                + "down, e.g. to percentages, or " + RAISE_COST_LIMIT;
    }

    private static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
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

    /**
     * The player who decides alone, if any: its weight reaches the quota and the others' weights
     * together do not, so a coalition wins if and only if it includes that player. There is at
     * most one (two such players would each be outweighed by the other).
     */
    public Optional<String> dictator() {
        for (Map.Entry<String, Long> e : weights.entrySet()) {
            if (e.getValue() >= quota && totalWeight - e.getValue() < quota) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** Whether no coalition wins together with its complement: {@link #complementaryWinners()} is empty. */
    public boolean proper() {
        return complementaryWinners().isEmpty();
    }

    /**
     * A winning coalition whose complement (the players outside it) also wins, in player order, or
     * empty when there is none and the game is proper. Such a coalition S has q &le; w(S) &le; W &minus; q
     * (W the total weight, q the quota), so there is none when q &gt; W/2.
     *
     * <p>Method, exact and cheap: if S is such a coalition, so is its complement, and one of the two
     * leaves out the heaviest player h; so it suffices to look among the others, whose weights add up
     * to R = W &minus; w<sub>h</sub>. When every weight is at most W &minus; 2q + 1, the number of whole weights
     * from q to W &minus; q, adding the others one at a time cannot jump over that range: the first
     * running sum to reach q is at most W &minus; q. Otherwise w<sub>h</sub> &gt; W &minus; 2q + 1, so R &le; 2q &minus; 2,
     * and the sums reachable by subsets of the others are counted up to min(R, W &minus; q) in one bit
     * row per player (at most 2&middot;n&middot;q bits, within {@link #MAX_TABLE_CELLS}), from which the lightest
     * such coalition is rebuilt.
     */
    public Optional<List<String>> complementaryWinners() {
        long high = totalWeight - quota; // S and its complement both win iff quota <= w(S) <= high
        if (high < quota) {
            return Optional.empty();
        }
        List<String> players = players();
        int n = players.size();
        long[] w = new long[n];
        int heaviest = 0;
        for (int i = 0; i < n; i++) {
            w[i] = weights.get(players.get(i));
            if (w[i] > w[heaviest]) {
                heaviest = i;
            }
        }
        if (totalWeight - w[heaviest] < quota) {
            return Optional.empty(); // the heaviest player is in every winning coalition
        }
        boolean[] in = new boolean[n];
        if (w[heaviest] <= high - quota + 1) {
            long sum = 0;
            for (int i = 0; i < n && sum < quota; i++) {
                if (i != heaviest) {
                    in[i] = true;
                    sum += w[i];
                }
            }
        } else if (!lightestWithout(w, heaviest, (int) Math.min(totalWeight - w[heaviest], high), in)) {
            return Optional.empty();
        }
        List<String> coalition = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (in[i]) {
                coalition.add(players.get(i));
            }
        }
        return Optional.of(List.copyOf(coalition));
    }

    /**
     * Marks in {@code in} the players of the lightest coalition without {@code left} whose weight lies
     * from the quota to {@code top}, and says whether there is one. Row i of the table holds, as bits,
     * the weights 0..top that subsets of the first i players (without {@code left}) reach.
     */
    private boolean lightestWithout(long[] w, int left, int top, boolean[] in) {
        int n = w.length;
        int words = top / 64 + 1;
        long[][] reach = new long[n + 1][];
        reach[0] = new long[words];
        reach[0][0] = 1L;
        for (int i = 0; i < n; i++) {
            long[] row = reach[i].clone();
            if (i != left && w[i] > 0 && w[i] <= top) {
                orShifted(reach[i], (int) w[i], row);
            }
            row[words - 1] &= -1L >>> (63 - top % 64); // keep the bits 0..top
            reach[i + 1] = row;
        }
        int sum = -1;
        for (int k = (int) quota; k <= top && sum < 0; k++) {
            if ((reach[n][k >>> 6] & (1L << k)) != 0) {
                sum = k;
            }
        }
        if (sum < 0) {
            return false;
        }
        for (int i = n; i > 0 && sum > 0; i--) {
            if ((reach[i - 1][sum >>> 6] & (1L << sum)) == 0) { // reached only with player i - 1
                in[i - 1] = true;
                sum -= (int) w[i - 1];
            }
        }
        return true;
    }

    /** to |= from shifted up by {@code shift} bits (bits shifted past the end are dropped). */
    private static void orShifted(long[] from, int shift, long[] to) {
        int wordShift = shift >>> 6;
        int bitShift = shift & 63;
        for (int t = to.length - 1; t >= wordShift; t--) {
            int f = t - wordShift;
            long bits = from[f] << bitShift;
            if (bitShift != 0 && f > 0) {
                bits |= from[f - 1] >>> (64 - bitShift);
            }
            to[t] |= bits;
        }
    }

    /** Computes the Banzhaf and Shapley–Shubik indices of every player, exactly. */
    public VotingPower power() {
        return VotingPower.of(this);
    }

    /** Games are equal when they have the same quota and the same players with the same weights, in the same order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof WeightedVotingGame game && quota == game.quota && weights.equals(game.weights)
                && players().equals(game.players());
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(quota) + weights.hashCode();
    }

    @Override
    public String toString() {
        return "[" + quota + "; " + weights + "]";
    }
}
