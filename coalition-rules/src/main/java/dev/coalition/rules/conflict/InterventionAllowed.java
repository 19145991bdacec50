package dev.coalition.rules.conflict;

import dev.coalition.conflict.Intervention;
import dev.coalition.rules.policy.Explained;
import java.util.Map;

/**
 * Result fact: an intervention the conflict's stage allows.
 *
 * @param intervention the intervention
 * @param reason       why
 */
public record InterventionAllowed(Intervention intervention, CharSequence reason) implements Explained {

    @Override
    public Map<String, Object> inputs() {
        return Map.of("intervention", intervention.name());
    }
}
