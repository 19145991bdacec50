package dev.coalition.rules.api;

import dev.coalition.health.Pillar;
import dev.coalition.value.Fraction;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An alliance's health from its dated assessments of the three pillars: the latest scores, the
 * status the rules decide, each pillar's change since the previous assessment, the interventions
 * for weak pillars and findings such as {@code PILLAR_FALLING}. Immutable.
 *
 * @param latest        each pillar's latest score, exact, in pillar order
 * @param status        HEALTHY, AT_RISK or CRITICAL
 * @param trend         each pillar's change since the previous assessment (latest − previous), exact;
 *                      empty with a single assessment
 * @param interventions what to do about each weak pillar, in the order the rules advised them
 * @param findings      problems worth acting on
 * @param explanation   the rules that fired, in order
 */
public record HealthAdvice(Map<Pillar, Fraction> latest, Status status, Map<Pillar, Fraction> trend,
                           List<Intervention> interventions, List<Finding> findings, List<ExplanationStep> explanation) {

    /** How healthy an alliance is: by how many pillars are weak (none, one, two or more). */
    public enum Status {
        /** No pillar is weak. */
        HEALTHY,
        /** One pillar is weak. */
        AT_RISK,
        /** Two or more pillars are weak. */
        CRITICAL
    }

    /**
     * An intervention for a weak pillar.
     *
     * @param pillar the weak pillar
     * @param id     the intervention, e.g. {@code INTEGRATION_SPRINTS}
     * @param reason why, and what it means to do
     */
    public record Intervention(Pillar pillar, String id, String reason) {

        public Intervention {
            Objects.requireNonNull(pillar, "pillar");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public HealthAdvice {
        latest = Collections.unmodifiableMap(new EnumMap<>(latest));
        Objects.requireNonNull(status, "status");
        trend = trend.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(trend));
        interventions = List.copyOf(interventions);
        findings = List.copyOf(findings);
        explanation = List.copyOf(explanation);
    }
}
