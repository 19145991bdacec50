package dev.coalition.value.stability;

import dev.coalition.value.Fraction;
import dev.coalition.value.TableGame;
import java.util.Map;
import java.util.Optional;

/**
 * The least core's &epsilon;: the smallest &epsilon; such that some efficient allocation x (x(N) = v(N))
 * has x(S) &ge; v(S) &minus; &epsilon; for every proper coalition S. The core is non-empty exactly when
 * &epsilon; &le; 0; &epsilon; &lt; 0 means it has interior points. Exact, by one linear program.
 */
public final class LeastCore {

    private LeastCore() {
    }

    /** The least-core &epsilon;; empty for a one-player game, which has no proper coalition. */
    public static Optional<Fraction> epsilon(TableGame game) {
        int n = game.players().size();
        if (n < 2) {
            return Optional.empty();
        }
        Fraction[] values = Coalitions.values(game);
        int grand = (1 << n) - 1;
        return Optional.of(ExcessProgram.solve(n, values, Coalitions.proper(n), Map.of(grand, values[grand]), false).epsilon());
    }
}
