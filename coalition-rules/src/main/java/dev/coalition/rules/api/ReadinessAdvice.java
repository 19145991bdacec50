package dev.coalition.rules.api;

import dev.coalition.lifecycle.FormationStep;
import java.util.List;

/**
 * Whether a forming coalition is ready for its first joint project: every formation step
 * completed and a formation period of at least {@code formation.minWeeks} whole weeks. Immutable.
 *
 * @param ready          whether the rules found it ready
 * @param missing        the steps not completed, in step order
 * @param formationWeeks whole weeks from the start of formation to the first joint project (or to asOf)
 * @param findings       a finding per missing step, and {@code FORMATION_TOO_SHORT}
 * @param explanation    the rules that fired, in order
 */
public record ReadinessAdvice(boolean ready, List<FormationStep> missing, long formationWeeks, List<Finding> findings,
                              List<ExplanationStep> explanation) {

    public ReadinessAdvice {
        missing = List.copyOf(missing);
        findings = List.copyOf(findings);
        explanation = List.copyOf(explanation);
    }
}
