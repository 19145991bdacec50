package dev.coalition.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.core.Violation;
import dev.coalition.value.Fraction;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The latest scores and the trend, exact, and one test per validation rule with its path and message. */
class HealthHistoryTest {

    private static final LocalDate MARCH = LocalDate.of(2024, 3, 31);
    private static final LocalDate JUNE = LocalDate.of(2024, 6, 30);

    private static HealthAssessment on(LocalDate date, String a, String o, String r) {
        return HealthAssessment.of(date, Fraction.parse(a), Fraction.parse(o), Fraction.parse(r));
    }

    @Test
    void theLatestScoresAndTheTrendAreExact() {
        HealthHistory history = HealthHistory.of(List.of(on(MARCH, "0.8", "0.7", "0.3"), on(JUNE, "0.8", "0.6", "0.45")), null);

        assertThat(history.latest()).containsExactly(Map.entry(Pillar.STRATEGIC_ALIGNMENT, Fraction.of(4, 5)),
                Map.entry(Pillar.OPERATIONAL_INTEROPERABILITY, Fraction.of(3, 5)),
                Map.entry(Pillar.RELATIONAL_RESILIENCE, Fraction.of(9, 20)));
        assertThat(history.trend()).containsExactly(Map.entry(Pillar.STRATEGIC_ALIGNMENT, Fraction.ZERO),
                Map.entry(Pillar.OPERATIONAL_INTEROPERABILITY, Fraction.of(-1, 10)),
                Map.entry(Pillar.RELATIONAL_RESILIENCE, Fraction.of(3, 20)));
    }

    @Test
    void indicatorsGiveTheirExactMean() {
        Map<String, Fraction> indicators = new LinkedHashMap<>();
        indicators.put("a", Fraction.ONE);
        indicators.put("b", Fraction.ZERO);
        indicators.put("c", Fraction.ZERO);

        assertThat(PillarReading.indicators(indicators).score()).isEqualTo(Fraction.of(1, 3));
    }

    @Test
    void aDateOnOrBeforeThePreviousOneIsRefused() {
        assertThat(HealthHistory.violations(List.of(on(JUNE, "1", "1", "1"), on(JUNE, "1", "1", "1")), null)).containsExactly(
                new Violation("health[1].date", "2024-06-30 is not after the previous assessment's 2024-06-30: give the "
                        + "assessments oldest first, one per date"));
    }

    @Test
    void aMissingPillarAndAnIndicatorOutOfRangeAreRefused() {
        HealthAssessment assessment = new HealthAssessment(MARCH, Map.of(
                Pillar.STRATEGIC_ALIGNMENT, PillarReading.indicators(Map.of("trust", Fraction.of(3, 2))),
                Pillar.RELATIONAL_RESILIENCE, PillarReading.score(Fraction.ONE)));

        assertThat(HealthHistory.violations(List.of(assessment), null)).containsExactly(
                new Violation("health[0].strategicAlignment.trust", "3/2 is outside 0..1: score a pillar from 0 (absent) to 1 "
                        + "(fully there)"),
                new Violation("health[0].operationalInteroperability", "is missing: give a score in 0..1 or an object of "
                        + "named indicators in 0..1"));
    }

    @Test
    void aMissingDateIsRefused() {
        assertThat(HealthHistory.violations(List.of(on(null, "1", "1", "1")), MARCH)).containsExactly(
                new Violation("health[0].date", "is missing: give the date of the assessment, e.g. 2024-03-31"));
    }
}
