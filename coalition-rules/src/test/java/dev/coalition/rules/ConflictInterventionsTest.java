package dev.coalition.rules;

import static dev.coalition.conflict.Intervention.ARBITRATION;
import static dev.coalition.conflict.Intervention.MEDIATION;
import static dev.coalition.conflict.Intervention.MODERATION;
import static dev.coalition.conflict.Intervention.POWER_INTERVENTION;
import static dev.coalition.conflict.Intervention.PROCESS_GUIDANCE;
import static dev.coalition.conflict.Intervention.SOCIO_THERAPEUTIC_PROCESS_GUIDANCE;
import static dev.coalition.rules.ConflictCases.AS_OF;
import static dev.coalition.rules.ConflictCases.conflict;
import static dev.coalition.rules.Explanations.ruleIds;
import static dev.coalition.rules.Explanations.steps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.conflict.Intervention;
import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ConflictAssessment;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * conflict-interventions.drl: the interventions each stage allows (Glasl: moderation 1-3, process
 * guidance 3-5, socio-therapeutic process guidance 4-6, mediation 5-7, arbitration 6-8, power
 * intervention 7-9), least to most directive, and the external facilitator from stage 4.
 */
class ConflictInterventionsTest {

    private static final Coalition COUNCIL = ConflictCases.council();

    /** Each intervention's rule id. */
    private static final Map<Intervention, String> RULES = Map.of(
            MODERATION, "conflict.intervention.moderation",
            PROCESS_GUIDANCE, "conflict.intervention.processGuidance",
            SOCIO_THERAPEUTIC_PROCESS_GUIDANCE, "conflict.intervention.socioTherapeutic",
            MEDIATION, "conflict.intervention.mediation",
            ARBITRATION, "conflict.intervention.arbitration",
            POWER_INTERVENTION, "conflict.intervention.powerIntervention");

