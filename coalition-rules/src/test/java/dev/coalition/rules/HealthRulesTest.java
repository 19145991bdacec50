package dev.coalition.rules;

import static dev.coalition.rules.Explanations.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.health.HealthAssessment;
import dev.coalition.health.Pillar;
import dev.coalition.health.PillarReading;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.HealthAdvice;
import dev.coalition.rules.api.PolicyRuntimeException;
import dev.coalition.rules.api.HealthAdvice.Status;
import dev.coalition.rules.api.Severity;
import dev.coalition.value.Fraction;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * health-status.drl, health-interventions.drl and health-trend.drl: the status by how many
 * pillars are below health.weakPillar (exactly at it is not weak), the interventions per weak
 * pillar, and PILLAR_FALLING at a drop of health.fallingDrop or more (exactly it counts).
 */
class HealthRulesTest {

    private static final LocalDate MARCH = LocalDate.of(2024, 3, 31);
    private static final LocalDate JUNE = LocalDate.of(2024, 6, 30);

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static Fraction f(String text) {
        return Fraction.parse(text);
    }

    private static HealthAssessment on(LocalDate date, String alignment, String interoperability, String resilience) {
        return HealthAssessment.of(date, f(alignment), f(interoperability), f(resilience));
    }

    private static HealthAdvice once(String alignment, String interoperability, String resilience) {
        return advisor.assessHealth(List.of(on(JUNE, alignment, interoperability, resilience)));
    }

    private static List<String> interventions(HealthAdvice advice) {
        return advice.interventions().stream().map(HealthAdvice.Intervention::id).toList();
    }

    // --- status ---

    @Test
    void exactlyAtTheWeakMarkNoPillarIsWeakAndTheAllianceIsHealthy() {
        HealthAdvice advice = once("0.5", "0.5", "0.5");

        assertThat(advice.status()).isEqualTo(Status.HEALTHY);
        assertThat(advice.interventions()).isEmpty();
        assertThat(ruleIds(advice.explanation())).containsExactly("health.status.healthy");
        assertThat(advice.explanation().get(0).reason()).isEqualTo("No pillar is below 1/2: the alliance is HEALTHY.");
    }

    @Test
    void justBelowTheWeakMarkOnePillarIsWeakAndTheAllianceIsAtRisk() {
        HealthAdvice advice = once("0.9", "0.4999", "0.5");

        assertThat(advice.status()).isEqualTo(Status.AT_RISK);
        assertThat(ruleIds(advice.explanation())).containsExactly("health.pillar.weak", "health.status.at-risk",
                "health.intervention.integration-sprints", "health.intervention.communication-protocols");
        assertThat(advice.explanation().get(0).reason()).isEqualTo("The latest OPERATIONAL_INTEROPERABILITY score 4999/10000 "
                + "is below 1/2 (health.weakPillar): the pillar is weak.");
    }

    @Test
    void twoWeakPillarsAreCritical() {
        HealthAdvice advice = once("0.49", "0.49", "0.5");

        assertThat(advice.status()).isEqualTo(Status.CRITICAL);
        assertThat(advice.explanation()).filteredOn(s -> s.rule().equals("health.status.critical")).singleElement()
                .satisfies(s -> assertThat(s.reason()).isEqualTo("2 pillars are weak (OPERATIONAL_INTEROPERABILITY and "
                        + "STRATEGIC_ALIGNMENT): the alliance is CRITICAL."));
    }

    @Test
    void threeWeakPillarsAreCriticalOnce() {
        HealthAdvice advice = once("0", "0", "0");

        assertThat(advice.status()).isEqualTo(Status.CRITICAL);
        assertThat(ruleIds(advice.explanation())).filteredOn(id -> id.startsWith("health.status")).containsExactly("health.status.critical");
    }

    @Test
    void aStricterWeakMarkMakesTheSameScoresWeak() {
        try (CoalitionAdvisor strict = CoalitionAdvisor.builder().setting("health.weakPillar", "0.6").build()) {
            assertThat(strict.assessHealth(List.of(on(JUNE, "0.6", "0.59", "0.6"))).status()).isEqualTo(Status.AT_RISK);
        }
    }

