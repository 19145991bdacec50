package dev.coalition.rules;

import static dev.coalition.rules.Explanations.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.lifecycle.Formation;
import dev.coalition.lifecycle.FormationStep;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.ReadinessAdvice;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * formation-readiness.drl: a finding per missing step, FORMATION_TOO_SHORT below
 * formation.minWeeks whole weeks (exactly the minimum is long enough), ready only with both.
 */
class FormationReadinessTest {

    private static final LocalDate STARTED = LocalDate.of(2024, 1, 8);

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static Formation complete(LocalDate firstJointProjectOn) {
        return Formation.of(STARTED, firstJointProjectOn, FormationStep.values());
    }

    @Test
    void everyStepAndExactlyEightWeeksIsReady() {
        ReadinessAdvice advice = advisor.formationReadiness(complete(STARTED.plusWeeks(8)), STARTED.plusWeeks(20));

        assertThat(advice.ready()).isTrue();
        assertThat(advice.formationWeeks()).isEqualTo(8);
        assertThat(advice.missing()).isEmpty();
        assertThat(advice.findings()).isEmpty();
        assertThat(ruleIds(advice.explanation())).containsExactly("formation.ready");
        assertThat(advice.explanation().get(0).reason()).isEqualTo("Every formation step is completed and formation took 8 "
                + "whole weeks (at least 8): ready for the first joint project.");
    }

    @Test
    void oneDayShortOfEightWeeksIsTooShort() {
        ReadinessAdvice advice = advisor.formationReadiness(complete(STARTED.plusWeeks(8).minusDays(1)), STARTED.plusWeeks(20));

        assertThat(advice.ready()).isFalse();
        assertThat(advice.formationWeeks()).isEqualTo(7);
        assertThat(advice.findings()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("FORMATION_TOO_SHORT");
            assertThat(f.subject()).isEqualTo("formation");
            assertThat(f.reason()).isEqualTo("Formation took 7 whole weeks, from 2024-01-08 to 2024-03-03 (first joint project), "
                    + "fewer than 8 (formation.minWeeks): rushing formation costs more later through misalignment and conflict.");
        });
    }

    @Test
    void withoutAFirstJointProjectTheWeeksCountToAsOf() {
        ReadinessAdvice advice = advisor.formationReadiness(complete(null), STARTED.plusWeeks(3));

        assertThat(advice.formationWeeks()).isEqualTo(3);
        assertThat(advice.findings()).extracting(Finding::reason).singleElement().asString().contains("(asOf)");
    }

    @Test
    void aMissingStepIsAFindingAndKeepsItFromBeingReady() {
        Formation formation = Formation.of(STARTED, STARTED.plusWeeks(8), FormationStep.COMPATIBILITY_ASSESSED,
                FormationStep.INTEGRATION_SPRINTS_PLANNED, FormationStep.GOVERNANCE_AGREED, FormationStep.COMMUNICATION_PROTOCOLS_SET);

        ReadinessAdvice advice = advisor.formationReadiness(formation, STARTED.plusWeeks(8));

        assertThat(advice.ready()).isFalse();
        assertThat(advice.missing()).containsExactly(FormationStep.VALUE_PRINCIPLES_AGREED, FormationStep.CONFLICT_PROCEDURES_AGREED);
        assertThat(advice.findings()).extracting(Finding::id).containsOnly("FORMATION_STEP_MISSING");
        assertThat(advice.findings()).filteredOn(f -> f.subject().equals("CONFLICT_PROCEDURES_AGREED")).singleElement()
                .satisfies(f -> assertThat(f.reason()).isEqualTo(
                        "CONFLICT_PROCEDURES_AGREED is not completed: complete it before the first joint project."));
    }

    @Test
    void aLongerMinimumMakesEightWeeksTooShort() {
        try (CoalitionAdvisor stricter = CoalitionAdvisor.builder().setting("formation.minWeeks", "9").build()) {
            assertThat(stricter.formationReadiness(complete(STARTED.plusWeeks(8)), STARTED.plusWeeks(8)).ready()).isFalse();
        }
    }

    @Test
    void unknownAndRepeatedStepsAndDatesOutOfOrderAreRefusedWithTheirPaths() {
        Formation formation = new Formation(STARTED, STARTED.minusDays(1),
                List.of("GOVERNANCE_AGREED", "GOVERNANCE_AGRED", "GOVERNANCE_AGREED"));

        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class,
                () -> advisor.formationReadiness(formation, STARTED.plusWeeks(1)));

        assertThat(e.violations()).containsExactly(
                new Violation("formation.firstJointProjectOn", "2024-01-07 is before startedOn 2024-01-08: the first joint "
                        + "project comes after formation starts"),
                new Violation("formation.completed[1]", "\"GOVERNANCE_AGRED\" is not a formation step (did you mean "
                        + "GOVERNANCE_AGREED?); use one of COMPATIBILITY_ASSESSED, GOVERNANCE_AGREED, VALUE_PRINCIPLES_AGREED, "
                        + "COMMUNICATION_PROTOCOLS_SET, CONFLICT_PROCEDURES_AGREED, INTEGRATION_SPRINTS_PLANNED"),
                new Violation("formation.completed[2]", "\"GOVERNANCE_AGREED\" is given twice: list each completed step once"));
    }

    @Test
    void aStartAfterAsOfIsRefused() {
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class,
                () -> advisor.formationReadiness(complete(null), STARTED.minusDays(1)));

        assertThat(e.violations()).containsExactly(new Violation("formation.startedOn",
                "2024-01-08 is after asOf 2024-01-07: formation cannot be assessed before it has started"));
    }

    @Test
    void withoutAsOfTheFirstJointProjectIsRequired() {
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class,
                () -> advisor.formationReadiness(complete(null), null));

        assertThat(e.violations()).extracting(Violation::path).containsExactly("asOf");
        assertThat(advisor.formationReadiness(complete(STARTED.plusWeeks(8)), null).ready()).isTrue();
    }

    @Test
    void theReadyStepSaysSoInItsInputs() {
        ReadinessAdvice advice = advisor.formationReadiness(complete(STARTED.plusWeeks(8)), STARTED.plusWeeks(20));

        assertThat(advice.explanation()).filteredOn(step -> step.rule().equals("formation.ready")).singleElement()
                .satisfies(step -> assertThat(step.inputs()).containsEntry("ready", true));
    }
}
