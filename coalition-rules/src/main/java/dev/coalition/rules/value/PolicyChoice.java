package dev.coalition.rules.value;

import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: the allocation policy to apply. A policy must insert exactly one.
 *
 * @param policy the policy's name: EQUAL, PROPORTIONAL, NEED_WEIGHTED, SHAPLEY or NUCLEOLUS
 * @param reason why
 */
public record PolicyChoice(String policy, CharSequence reason) implements Explained {

    public PolicyChoice {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("policy", policy);
        return inputs;
    }
}
