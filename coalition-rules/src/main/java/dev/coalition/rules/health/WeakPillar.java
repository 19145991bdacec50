package dev.coalition.rules.health;

import dev.coalition.rules.policy.Explained;
import dev.coalition.value.Fraction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Result fact: a pillar is weak.
 *
 * @param pillar the pillar's name
 * @param score  its latest score
 * @param reason why
 */
public record WeakPillar(String pillar, Fraction score, CharSequence reason) implements Explained {

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("pillar", pillar);
        inputs.put("score", score.toString());
        return inputs;
    }
}