    // --- interventions ---

    @Test
    void weakAlignmentCallsForARenewalRetreatOnly() {
        HealthAdvice advice = once("0.4", "0.5", "0.5");

        assertThat(interventions(advice)).containsExactly("RENEWAL_RETREAT");
        assertThat(advice.interventions().get(0).pillar()).isEqualTo(Pillar.STRATEGIC_ALIGNMENT);
        assertThat(advice.interventions().get(0).reason()).startsWith("Strategic alignment scores 2/5: hold a renewal retreat");
    }

    @Test
    void weakInteroperabilityCallsForIntegrationSprintsAndCommunicationProtocols() {
        assertThat(interventions(once("0.5", "0.4", "0.5"))).containsExactly("INTEGRATION_SPRINTS", "COMMUNICATION_PROTOCOLS");
    }

    @Test
    void weakResilienceCallsForARelationshipProgrammeAndASuccessionPlan() {
        assertThat(interventions(once("0.5", "0.5", "0.4"))).containsExactly("RELATIONSHIP_PROGRAMME", "SUCCESSION_PLAN");
    }

    @Test
    void aPillarExactlyAtTheWeakMarkCallsForNoIntervention() {
        assertThat(interventions(once("0.5", "0.5", "0.5"))).isEmpty();
    }

    // --- PILLAR_FALLING ---

