package dev.coalition.health;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * An assessment of an alliance's three pillars on a date. Checked by {@link HealthHistory}; any
 * value is accepted here so that every problem can be reported with its path.
 *
 * @param date     when the pillars were assessed
 * @param pillars  each pillar's reading; a pillar not assessed is missing (an input error)
 */
public record HealthAssessment(LocalDate date, Map<Pillar, PillarReading> pillars) {

    public HealthAssessment {
        pillars = pillars == null || pillars.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(pillars));
    }

    /** An assessment whose three pillars are each one score in 0..1. */
    public static HealthAssessment of(LocalDate date, dev.coalition.value.Fraction strategicAlignment,
                                      dev.coalition.value.Fraction operationalInteroperability,
                                      dev.coalition.value.Fraction relationalResilience) {
        return new HealthAssessment(date, Map.of(
                Pillar.STRATEGIC_ALIGNMENT, PillarReading.score(strategicAlignment),
                Pillar.OPERATIONAL_INTEROPERABILITY, PillarReading.score(operationalInteroperability),
                Pillar.RELATIONAL_RESILIENCE, PillarReading.score(relationalResilience)));
    }
}
