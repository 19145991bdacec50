package dev.coalition.rules.governance;

import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: a governance mode the coalition cannot adopt whatever its score, e.g. a hybrid
 * structure for a coalition of only a few members. A ruled-out mode is scored but never fits best.
 *
 * @param mode   the mode ruled out
 * @param reason why
 */
public record ModeRuledOut(GovernanceMode mode, CharSequence reason) implements Explained {

    public ModeRuledOut {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("mode", mode.name());
        return inputs;
    }
}
