package dev.coalition.value;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * How to estimate Shapley values by sampling orderings of the players (Monte Carlo), and the
 * guarantee wanted: every player's estimate within {@code epsilon} of its exact Shapley value
 * with probability at least 1 &minus; {@code delta}, taking
 * m = &lceil;r<sup>2</sup>&middot;ln(2n/&delta;) / (2&epsilon;<sup>2</sup>)&rceil; orderings for all n players
 * at once (Hoeffding's inequality with a union bound over the players), where r is the range of
 * a marginal contribution.
 *
 * @param epsilon the largest error wanted, in units of the game's value; &gt; 0
 * @param delta   the chance allowed of missing it; in (0, 1)
 * @param seed    the seed of the random orderings: the same seed gives the same estimate
 * @param range   r, the range of a marginal contribution; {@code null} for a monotone game with
 *                v &ge; 0, where r = v(N) (checked while sampling)
 */
public record Sampling(double epsilon, double delta, long seed, Fraction range) {

    public Sampling {
        List<Violation> problems = new ArrayList<>();
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            problems.add(new Violation("sampling.epsilon", epsilon + " is not a positive number"));
        }
        if (!(delta > 0 && delta < 1)) {
            problems.add(new Violation("sampling.delta", delta + " is outside (0, 1): give a probability such as 0.05"));
        }
        if (range != null && range.signum() <= 0) {
            problems.add(new Violation("sampling.range", range + " is not positive"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
    }

    /** Sampling of a monotone game with v &ge; 0 (r = v(N)). */
    public Sampling(double epsilon, double delta, long seed) {
        this(epsilon, delta, seed, null);
    }

    /** The number of orderings needed for n players and range r. */
    public long permutations(int players, double range) {
        double m = range * range * Math.log(2.0 * players / delta) / (2.0 * epsilon * epsilon);
        if (m > Long.MAX_VALUE / 2) {
            throw new InvalidCoalitionException(List.of(new Violation("sampling.epsilon", epsilon + " is too small for range "
                    + range + "; it would take more than 2^62 orderings")));
        }
        return Math.max(1L, (long) Math.ceil(m));
    }
}
