package dev.coalition.rules.governance;

import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: the governance mode the policy recommends. A policy must insert exactly one.
 *
 * @param mode   the recommended mode
 * @param crisis whether it was chosen because of a crisis rather than by fit
 * @param reason why
 */
public record ModeChoice(GovernanceMode mode, boolean crisis, CharSequence reason) implements Explained {

    public ModeChoice {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("mode", mode.name());
        inputs.put("crisis", crisis);
        return inputs;
    }
}
