package dev.coalition.rules.api;

import dev.coalition.rules.policy.Explained;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One rule that fired while a decision was taken, in firing order: the rule's stable id, its name,
 * why it fired and the named inputs it used. Immutable and thread-safe.
 *
 * <p>A step taken from a rule's result fact reads that fact's sentence and inputs only when they
 * are first asked for, so a decision whose explanation is not read never assembles it.
 */
public final class ExplanationStep {

    private final String rule;
    private final String ruleName;
    private final Explained source;        // null for a step given its parts
    private volatile String reason;
    private volatile Map<String, Object> inputs;

    /**
     * A step from its parts.
     *
     * @param rule     the rule's stable id (its {@code @id} metadata), e.g. {@code governance.crisis-centralizes}
     * @param ruleName the rule's name as written in the policy, a sentence
     * @param reason   why it fired, with the figures it compared
     * @param inputs   the named inputs it used, in a stable order
     */
    public ExplanationStep(String rule, String ruleName, String reason, Map<String, Object> inputs) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.ruleName = Objects.requireNonNull(ruleName, "ruleName");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.inputs = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(inputs, "inputs")));
        this.source = null;
    }

    private ExplanationStep(String rule, String ruleName, Explained source) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.ruleName = Objects.requireNonNull(ruleName, "ruleName");
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * A step explained by the fact a rule inserted; its sentence and inputs are read from the fact
     * when first asked for (the fact must be immutable, as result facts are).
     */
    public static ExplanationStep of(String rule, String ruleName, Explained fact) {
        return new ExplanationStep(rule, ruleName, fact);
    }

    /** The rule's stable id (its {@code @id} metadata), e.g. {@code governance.crisis-centralizes}. */
    public String rule() {
        return rule;
    }

    /** The rule's name as written in the policy, a sentence. */
    public String ruleName() {
        return ruleName;
    }

    /** Why the rule fired, with the figures it compared. */
    public String reason() {
        String read = reason;
        if (read == null) {
            read = Objects.requireNonNull(source.reason(), () -> "rule " + rule + " explained itself with a null reason");
            reason = read;
        }
        return read;
    }

    /** The named inputs the rule used, in a stable order; unmodifiable. */
    public Map<String, Object> inputs() {
        Map<String, Object> read = inputs;
        if (read == null) {
            read = Collections.unmodifiableMap(new LinkedHashMap<>(
                    Objects.requireNonNull(source.inputs(), () -> "rule " + rule + " explained itself with null inputs")));
            inputs = read;
        }
        return read;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExplanationStep step && rule.equals(step.rule) && ruleName.equals(step.ruleName)
                && reason().equals(step.reason()) && inputs().equals(step.inputs());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, ruleName, reason(), inputs());
    }

    /** The step as one line: {@code [rule] reason}. */
    @Override
    public String toString() {
        return "[" + rule + "] " + reason();
    }
}
