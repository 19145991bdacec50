package dev.coalition.rules.conflict;

import dev.coalition.conflict.Behaviour;
import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Result fact: the conflict's Glasl stage and the behaviour that shows it.
 *
 * @param stage     1..9
 * @param behaviour the highest-stage behaviour
 * @param reason    why
 */
public record StageAssessment(int stage, Behaviour behaviour, CharSequence reason) implements Explained {

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("stage", stage);
        inputs.put("behaviour", behaviour.name());
        return inputs;
    }
}
