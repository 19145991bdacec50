package dev.coalition.rules.formation;

import dev.coalition.rules.policy.Explained;
import java.util.Map;

/**
 * Result fact: the coalition is ready for its first joint project.
 *
 * @param reason why
 */
public record FormationReady(CharSequence reason) implements Explained {

    @Override
    public Map<String, Object> inputs() {
        return Map.of("ready", true);
    }
}
