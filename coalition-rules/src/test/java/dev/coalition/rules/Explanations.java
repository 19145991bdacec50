package dev.coalition.rules;

import dev.coalition.governance.Contingency;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.GovernanceRecommendation;
import java.util.List;

/** Reading a recommendation's explanation: which rules fired, with which inputs. */
final class Explanations {

    private Explanations() {
    }

    /** The ids of the rules that fired, in firing order (a rule that fired n times appears n times). */
    static List<String> ruleIds(GovernanceRecommendation r) {
        return r.explanation().stream().map(ExplanationStep::rule).toList();
    }

    /** The steps of one rule, in firing order. */
    static List<ExplanationStep> steps(GovernanceRecommendation r, String ruleId) {
        return r.explanation().stream().filter(s -> s.rule().equals(ruleId)).toList();
    }

    /** The steps of one rule about one mode and contingency (band and fit rules). */
    static List<ExplanationStep> steps(GovernanceRecommendation r, String ruleId, GovernanceMode mode, Contingency contingency) {
        return steps(r, ruleId).stream()
                .filter(s -> mode.name().equals(s.inputs().get("mode")) && contingency.name().equals(s.inputs().get("contingency")))
                .toList();
    }

    /** The ids of the rules that fired in any explanation (value and voting advice), in firing order. */
    static List<String> ruleIds(List<ExplanationStep> explanation) {
        return explanation.stream().map(ExplanationStep::rule).toList();
    }

    /** The steps of one rule in any explanation, in firing order. */
    static List<ExplanationStep> steps(List<ExplanationStep> explanation, String ruleId) {
        return explanation.stream().filter(s -> s.rule().equals(ruleId)).toList();
    }

    /** The score the policy gave a mode (from the governance.mode.score step). */
    static int score(GovernanceRecommendation r, GovernanceMode mode) {
        List<ExplanationStep> scores = steps(r, "governance.mode.score").stream()
                .filter(s -> mode.name().equals(s.inputs().get("mode"))).toList();
        if (scores.size() != 1) {
            throw new AssertionError("expected one score for " + mode + " but found " + scores + " in\n" + r.describe());
        }
        return (Integer) scores.get(0).inputs().get("score");
    }
}