    @Test
    void aDropOfExactlyTheFallingMarkIsFalling() {
        // 0.7 − 0.6 is 0.09999999999999998 in doubles: the exact figures make the boundary hold
        HealthAdvice advice = advisor.assessHealth(List.of(on(MARCH, "0.8", "0.7", "0.9"), on(JUNE, "0.8", "0.6", "0.9")));

        assertThat(advice.trend()).containsEntry(Pillar.OPERATIONAL_INTEROPERABILITY, f("-1/10"))
                .containsEntry(Pillar.STRATEGIC_ALIGNMENT, Fraction.ZERO);
        assertThat(advice.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.id()).isEqualTo("PILLAR_FALLING");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.subject()).isEqualTo("OPERATIONAL_INTEROPERABILITY");
            assertThat(finding.reason()).isEqualTo("OPERATIONAL_INTEROPERABILITY fell from 7/10 to 3/5 since 2024-03-31, a drop "
                    + "of 1/10 (at least 1/10, health.fallingDrop): find out why before it becomes weak.");
        });
        assertThat(advice.status()).isEqualTo(Status.HEALTHY);
    }

    @Test
    void aDropJustShortOfTheFallingMarkIsNotFalling() {
        HealthAdvice advice = advisor.assessHealth(List.of(on(MARCH, "0.8", "0.7", "0.9"), on(JUNE, "0.8", "0.6001", "0.9")));

        assertThat(advice.findings()).isEmpty();
    }

    @Test
    void onlyTheLatestTwoAssessmentsMakeTheTrend() {
        HealthAdvice advice = advisor.assessHealth(List.of(on(LocalDate.of(2024, 1, 1), "1", "1", "1"),
                on(MARCH, "0.8", "0.6", "0.9"), on(JUNE, "0.8", "0.6", "0.9")));

        assertThat(advice.trend().values()).containsOnly(Fraction.ZERO);
        assertThat(advice.findings()).isEmpty();
    }

    @Test
    void aSingleAssessmentHasNoTrendAndNothingFalls() {
        HealthAdvice advice = once("0.8", "0.3", "0.9");

        assertThat(advice.trend()).isEmpty();
        assertThat(advice.findings()).extracting(Finding::id).doesNotContain("PILLAR_FALLING");
    }

    // --- indicators ---

    @Test
    void aPillarGivenAsIndicatorsIsTheirExactMean() {
        Map<String, Fraction> indicators = new LinkedHashMap<>();
        indicators.put("sharedSystems", f("0.3"));
        indicators.put("decisionSpeed", f("0.4"));
        indicators.put("handoffs", f("0.8"));
        HealthAssessment assessment = new HealthAssessment(JUNE, Map.of(
                Pillar.STRATEGIC_ALIGNMENT, PillarReading.score(f("0.9")),
                Pillar.OPERATIONAL_INTEROPERABILITY, PillarReading.indicators(indicators),
                Pillar.RELATIONAL_RESILIENCE, PillarReading.score(f("0.7"))));

        HealthAdvice advice = advisor.assessHealth(List.of(assessment));

        assertThat(advice.latest()).containsEntry(Pillar.OPERATIONAL_INTEROPERABILITY, f("1/2"));
        assertThat(advice.status()).isEqualTo(Status.HEALTHY);
    }

    // --- input errors ---

    @Test
    void datesOutOfOrderAndScoresOutOfRangeAreRefusedWithTheirPaths() {
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class, () -> advisor.assessHealth(List.of(
                on(JUNE, "0.8", "0.7", "0.9"), on(MARCH, "1.2", "0.6", "-0.1"))));

        assertThat(e.violations()).containsExactly(
                new Violation("health[1].date", "2024-03-31 is not after the previous assessment's 2024-06-30: give the "
                        + "assessments oldest first, one per date"),
                new Violation("health[1].strategicAlignment", "6/5 is outside 0..1: score a pillar from 0 (absent) to 1 (fully there)"),
                new Violation("health[1].relationalResilience", "-1/10 is outside 0..1: score a pillar from 0 (absent) to 1 (fully there)"));
    }

    @Test
    void noAssessmentsAreRefused() {
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class, () -> advisor.assessHealth(List.of()));

        assertThat(e.violations()).extracting(Violation::path).containsExactly("health");
    }

    @Test
    void anAssessmentAfterAsOfIsRefused() {
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class,
                () -> advisor.assessHealth(List.of(on(JUNE, "0.8", "0.7", "0.9")), MARCH));

        assertThat(e.violations()).containsExactly(new Violation("health[0].date",
                "2024-06-30 is after asOf 2024-03-31: an assessment cannot be dated after the day of the analysis"));
    }

    @Test
    void theAdviceCannotBeChanged() {
        HealthAdvice advice = once("0.5", "0.4", "0.5");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> advice.interventions().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> advice.latest().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aPolicyWithoutTheStatusRulesGivesAnIncompleteAnswerNotAStackTrace() {
        String empty = """
                // health-status.drl replaced: the status rules are gone
                package dev.coalition.policies.health;
                """;

        try (CoalitionAdvisor withoutStatus = CoalitionAdvisor.builder().policyFile("health-status.drl", empty).build()) {
            assertThatThrownBy(() -> withoutStatus.assessHealth(List.of(on(JUNE, "0.8", "0.8", "0.8"))))
                    .isExactlyInstanceOf(PolicyRuntimeException.class)
                    .hasMessage("the health policy decided 0 statuses; a health-*.drl file must decide exactly one "
                            + "(HEALTHY, AT_RISK or CRITICAL)");
        }
    }

    @Test
    void eachStepNamesTheInputsItDecidedOn() {
        HealthAdvice advice = once("0.8", "0.4", "0.8");

        assertThat(advice.explanation()).filteredOn(step -> step.rule().equals("health.pillar.weak")).singleElement()
                .satisfies(step -> assertThat(step.inputs()).containsEntry("score", "2/5").containsKey("pillar"));
        assertThat(advice.explanation()).filteredOn(step -> step.rule().equals("health.status.at-risk")).singleElement()
                .satisfies(step -> assertThat(step.inputs()).containsEntry("status", "AT_RISK"));
        assertThat(advice.explanation()).filteredOn(step -> step.rule().equals("health.intervention.integration-sprints"))
                .singleElement().satisfies(step -> assertThat(step.inputs())
                        .containsEntry("intervention", "INTEGRATION_SPRINTS").containsKey("pillar"));
    }
}
