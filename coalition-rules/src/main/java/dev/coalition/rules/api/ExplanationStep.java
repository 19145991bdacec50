package dev.coalition.rules.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One rule that fired while a decision was taken, in firing order.
 *
 * @param rule     the rule's stable id (its {@code @id} metadata), e.g. {@code governance.crisis-centralizes}
 * @param ruleName the rule's name as written in the policy, a sentence
 * @param reason   why it fired, with the figures it compared
 * @param inputs   the named inputs it used, in a stable order
 */
public record ExplanationStep(String rule, String ruleName, String reason, Map<String, Object> inputs) {

    public ExplanationStep {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ruleName, "ruleName");
        Objects.requireNonNull(reason, "reason");
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(inputs, "inputs")));
    }

    /** The step as one line: {@code [rule] reason}. */
    @Override
    public String toString() {
        return "[" + rule + "] " + reason;
    }
}
