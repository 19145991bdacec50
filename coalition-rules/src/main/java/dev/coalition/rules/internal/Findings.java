package dev.coalition.rules.internal;

import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.policy.FindingRaised;
import java.util.List;
import java.util.Map;

/** Turns what rules inserted into what the facade returns. */
final class Findings {

    private Findings() {
    }

    /** The findings a decision raised, in the order raised. */
    static List<Finding> of(DecisionRunner.Outcome outcome) {
        return outcome.all(FindingRaised.class).stream()
                .map(f -> new Finding(f.id(), f.severity(), f.subject(), f.reason().toString())).toList();
    }

    /** Explanation steps for what Java computed (not decided), attributed to a named step. */
    static List<ExplanationStep> computed(String step, String what, List<String> sentences) {
        return sentences.stream().map(s -> new ExplanationStep(step, what, s, Map.of())).toList();
    }
}
