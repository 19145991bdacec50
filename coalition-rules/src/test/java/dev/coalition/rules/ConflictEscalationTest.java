package dev.coalition.rules;

import static dev.coalition.conflict.EscalationStep.DESIGNATED_MEDIATOR;
import static dev.coalition.conflict.EscalationStep.DIGNIFIED_DIVERGENCE;
import static dev.coalition.conflict.EscalationStep.DIRECT_NEGOTIATION;
import static dev.coalition.conflict.EscalationStep.EXTERNAL_ARBITRATION;
import static dev.coalition.conflict.EscalationStep.STEERING_BODY;
import static dev.coalition.conflict.EscalationStep.WORKING_GROUP;
import static dev.coalition.conflict.StepOutcome.FAILED;
import static dev.coalition.conflict.StepOutcome.ONGOING;
import static dev.coalition.conflict.StepOutcome.RESOLVED;
import static dev.coalition.rules.ConflictCases.OPENED;
import static dev.coalition.rules.ConflictCases.conflict;
import static dev.coalition.rules.ConflictCases.step;
import static dev.coalition.rules.Explanations.ruleIds;
import static dev.coalition.rules.Explanations.steps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.conflict.EscalationStep;
import dev.coalition.core.Coalition;
import dev.coalition.rules.ConflictCases.Draft;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ConflictAssessment;
import dev.coalition.rules.api.ConflictAssessment.NextStepAdvice;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * conflict-escalation.drl: the ladder's rungs with their owners and time boxes (settings); a step
 * within its time box continues until it is due, a step past it or a failed step escalates, a
 * resolved step ends the ladder, and the last rung has nowhere to go.
 *
 * <p>Default time boxes: direct negotiation 14 days, working group 21, designated mediator 30,
 * steering body 14, external arbitration 45, dignified divergence 90.
 */
class ConflictEscalationTest {

    private static final Coalition COUNCIL = ConflictCases.council();
    private static final List<String> OUTCOME_RULES = List.of("conflict.escalation.resolved", "conflict.escalation.after-failure",
            "conflict.escalation.time-box-passed", "conflict.escalation.continue", "conflict.escalation.last-rung-failed",
            "conflict.escalation.last-rung-overdue");

