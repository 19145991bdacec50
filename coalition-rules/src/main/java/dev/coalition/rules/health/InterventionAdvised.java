package dev.coalition.rules.health;

import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Result fact: an intervention for a weak pillar.
 *
 * @param pillar the weak pillar's name
 * @param id     the intervention, e.g. {@code INTEGRATION_SPRINTS}
 * @param reason why, and what it means to do
 */
public record InterventionAdvised(String pillar, String id, CharSequence reason) implements Explained {

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("pillar", pillar);
        inputs.put("intervention", id);
        return inputs;
    }
}
