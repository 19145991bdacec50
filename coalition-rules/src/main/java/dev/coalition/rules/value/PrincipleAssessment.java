package dev.coalition.rules.value;

import dev.coalition.rules.policy.Explained;
import dev.coalition.value.Principle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: whether a stated principle can be honoured with the inputs given, and by which
 * policy. The policy rules insert one per stated principle.
 *
 * @param principle the principle
 * @param applies   whether its inputs are given
 * @param policy    the policy that honours it
 * @param reason     why it applies or not
 * @param precedence the principle's precedence: lower is more specific (declaration order of {@link Principle})
 */
public record PrincipleAssessment(Principle principle, boolean applies, String policy, CharSequence reason, int precedence)
        implements Explained {

    public PrincipleAssessment {
        Objects.requireNonNull(principle, "principle");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(reason, "reason");
    }

    /** An assessment with the principle's own precedence. */
    public PrincipleAssessment(Principle principle, boolean applies, String policy, CharSequence reason) {
        this(principle, applies, policy, reason, principle.ordinal());
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("principle", principle.name());
        inputs.put("applies", applies);
        inputs.put("policy", policy);
        return inputs;
    }
}
