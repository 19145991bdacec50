package dev.coalition.rules.internal;

import dev.coalition.health.HealthAssessment;
import dev.coalition.health.HealthHistory;
import dev.coalition.health.Pillar;
import dev.coalition.policy.Settings;
import dev.coalition.rules.api.HealthAdvice;
import dev.coalition.rules.api.PolicyRuntimeException;
import dev.coalition.rules.health.InterventionAdvised;
import dev.coalition.rules.health.PillarChange;
import dev.coalition.rules.health.PillarHealth;
import dev.coalition.rules.health.StatusDecided;
import dev.coalition.value.Fraction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The alliance-health diagnosis: exact scores and changes from core, status and interventions from the rules. */
public final class HealthDecision {

    private HealthDecision() {
    }

    /**
     * Diagnoses an alliance's health from its assessments, oldest first.
     *
     * @param asOf the day of the analysis, or {@code null}: an assessment after it is refused
     * @throws dev.coalition.core.InvalidCoalitionException with paths {@code health[i].FIELD}
     */
    public static HealthAdvice assess(DecisionRunner runner, Settings settings, List<HealthAssessment> assessments, LocalDate asOf) {
        HealthHistory history = HealthHistory.of(assessments, asOf);
        Map<Pillar, Fraction> latest = history.latest();
        Map<Pillar, Fraction> trend = history.trend();
        List<Object> facts = new ArrayList<>(List.of(settings));
        latest.forEach((pillar, score) -> facts.add(new PillarHealth(pillar.name(), score)));
        history.previousAssessment().ifPresent(previous -> trend.forEach((pillar, change) -> facts.add(new PillarChange(
                pillar.name(), previous.date(), latest.get(pillar).subtract(change), latest.get(pillar), change.negate()))));
        DecisionRunner.Outcome outcome = runner.run("health", history.latestAssessment().date().toString(), facts);
        List<StatusDecided> status = outcome.all(StatusDecided.class);
        if (status.size() != 1) {
            throw new PolicyRuntimeException("the health policy decided " + status.size() + " statuses; a health-*.drl file "
                    + "must decide exactly one (HEALTHY, AT_RISK or CRITICAL)");
        }
        List<HealthAdvice.Intervention> interventions = outcome.all(InterventionAdvised.class).stream()
                .map(i -> new HealthAdvice.Intervention(Pillar.valueOf(i.pillar()), i.id(), i.reason().toString())).toList();
        return new HealthAdvice(latest, HealthAdvice.Status.valueOf(status.get(0).status()), trend, interventions,
                Findings.of(outcome), outcome.explanation());
    }
}
