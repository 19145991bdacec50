package dev.coalition.rules.governance;

import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: the mode whose contingencies the coalition matches best.
 *
 * @param score  the winning score
 * @param reason a sentence naming the scores compared
 */
public record BestFit(ModeScore score, CharSequence reason) implements Explained {

    public BestFit {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(reason, "reason");
    }

    /** The best-fitting mode. */
    public GovernanceMode mode() {
        return score.mode();
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("mode", mode().name());
        inputs.put("score", score.score());
        inputs.put("possible", score.possible());
        return inputs;
    }
}
