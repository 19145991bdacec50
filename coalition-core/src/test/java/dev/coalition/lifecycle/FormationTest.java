package dev.coalition.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Missing steps in the steps' order and whole weeks of formation. */
class FormationTest {

    private static final LocalDate STARTED = LocalDate.of(2024, 1, 8);

    @Test
    void missingStepsComeInTheStepsOrderWhateverTheOrderGiven() {
        Formation formation = Formation.of(STARTED, null, FormationStep.INTEGRATION_SPRINTS_PLANNED,
                FormationStep.GOVERNANCE_AGREED);

        assertThat(formation.missing()).containsExactly(FormationStep.COMPATIBILITY_ASSESSED,
                FormationStep.VALUE_PRINCIPLES_AGREED, FormationStep.COMMUNICATION_PROTOCOLS_SET,
                FormationStep.CONFLICT_PROCEDURES_AGREED);
    }

    @Test
    void weeksAreWholeAndCountToTheFirstJointProjectWhenItIsSet() {
        assertThat(Formation.of(STARTED, STARTED.plusDays(55)).formationWeeks(STARTED.plusDays(100))).isEqualTo(7);
        assertThat(Formation.of(STARTED, STARTED.plusDays(56)).formationWeeks(STARTED.plusDays(100))).isEqualTo(8);
        assertThat(Formation.of(STARTED, null).formationWeeks(STARTED.plusDays(100))).isEqualTo(14);
    }

    @Test
    void aValidFormationHasNoViolations() {
        assertThat(Formation.of(STARTED, STARTED.plusWeeks(8), FormationStep.values()).violations(STARTED)).isEmpty();
    }
}
