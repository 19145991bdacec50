package dev.coalition.rules.governance;

import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: how well a coalition fits a governance mode: the weights of the contingencies it
 * matches, out of the weights of all contingencies.
 *
 * @param mode     the mode
 * @param score    the weights earned
 * @param possible the weights that could be earned
 * @param reason   a sentence with the score
 */
public record ModeScore(GovernanceMode mode, int score, int possible, CharSequence reason) implements Explained {

    public ModeScore {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(reason, "reason");
    }

    /** The score as a share of the possible score, 0..1 (1 when nothing could be earned). */
    public double ratio() {
        return possible == 0 ? 1.0 : (double) score / possible;
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("mode", mode.name());
        inputs.put("score", score);
        inputs.put("possible", possible);
        return inputs;
    }
}