    private static CoalitionAdvisor advisor;
    /** conflict.intervention.moderation.to 4, conflict.intervention.powerIntervention.from 8, conflict.externalFromStage 5. */
    private static CoalitionAdvisor moved;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
        moved = CoalitionAdvisor.builder()
                .setting("conflict.intervention.moderation.to", 4)
                .setting("conflict.intervention.powerIntervention.from", 8)
                .setting("conflict.externalFromStage", 5)
                .build();
    }

    @AfterAll
    static void close() {
        advisor.close();
        moved.close();
    }

    private static ConflictAssessment atStage(CoalitionAdvisor advisor, int stage) {
        return advisor.assessConflict(COUNCIL, conflict().stage(stage).build(), AS_OF);
    }

    static Stream<Arguments> interventionsByStage() {
        return Stream.of(
                Arguments.of(1, List.of(MODERATION)),
                Arguments.of(2, List.of(MODERATION)),
                Arguments.of(3, List.of(MODERATION, PROCESS_GUIDANCE)),
                Arguments.of(4, List.of(PROCESS_GUIDANCE, SOCIO_THERAPEUTIC_PROCESS_GUIDANCE)),
                Arguments.of(5, List.of(PROCESS_GUIDANCE, SOCIO_THERAPEUTIC_PROCESS_GUIDANCE, MEDIATION)),
                Arguments.of(6, List.of(SOCIO_THERAPEUTIC_PROCESS_GUIDANCE, MEDIATION, ARBITRATION)),
                Arguments.of(7, List.of(MEDIATION, ARBITRATION, POWER_INTERVENTION)),
                Arguments.of(8, List.of(ARBITRATION, POWER_INTERVENTION)),
                Arguments.of(9, List.of(POWER_INTERVENTION)));
    }

    @ParameterizedTest(name = "stage {0} allows {1}")
    @MethodSource("interventionsByStage")
    void eachStageAllowsTheInterventionsWhoseRangeItLiesIn(int stage, List<Intervention> allowed) {
        ConflictAssessment a = atStage(advisor, stage);

        assertThat(a.interventions()).containsExactlyElementsOf(allowed);
        for (Intervention i : Intervention.values()) {
            assertThat(steps(a.explanation(), RULES.get(i))).as(i + " at stage " + stage).hasSize(allowed.contains(i) ? 1 : 0);
        }
    }

    @Test
    void theInterventionsAreListedFromLeastToMostDirective() {
        assertThat(Intervention.values()).containsExactly(MODERATION, PROCESS_GUIDANCE, SOCIO_THERAPEUTIC_PROCESS_GUIDANCE,
                MEDIATION, ARBITRATION, POWER_INTERVENTION);
        for (int stage = 1; stage <= 9; stage++) {
            assertThat(atStage(advisor, stage).interventions()).isSorted();
        }
    }

    @ParameterizedTest(name = "{0} at stage {1}")
    @CsvSource({
        "MODERATION, 3, 'Stage 3 lies in 1..3, where moderation is an allowed intervention.'",
        "PROCESS_GUIDANCE, 3, 'Stage 3 lies in 3..5, where process guidance is an allowed intervention.'",
        "SOCIO_THERAPEUTIC_PROCESS_GUIDANCE, 6, 'Stage 6 lies in 4..6, where socio-therapeutic process guidance is an allowed intervention.'",
        "MEDIATION, 5, 'Stage 5 lies in 5..7, where mediation is an allowed intervention.'",
        "ARBITRATION, 8, 'Stage 8 lies in 6..8, where arbitration is an allowed intervention.'",
        "POWER_INTERVENTION, 9, 'Stage 9 lies in 7..9, where power intervention is an allowed intervention.'"})
    void eachAllowedInterventionSaysWhichRangeTheStageLiesIn(Intervention intervention, int stage, String reason) {
        assertThat(steps(atStage(advisor, stage).explanation(), RULES.get(intervention))).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(reason);
            assertThat(s.inputs()).containsEntry("intervention", intervention.name());
        });
    }

    @Test
    void theRangesAreSettings() {
        assertThat(atStage(moved, 4).interventions())
                .containsExactly(MODERATION, PROCESS_GUIDANCE, SOCIO_THERAPEUTIC_PROCESS_GUIDANCE);
        assertThat(atStage(moved, 5).interventions()).doesNotContain(MODERATION);
        assertThat(atStage(moved, 7).interventions()).containsExactly(MEDIATION, ARBITRATION);
        assertThat(atStage(moved, 8).interventions()).containsExactly(ARBITRATION, POWER_INTERVENTION);
        assertThat(steps(atStage(moved, 4).explanation(), "conflict.intervention.moderation")).singleElement()
                .satisfies(s -> assertThat(s.reason()).isEqualTo("Stage 4 lies in 1..4, where moderation is an allowed intervention."));
    }

    // --- the external facilitator ---

    @Test
    void fromStageFourAnExternalFacilitatorIsRequired() {
        ConflictAssessment a = atStage(advisor, 4);

        assertThat(a.externalFacilitatorRequired()).isTrue();
        assertThat(steps(a.explanation(), "conflict.external-facilitator")).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo("At stage 4 (from 4) members are too close to the conflict: an external professional "
                    + "must facilitate.");
            assertThat(s.inputs()).containsEntry("externalFacilitatorRequired", true);
        });
        assertThat(atStage(advisor, 9).externalFacilitatorRequired()).isTrue();
    }

    @Test
    void atStageThreeTheCoalitionCanFacilitateItself() {
        ConflictAssessment a = atStage(advisor, 3);

        assertThat(a.externalFacilitatorRequired()).isFalse();
        assertThat(ruleIds(a.explanation())).doesNotContain("conflict.external-facilitator");
        assertThat(Arrays.stream(new int[] {1, 2}).mapToObj(s -> atStage(advisor, s).externalFacilitatorRequired()))
                .containsOnly(false);
    }

    @ParameterizedTest(name = "from stage 5: stage {0} needs an outsider: {1}")
    @CsvSource({"4, false", "5, true"})
    void theStageThatNeedsAnOutsiderIsASetting(int stage, boolean required) {
        assertThat(atStage(moved, stage).externalFacilitatorRequired()).isEqualTo(required);
    }

    // --- the ladder beside the stage: an outside owner, a member's step too late, arbitration too early ---

    /** Stage 3, the steering body failed the day the conflict opened: the ladder moves to EXTERNAL_ARBITRATION. */
    private static ConflictAssessment arbitrationAtStage(int stage) {
        return advisor.assessConflict(COUNCIL, conflict().stage(stage)
                .steps(ConflictCases.step(dev.coalition.conflict.EscalationStep.STEERING_BODY, ConflictCases.OPENED,
                        dev.coalition.conflict.StepOutcome.FAILED)).build(), AS_OF);
    }

    private static List<dev.coalition.rules.api.Finding> findings(ConflictAssessment a, String id) {
        return a.findings().stream().filter(f -> f.id().equals(id)).toList();
    }

    @Test
    void aNextStepOwnedFromOutsideBringsAnExternalFacilitatorAtAnEarlyStage() {
        ConflictAssessment a = arbitrationAtStage(3);

        assertThat(a.nextStep().step()).isEqualTo(dev.coalition.conflict.EscalationStep.EXTERNAL_ARBITRATION);
        assertThat(a.externalFacilitatorRequired()).isTrue();
        assertThat(ruleIds(a.explanation())).doesNotContain("conflict.external-facilitator");
        assertThat(steps(a.explanation(), "conflict.external-owner")).singleElement().satisfies(s -> assertThat(s.reason())
                .isEqualTo("The conflict's next step, EXTERNAL_ARBITRATION, is owned by an external arbitrator, from outside the "
                        + "coalition (conflict.externalSteps): an external professional facilitates, and members no longer mediate."));
        assertThat(a.mediators()).allSatisfy(m -> assertThat(m.external()).isTrue()).isNotEmpty();
    }

    @Test
    void arbitrationReachedBelowArbitrationsStagesSaysWhatTheStageAllowsFirst() {
        ConflictAssessment a = arbitrationAtStage(3);

        assertThat(a.interventions()).containsExactly(MODERATION, PROCESS_GUIDANCE);
        assertThat(findings(a, "STEP_AHEAD_OF_STAGE")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(dev.coalition.rules.api.Severity.INFO);
            assertThat(f.subject()).isEqualTo("EXTERNAL_ARBITRATION");
            assertThat(f.reason()).isEqualTo("The ladder has reached EXTERNAL_ARBITRATION because the coalition's own steps did not "
                    + "settle the conflict, but its behaviour is of stage 3, below arbitration's stages 6..8: ask an external "
                    + "arbitrator to start with what stage 3 allows (MODERATION and PROCESS_GUIDANCE) and to decide only if that fails.");
        });
        assertThat(findings(arbitrationAtStage(6), "STEP_AHEAD_OF_STAGE")).as("arbitration is allowed from stage 6").isEmpty();
    }

    @Test
    void aStepOwnedByMembersAtAStageThatNeedsAnOutsiderIsAWarning() {
        ConflictAssessment a = atStage(advisor, 4);

        assertThat(a.nextStep().step()).isEqualTo(dev.coalition.conflict.EscalationStep.DIRECT_NEGOTIATION);
        assertThat(findings(a, "STEP_BEHIND_STAGE")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(dev.coalition.rules.api.Severity.WARNING);
            assertThat(f.subject()).isEqualTo("DIRECT_NEGOTIATION");
            assertThat(f.reason()).isEqualTo("At stage 4 (from 4) an external professional must facilitate, but the ladder's step, "
                    + "DIRECT_NEGOTIATION, is owned by the parties: bring an external facilitator into this step, or escalate the ladder.");
        });
        assertThat(findings(atStage(advisor, 3), "STEP_BEHIND_STAGE")).isEmpty();
        assertThat(findings(arbitrationAtStage(9), "STEP_BEHIND_STAGE")).singleElement().satisfies(f -> assertThat(f.reason())
                .isEqualTo("The ladder has reached EXTERNAL_ARBITRATION, but the conflict's behaviour is of stage 9, beyond "
                        + "arbitration's stages 6..8: a ruling by an external arbitrator may not hold; stage 9 calls for "
                        + "POWER_INTERVENTION, or a dignified divergence."));
        assertThat(findings(arbitrationAtStage(6), "STEP_BEHIND_STAGE")).as("an outsider owns arbitration").isEmpty();
    }

    @Test
    void atArbitrationsLastStageTheArbitrationRungIsNotBehindTheStage() {
        // Stage 8 is the last of arbitration's stages 6..8: a ruling there fits the stage, so the rung
        // is neither behind nor ahead of it. Only from stage 9 may a ruling not hold.
        ConflictAssessment a = arbitrationAtStage(8);

        assertThat(a.nextStep().step()).isEqualTo(dev.coalition.conflict.EscalationStep.EXTERNAL_ARBITRATION);
        assertThat(a.interventions()).contains(ARBITRATION);
        assertThat(findings(a, "STEP_BEHIND_STAGE")).isEmpty();
        assertThat(findings(a, "STEP_AHEAD_OF_STAGE")).isEmpty();
        assertThat(ruleIds(a.explanation())).doesNotContain("conflict.finding.step-behind-arbitration");
    }

    @Test
    void whichRungsAreOwnedFromOutsideIsASetting() {
        try (CoalitionAdvisor steering = CoalitionAdvisor.builder()
                .setting("conflict.externalSteps", "STEERING_BODY,EXTERNAL_ARBITRATION").build()) {
            ConflictAssessment a = steering.assessConflict(COUNCIL, conflict().stage(2)
                    .steps(ConflictCases.step(dev.coalition.conflict.EscalationStep.DESIGNATED_MEDIATOR, ConflictCases.OPENED,
                            dev.coalition.conflict.StepOutcome.FAILED)).build(), AS_OF);

            assertThat(a.nextStep().step()).isEqualTo(dev.coalition.conflict.EscalationStep.STEERING_BODY);
            assertThat(a.externalFacilitatorRequired()).isTrue();
        }
    }
}
