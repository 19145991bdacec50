package dev.coalition.rules.internal;

import dev.coalition.lifecycle.Formation;
import dev.coalition.lifecycle.FormationStep;
import dev.coalition.policy.Settings;
import dev.coalition.rules.api.ReadinessAdvice;
import dev.coalition.rules.formation.FormationPeriod;
import dev.coalition.rules.formation.FormationReady;
import dev.coalition.rules.formation.FormationStepState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Formation readiness: steps and whole weeks from core, the missing steps and the verdict from the rules. */
public final class FormationDecision {

    private FormationDecision() {
    }

    /**
     * Whether a formation is ready as of a date.
     *
     * @throws dev.coalition.core.InvalidCoalitionException with paths {@code formation.FIELD}
     */
    public static ReadinessAdvice assess(DecisionRunner runner, Settings settings, Formation formation, LocalDate asOf) {
        Objects.requireNonNull(formation, "formation");
        formation.check(asOf);
        List<FormationStep> done = formation.completedSteps();
        List<Object> facts = new ArrayList<>(List.of(settings));
        for (FormationStep step : FormationStep.values()) {
            facts.add(new FormationStepState(step.name(), step.ordinal(), done.contains(step)));
        }
        long weeks = formation.formationWeeks(asOf);
        facts.add(new FormationPeriod(weeks, formation.startedOn(), formation.end(asOf),
                formation.firstJointProjectOn() != null ? "first joint project" : "asOf"));
        DecisionRunner.Outcome outcome = runner.run("formation", "formation", facts);
        List<FormationStep> missing = outcome.all(dev.coalition.rules.policy.FindingRaised.class).stream()
                .filter(f -> f.id().equals("FORMATION_STEP_MISSING"))
                .map(f -> FormationStep.valueOf(f.subject())).sorted().toList();
        return new ReadinessAdvice(!outcome.all(FormationReady.class).isEmpty(), missing, weeks, Findings.of(outcome),
                outcome.explanation());
    }
}