    private static CoalitionAdvisor advisor;
    /** Direct negotiation time-boxed to 10 days; the working group owned by "the two CEOs". */
    private static CoalitionAdvisor moved;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.builder().build();
        moved = CoalitionAdvisor.builder().setting("conflict.step.directNegotiation.timeBoxDays", 10)
                .setting("conflict.step.workingGroup.owner", "the two CEOs").build();
    }

    @AfterAll
    static void close() {
        advisor.close();
        moved.close();
    }

    private static ConflictAssessment assess(CoalitionAdvisor advisor, Draft draft, LocalDate asOf) {
        return advisor.assessConflict(COUNCIL, draft.build(), asOf);
    }

    /** The one outcome rule that fired. */
    private static String outcomeRule(ConflictAssessment a) {
        List<String> fired = ruleIds(a.explanation()).stream().filter(OUTCOME_RULES::contains).toList();
        assertThat(fired).as("exactly one escalation outcome").hasSize(1);
        return fired.get(0);
    }

    private static String owner(EscalationStep step) {
        return switch (step) {
            case DIRECT_NEGOTIATION -> "the parties";
            case WORKING_GROUP -> "a working group of uninvolved members";
            case DESIGNATED_MEDIATOR -> "the designated mediator";
            case STEERING_BODY -> "the steering body";
            case EXTERNAL_ARBITRATION -> "an external arbitrator";
            case DIGNIFIED_DIVERGENCE -> "the steering body and the leaving member";
        };
    }

    private static int timeBox(EscalationStep step) {
        return switch (step) {
            case DIRECT_NEGOTIATION, STEERING_BODY -> 14;
            case WORKING_GROUP -> 21;
            case DESIGNATED_MEDIATOR -> 30;
            case EXTERNAL_ARBITRATION -> 45;
            case DIGNIFIED_DIVERGENCE -> 90;
        };
    }

    // --- without history: direct negotiation since the conflict was opened ---

    @Test
    void onTheLastDayOfItsTimeBoxDirectNegotiationContinues() {
        ConflictAssessment a = assess(advisor, conflict(), OPENED.plusDays(14));

        assertThat(a.nextStep()).isEqualTo(new NextStepAdvice(DIRECT_NEGOTIATION, "the parties", 14, LocalDate.of(2024, 3, 15),
                "DIRECT_NEGOTIATION has run 14 of its 14 days: it continues, owned by the parties, until 2024-03-15."));
        assertThat(outcomeRule(a)).isEqualTo("conflict.escalation.continue");
        assertThat(steps(a.explanation(), "conflict.escalation.continue")).singleElement().satisfies(s -> assertThat(s.inputs())
                .containsEntry("step", "DIRECT_NEGOTIATION").containsEntry("owner", "the parties")
                .containsEntry("timeBoxDays", 14).containsEntry("dueOn", "2024-03-15"));
    }

    @Test
    void theDayAfterItsTimeBoxDirectNegotiationEscalatesToAWorkingGroup() {
        ConflictAssessment a = assess(advisor, conflict(), OPENED.plusDays(15));

        assertThat(a.nextStep()).isEqualTo(new NextStepAdvice(WORKING_GROUP, "a working group of uninvolved members", 21,
                LocalDate.of(2024, 4, 6), "DIRECT_NEGOTIATION has run 15 days, past its time box of 14, so the conflict moves to "
                        + "WORKING_GROUP, owned by a working group of uninvolved members."));
        assertThat(outcomeRule(a)).isEqualTo("conflict.escalation.time-box-passed");
    }

    @Test
    void onTheDayItOpensAConflictIsInDirectNegotiation() {
        ConflictAssessment a = assess(advisor, conflict(), OPENED);

        assertThat(a.nextStep().step()).isEqualTo(DIRECT_NEGOTIATION);
        assertThat(a.nextStep().dueOn()).isEqualTo(OPENED.plusDays(14));
    }

    // --- every rung, on either side of its due date ---

    @ParameterizedTest
    @EnumSource(value = EscalationStep.class, names = "DIGNIFIED_DIVERGENCE", mode = EnumSource.Mode.EXCLUDE)
    void anOngoingStepContinuesOnItsDueDate(EscalationStep rung) {
        LocalDate started = OPENED.plusDays(20);
        ConflictAssessment a = assess(advisor, conflict().steps(step(rung, started, ONGOING)), started.plusDays(timeBox(rung)));

        assertThat(a.nextStep()).isEqualTo(new NextStepAdvice(rung, owner(rung), timeBox(rung), started.plusDays(timeBox(rung)),
                rung + " has run " + timeBox(rung) + " of its " + timeBox(rung) + " days: it continues, owned by " + owner(rung)
                        + ", until " + started.plusDays(timeBox(rung)) + "."));
        assertThat(outcomeRule(a)).isEqualTo("conflict.escalation.continue");
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStep.class, names = "DIGNIFIED_DIVERGENCE", mode = EnumSource.Mode.EXCLUDE)
    void anOngoingStepEscalatesTheDayAfterItsDueDate(EscalationStep rung) {
        LocalDate started = OPENED.plusDays(20);
        LocalDate asOf = started.plusDays(timeBox(rung) + 1L);
        EscalationStep next = rung.next();
        ConflictAssessment a = assess(advisor, conflict().steps(step(rung, started, ONGOING)), asOf);

        assertThat(a.nextStep()).isEqualTo(new NextStepAdvice(next, owner(next), timeBox(next), asOf.plusDays(timeBox(next)),
                rung + " has run " + (timeBox(rung) + 1) + " days, past its time box of " + timeBox(rung)
                        + ", so the conflict moves to " + next + ", owned by " + owner(next) + "."));
        assertThat(outcomeRule(a)).isEqualTo("conflict.escalation.time-box-passed");
    }

    @Test
    void theLastRungContinuesOnItsDueDate() {
        LocalDate started = OPENED.plusDays(20);
        ConflictAssessment a = assess(advisor, conflict().steps(step(DIGNIFIED_DIVERGENCE, started, ONGOING)), started.plusDays(90));

        assertThat(a.nextStep().step()).isEqualTo(DIGNIFIED_DIVERGENCE);
        assertThat(a.nextStep().dueOn()).isEqualTo(started.plusDays(90));
        assertThat(outcomeRule(a)).isEqualTo("conflict.escalation.continue");
    }

    @Test
    void theLastRungPastItsTimeBoxLeavesNoNextStep() {
        LocalDate started = OPENED.plusDays(20);
        ConflictAssessment a = assess(advisor, conflict().steps(step(DIGNIFIED_DIVERGENCE, started, ONGOING)), started.plusDays(91));

        assertThat(a.nextStep()).isNull();
        assertThat(a.next()).isEmpty();
        assertThat(outcomeRule(a)).isEqualTo("conflict.escalation.last-rung-overdue");
        assertThat(steps(a.explanation(), "conflict.escalation.last-rung-overdue")).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo("DIGNIFIED_DIVERGENCE is the last rung of the ladder and has run 91 days, past its 90: "
                    + "no further step remains.");
            assertThat(s.inputs()).containsEntry("nextStep", "none");
        });
    }

    // --- failed and resolved steps ---

    @ParameterizedTest
    @EnumSource(value = EscalationStep.class, names = "DIGNIFIED_DIVERGENCE", mode = EnumSource.Mode.EXCLUDE)
    void aFailedStepEscalatesAtOnceToTheNextRung(EscalationStep rung) {
        LocalDate failed = OPENED.plusDays(3);
        EscalationStep next = rung.next();
        ConflictAssessment a = assess(advisor, conflict().steps(step(rung, failed, FAILED)), failed);

        assertThat(a.nextStep()).isEqualTo(new NextStepAdvice(next, owner(next), timeBox(next), failed.plusDays(timeBox(next)),
                rung + " failed, so the conflict moves to " + next + ", owned by " + owner(next) + ", due within " + timeBox(next)
                        + " days."));
        assertThat(outcomeRule(a)).isEqualTo("conflict.escalation.after-failure");
    }

    @Test
    void aStepThatFailedLongAgoIsDueCountingFromTheDecisionDate() {
        LocalDate asOf = OPENED.plusDays(40);
        ConflictAssessment a = assess(advisor, conflict().steps(step(DIRECT_NEGOTIATION, OPENED, FAILED)), asOf);

        assertThat(a.nextStep().step()).isEqualTo(WORKING_GROUP);
        assertThat(a.nextStep().dueOn()).isEqualTo(asOf.plusDays(21));
    }

    @Test
    void aFailedLastRungLeavesNoNextStep() {
        ConflictAssessment a = assess(advisor, conflict().steps(step(DIGNIFIED_DIVERGENCE, OPENED, FAILED)), OPENED.plusDays(1));

        assertThat(a.nextStep()).isNull();
        assertThat(outcomeRule(a)).isEqualTo("conflict.escalation.last-rung-failed");
        assertThat(steps(a.explanation(), "conflict.escalation.last-rung-failed")).singleElement().satisfies(s -> assertThat(s.reason())
                .isEqualTo("DIGNIFIED_DIVERGENCE is the last rung of the ladder and it failed: no further step remains."));
    }

    @Test
    void aResolvedStepEndsTheLadder() {
        ConflictAssessment a = assess(advisor, conflict().steps(step(DIRECT_NEGOTIATION, OPENED, FAILED),
                step(WORKING_GROUP, OPENED.plusDays(10), RESOLVED)), OPENED.plusDays(100));

        assertThat(a.nextStep()).isNull();
        assertThat(outcomeRule(a)).isEqualTo("conflict.escalation.resolved");
        assertThat(steps(a.explanation(), "conflict.escalation.resolved")).singleElement().satisfies(s -> assertThat(s.reason())
                .isEqualTo("The conflict was resolved by WORKING_GROUP (started 2024-03-11): no further step."));
    }

    @Test
    void aResolvedLastRungAlsoEndsTheLadder() {
        ConflictAssessment a = assess(advisor, conflict().steps(step(DIGNIFIED_DIVERGENCE, OPENED, RESOLVED)), OPENED.plusDays(200));

        assertThat(a.nextStep()).isNull();
        assertThat(outcomeRule(a)).isEqualTo("conflict.escalation.resolved");
    }

    @Test
    void onlyTheLastStepOfTheHistoryDecides() {
        ConflictAssessment a = assess(advisor, conflict().steps(step(DIRECT_NEGOTIATION, OPENED, FAILED),
                step(WORKING_GROUP, OPENED.plusDays(5), FAILED), step(DESIGNATED_MEDIATOR, OPENED.plusDays(20), ONGOING)),
                OPENED.plusDays(30));

        assertThat(a.nextStep().step()).isEqualTo(DESIGNATED_MEDIATOR);
        assertThat(a.nextStep().dueOn()).isEqualTo(OPENED.plusDays(50));
    }

    // --- the rungs' terms are settings ---

    @Test
    void eachRungsTermsAreReadFromTheSettingsOncePerDecision() {
        // StepTerms is not explained, so the firings are read from the agenda; the rules have no condition but the ladder
        List<String> fired = FiredRules.conflict(COUNCIL, conflict().build(), OPENED.plusDays(3)).fired();

        for (String rung : List.of("directNegotiation", "workingGroup", "designatedMediator", "steeringBody", "externalArbitration",
                "dignifiedDivergence")) {
            assertThat(fired).as(rung).filteredOn(("conflict.ladder." + rung)::equals).hasSize(1);
        }
    }

    @ParameterizedTest(name = "with a 10-day time box, day {0}: {1}")
    @CsvSource({"10, DIRECT_NEGOTIATION", "11, WORKING_GROUP"})
    void aRungsTimeBoxIsASetting(int day, EscalationStep expected) {
        ConflictAssessment a = assess(moved, conflict(), OPENED.plusDays(day));

        assertThat(a.nextStep().step()).isEqualTo(expected);
    }

    @Test
    void aRungsOwnerIsASetting() {
        ConflictAssessment a = assess(moved, conflict().steps(step(DIRECT_NEGOTIATION, OPENED, FAILED)), OPENED.plusDays(2));

        assertThat(a.nextStep()).isEqualTo(new NextStepAdvice(WORKING_GROUP, "the two CEOs", 21, OPENED.plusDays(23),
                "DIRECT_NEGOTIATION failed, so the conflict moves to WORKING_GROUP, owned by the two CEOs, due within 21 days."));
        assertThat(assess(moved, conflict(), OPENED.plusDays(2)).nextStep().dueOn()).isEqualTo(OPENED.plusDays(10));
    }
}
