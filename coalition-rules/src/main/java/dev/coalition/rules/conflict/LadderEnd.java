package dev.coalition.rules.conflict;

import dev.coalition.rules.policy.Explained;
import java.util.Map;

/**
 * Result fact: there is no next step: the conflict is resolved, or the ladder is exhausted.
 *
 * @param reason why
 */
public record LadderEnd(CharSequence reason) implements Explained {

    @Override
    public Map<String, Object> inputs() {
        return Map.of("nextStep", "none");
    }
}
