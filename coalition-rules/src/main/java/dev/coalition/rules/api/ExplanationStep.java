package dev.coalition.rules.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One rule that fired while a decision was taken, in firing order: the rule's stable id (its
 * {@code @id} metadata, e.g. {@code governance.crisis-centralizes}), its name as written in the
 * policy (a sentence), why it fired, with the figures it compared, and the named inputs it used,
 * in a stable order.
 *
 * <p>The reason is kept as the rule wrote it and formatted on the first call of {@link #reason()}
 * (or {@link #toString()}, {@link #equals(Object)}, {@link #hashCode()}): a decision whose
 * explanation nobody reads does not format its sentences. Immutable and thread-safe; equal to
 * another step with the same rule, name, reason text and inputs.
 */
public final class ExplanationStep {

    private final String rule;
    private final String ruleName;
    private final CharSequence reason;
    private final Map<String, Object> inputs;

    /**
     * @param rule     the rule's stable id (its {@code @id} metadata), e.g. {@code governance.crisis-centralizes}
     * @param ruleName the rule's name as written in the policy, a sentence
     * @param reason   why it fired, with the figures it compared
     * @param inputs   the named inputs it used, in a stable order
     */
    public ExplanationStep(String rule, String ruleName, String reason, Map<String, Object> inputs) {
        this(rule, ruleName, (CharSequence) Objects.requireNonNull(reason, "reason"), inputs);
    }

    private ExplanationStep(String rule, String ruleName, CharSequence reason, Map<String, Object> inputs) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.ruleName = Objects.requireNonNull(ruleName, "ruleName");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.inputs = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(inputs, "inputs")));
    }

    /**
     * A step whose reason is formatted when it is first read. A {@link String} or a
     * {@link dev.coalition.rules.policy.Sentence} is kept as it is; any other {@code CharSequence}
     * (a builder a custom rule may pass) is copied now, so that the step cannot change later.
     *
     * @param rule     the rule's stable id
     * @param ruleName the rule's name as written in the policy
     * @param reason   why it fired: a string or a sentence not yet formatted
     * @param inputs   the named inputs it used, in a stable order
     */
    public static ExplanationStep of(String rule, String ruleName, CharSequence reason, Map<String, Object> inputs) {
        Objects.requireNonNull(reason, "reason");
        CharSequence kept = reason instanceof String || reason instanceof dev.coalition.rules.policy.Sentence
                ? reason : reason.toString();
        return new ExplanationStep(rule, ruleName, kept, inputs);
    }

    /** The rule's stable id (its {@code @id} metadata), e.g. {@code governance.crisis-centralizes}. */
    public String rule() {
        return rule;
    }

    /** The rule's name as written in the policy, a sentence. */
    public String ruleName() {
        return ruleName;
    }

    /** Why the rule fired, with the figures it compared: formatted on the first call, the same text on every call. */
    public String reason() {
        return reason.toString();
    }

    /** The named inputs the rule used, in a stable order; unmodifiable. */
    public Map<String, Object> inputs() {
        return inputs;
    }

    /** Equal to a step with the same rule, rule name, reason text and inputs. */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof ExplanationStep that && rule.equals(that.rule) && ruleName.equals(that.ruleName)
                && reason().equals(that.reason()) && inputs.equals(that.inputs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, ruleName, reason(), inputs);
    }

    /** The step as one line: {@code [rule] reason}. */
    @Override
    public String toString() {
        return "[" + rule + "] " + reason();
    }
}
