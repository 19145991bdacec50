package dev.coalition.rules.verifier;

import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.GovernanceRecommendation;
import java.util.List;
import java.util.Optional;

/**
 * One decision a {@link PolicyVerifier} took, and assertions on it: which rules fired (by
 * {@code @id} or name) and what resulted. Each assertion returns this outcome, so that they chain;
 * a failed one throws an {@link AssertionError} that shows the rules that fired, in order, and what
 * resulted. Immutable.
 *
 * <p>A rule counts as fired when it contributed a step to the decision's explanation, which every
 * rule does that inserts a result: result facts explain themselves
 * ({@link dev.coalition.rules.policy.Explained}). A rule of your own that inserts nothing
 * explained is not seen.
 */
public final class Outcome {

    private final PolicyVerifier verifier;
    private final String decision;
    private final Object answer;
    private final List<ExplanationStep> explanation;
    private final List<Finding> findings;
    private final String resulted;

    Outcome(PolicyVerifier verifier, String decision, Object answer, List<ExplanationStep> explanation, List<Finding> findings,
            String resulted) {
        this.verifier = verifier;
        this.decision = decision;
        this.answer = answer;
        this.explanation = List.copyOf(explanation);
        this.findings = List.copyOf(findings);
        this.resulted = resulted;
    }

    /** The answer the advisor gave, e.g. a {@link GovernanceRecommendation}. */
    public Object answer() {
        return answer;
    }

    /** The ids of the rules that fired, in firing order (a rule that fired twice is listed twice). */
    public List<String> firedRules() {
        return explanation.stream().map(ExplanationStep::rule).toList();
    }

    /**
     * Asserts that the rule fired.
     *
     * @param rule the rule's {@code @id} or its name as written
     * @throws AssertionError if it did not, or if the policy has no such rule
     */
    public Outcome fires(String rule) {
        String id = verifier.ruleId(rule);
        if (step(id).isEmpty()) {
            throw failure("expected rule \"" + id + "\" to fire in the " + decision + ", but it did not");
        }
        return this;
    }

    /**
     * Asserts that the rule did not fire.
     *
     * @param rule the rule's {@code @id} or its name as written
     * @throws AssertionError if it fired, or if the policy has no such rule
     */
    public Outcome doesNotFire(String rule) {
        String id = verifier.ruleId(rule);
        Optional<ExplanationStep> fired = step(id);
        if (fired.isPresent()) {
            throw failure("expected rule \"" + id + "\" not to fire in the " + decision + ", but it fired: "
                    + fired.get().reason());
        }
        return this;
    }

    /**
     * Asserts that a finding with this id was raised.
     *
     * @param findingId e.g. {@code CATEGORY_WITHOUT_SEAT}
     */
    public Outcome raises(String findingId) {
        if (findings.stream().noneMatch(f -> f.id().equals(findingId))) {
            throw failure("expected finding " + findingId + " in the " + decision + ", but it was not raised");
        }
        return this;
    }

    /** Asserts that no finding with this id was raised. */
    public Outcome doesNotRaise(String findingId) {
        List<Finding> raised = findings.stream().filter(f -> f.id().equals(findingId)).toList();
        if (!raised.isEmpty()) {
            throw failure("expected no finding " + findingId + " in the " + decision + ", but it was raised: "
                    + raised.get(0).reason());
        }
        return this;
    }

    /**
     * Asserts the recommended governance mode.
     *
     * @throws AssertionError if another mode was recommended, or the decision is not a governance decision
     */
    public Outcome recommends(GovernanceMode mode) {
        if (!(answer instanceof GovernanceRecommendation recommendation)) {
            throw failure("recommends(" + mode + ") applies to a governance decision; this is the " + decision);
        }
        if (recommendation.mode() != mode) {
            throw failure("expected the " + decision + " to recommend " + mode + ", but it recommended " + recommendation.mode());
        }
        return this;
    }

    /**
     * Asserts the allocation policy of a distribution, e.g. {@code PROPORTIONAL}.
     *
     * @throws AssertionError if another policy was applied, or the decision is not a distribution
     */
    public Outcome usesPolicy(String policy) {
        if (!(answer instanceof dev.coalition.rules.api.DistributionAdvice advice)) {
            throw failure("usesPolicy(" + policy + ") applies to a distribution; this is the " + decision);
        }
        if (!advice.policy().equals(policy)) {
            throw failure("expected the " + decision + " to use policy " + policy + ", but it used " + advice.policy());
        }
        return this;
    }

    private Optional<ExplanationStep> step(String id) {
        return explanation.stream().filter(s -> s.rule().equals(id)).findFirst();
    }

    /** The ids joined, a rule that fired several times in a row written once with its count: {@code a, b (x3), c}. */
    private static String runs(List<String> ids) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ids.size(); ) {
            int j = i;
            while (j < ids.size() && ids.get(j).equals(ids.get(i))) {
                j++;
            }
            text.append(text.length() == 0 ? "" : ", ").append(ids.get(i)).append(j - i > 1 ? " (x" + (j - i) + ")" : "");
            i = j;
        }
        return text.toString();
    }

    private AssertionError failure(String expectation) {
        return new AssertionError(expectation + (expectation.endsWith(".") ? "" : ".") + "\n"
                + "Fired, in order: " + (explanation.isEmpty() ? "no rule" : runs(firedRules())) + "\n"
                + "Resulted: " + resulted);
    }
}
