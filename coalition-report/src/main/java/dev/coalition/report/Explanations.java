package dev.coalition.report;

import dev.coalition.rules.api.ExplanationStep;
import java.util.List;

/** The sentences of an explanation, in the order the rules decided. */
final class Explanations {

    private Explanations() {
    }

    static List<String> sentences(List<ExplanationStep> steps) {
        return steps.stream().map(ExplanationStep::reason).toList();
    }
}
