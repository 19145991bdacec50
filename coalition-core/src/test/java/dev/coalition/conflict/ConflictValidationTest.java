package dev.coalition.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per validation rule of a {@link Conflict}: each breaks one thing in an otherwise valid
 * conflict and checks the exact path (relative to the conflict) and message; a last test breaks
 * everything at once and expects every problem, in field order.
 */
class ConflictValidationTest {

    private static final LocalDate OPENED = LocalDate.of(2024, 3, 1);

    /** The parts of a valid conflict; each test changes one. */
    private record Draft(String id, List<String> parties, List<String> subjects, List<Behaviour> behaviours,
                         LocalDate openedOn, List<StepRecord> history, double importance, double negativeEmotion,
                         double resolutionEfficacy, String leaving) {

        static Draft valid() {
            return new Draft("c1", List.of("a", "b"), List.of("strategy"), List.of(Behaviour.POLARIZED_DEBATE), OPENED,
                    List.of(new StepRecord(EscalationStep.DIRECT_NEGOTIATION, OPENED, StepOutcome.ONGOING)), 0.5, 0.2, 0.7, null);
        }

        Draft id(String value) {
            return new Draft(value, parties, subjects, behaviours, openedOn, history, importance, negativeEmotion,
                    resolutionEfficacy, leaving);
        }

        Draft parties(List<String> value) {
            return new Draft(id, value, subjects, behaviours, openedOn, history, importance, negativeEmotion,
                    resolutionEfficacy, leaving);
        }

        Draft subjects(List<String> value) {
            return new Draft(id, parties, value, behaviours, openedOn, history, importance, negativeEmotion,
                    resolutionEfficacy, leaving);
        }

        Draft behaviours(List<Behaviour> value) {
            return new Draft(id, parties, subjects, value, openedOn, history, importance, negativeEmotion,
                    resolutionEfficacy, leaving);
        }

        Draft openedOn(LocalDate value) {
            return new Draft(id, parties, subjects, behaviours, value, history, importance, negativeEmotion,
                    resolutionEfficacy, leaving);
        }

        Draft steps(StepRecord... steps) {
            return new Draft(id, parties, subjects, behaviours, openedOn, Arrays.asList(steps), importance, negativeEmotion,
                    resolutionEfficacy, leaving);
        }

        Draft figures(double i, double e, double r) {
            return new Draft(id, parties, subjects, behaviours, openedOn, history, i, e, r, leaving);
        }

        Draft leaving(String value) {
            return new Draft(id, parties, subjects, behaviours, openedOn, history, importance, negativeEmotion,
                    resolutionEfficacy, value);
        }

        Conflict build() {
            return new Conflict(id, parties, subjects, behaviours, openedOn, history, importance, negativeEmotion,
                    resolutionEfficacy, leaving);
        }
    }

    private static StepRecord step(EscalationStep step, LocalDate date, StepOutcome outcome) {
        return new StepRecord(step, date, outcome);
    }

    private static List<Violation> violations(Draft draft) {
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class, draft::build);
        assertThat(e).as("an InvalidCoalitionException").isNotNull();
        return e.violations();
    }

    private static Violation v(String path, String message) {
        return new Violation(path, message);
    }

    @Test
    void aValidConflictBuildsAndKnowsItsStageAndHistory() {
        Conflict c = Draft.valid().behaviours(List.of(Behaviour.POSITIONS_HARDEN, Behaviour.STEREOTYPING, Behaviour.POLARIZED_DEBATE))
                .steps(step(EscalationStep.DIRECT_NEGOTIATION, OPENED, StepOutcome.FAILED),
                        step(EscalationStep.WORKING_GROUP, OPENED.plusDays(14), StepOutcome.FAILED),
                        step(EscalationStep.DESIGNATED_MEDIATOR, OPENED.plusDays(30), StepOutcome.ONGOING))
                .leaving("b").build();

        assertThat(c.stage()).isEqualTo(4);
        assertThat(c.failedSteps()).isEqualTo(2);
        assertThat(c.lastStep()).contains(step(EscalationStep.DESIGNATED_MEDIATOR, OPENED.plusDays(30), StepOutcome.ONGOING));
        assertThat(c.leaving()).isEqualTo("b");
    }

    @Test
    void aConflictWithoutHistoryHasNoLastStepAndNoFailedSteps() {
        Conflict c = Draft.valid().steps().build();

        assertThat(c.lastStep()).isEmpty();
        assertThat(c.failedSteps()).isZero();
        assertThat(c.stage()).isEqualTo(2);
    }

    @Test
    void theListsAreCopiedSoLaterChangesToTheArgumentsDoNotReachTheConflict() {
        List<String> parties = new ArrayList<>(List.of("a", "b"));
        List<String> subjects = new ArrayList<>(List.of("strategy"));
        List<Behaviour> behaviours = new ArrayList<>(List.of(Behaviour.POSITIONS_HARDEN));
        List<StepRecord> history = new ArrayList<>();
        Conflict c = new Conflict("c1", parties, subjects, behaviours, OPENED, history, 0.5, 0.5, 0.5, null);

        parties.add("c");
        subjects.add("roles");
        behaviours.add(Behaviour.TOTAL_CONFRONTATION);
        history.add(step(EscalationStep.DIRECT_NEGOTIATION, OPENED, StepOutcome.FAILED));

        assertThat(c.parties()).containsExactly("a", "b");
        assertThat(c.subjects()).containsExactly("strategy");
        assertThat(c.stage()).isEqualTo(1);
        assertThat(c.history()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bad id", "a.b"})
    void anIdOutsideThePatternIsRefused(String id) {
        assertThat(violations(Draft.valid().id(id)))
                .containsExactly(v("id", "\"" + id + "\" is not a valid id: use 1 to 64 letters, digits, '_' or '-'"));
    }

    // --- parties ---

    @Test
    void aConflictWithOnePartyIsRefused() {
        assertThat(violations(Draft.valid().parties(List.of("a"))))
                .containsExactly(v("parties", "has 1 party; a conflict needs at least 2"));
    }

    @Test
    void aConflictWithNoPartiesIsRefused() {
        assertThat(violations(Draft.valid().parties(List.of())))
                .containsExactly(v("parties", "has 0 parties; a conflict needs at least 2"));
        assertThat(violations(Draft.valid().parties(null)))
                .containsExactly(v("parties", "has 0 parties; a conflict needs at least 2"));
    }

    @Test
    void aRepeatedPartyIsRefusedWithTheIndexOfItsFirstMention() {
        assertThat(violations(Draft.valid().parties(List.of("a", "b", "a"))))
                .containsExactly(v("parties[2]", "\"a\" is repeated (also parties[0])"));
    }

    @Test
    void twoDistinctPartiesAreEnough() {
        assertThat(Draft.valid().parties(List.of("a", "b")).build().parties()).containsExactly("a", "b");
    }

    @Test
    void aNullPartyIsRefused() {
        assertThat(violations(Draft.valid().parties(Arrays.asList("a", null, "b"))))
                .containsExactly(v("parties[1]", "is null; give a member id"));
    }

    // --- subjects and behaviours ---

    @Test
    void aConflictAboutNothingIsRefused() {
        assertThat(violations(Draft.valid().subjects(List.of())))
                .containsExactly(v("subjects", "is empty; say what the conflict is about, e.g. \"strategy\""));
        assertThat(violations(Draft.valid().subjects(null)))
                .containsExactly(v("subjects", "is empty; say what the conflict is about, e.g. \"strategy\""));
    }

    @Test
    void aBlankSubjectIsRefused() {
        assertThat(violations(Draft.valid().subjects(Arrays.asList("strategy", " ", null))))
                .containsExactly(v("subjects[1]", "is blank; name a subject"), v("subjects[2]", "is blank; name a subject"));
    }

    @Test
    void aConflictWithoutObservedBehaviourIsRefused() {
        assertThat(violations(Draft.valid().behaviours(List.of())))
                .containsExactly(v("behaviours", "is empty; give at least one observed behaviour"));
    }

    @Test
    void aNullBehaviourIsRefused() {
        assertThat(violations(Draft.valid().behaviours(Arrays.asList(Behaviour.POSITIONS_HARDEN, null))))
                .containsExactly(v("behaviours[1]", "is null; give a behaviour"));
    }

    // --- dates and history ---

    @Test
    void aMissingOpeningDateIsRefused() {
        assertThat(violations(Draft.valid().openedOn(null).steps()))
                .containsExactly(v("openedOn", "is required: give the date the conflict was opened, as YYYY-MM-DD"));
    }

    @Test
    void aStepBeforeTheConflictWasOpenedIsRefused() {
        assertThat(violations(Draft.valid().steps(step(EscalationStep.DIRECT_NEGOTIATION, OPENED.minusDays(1), StepOutcome.ONGOING))))
                .containsExactly(v("history[0].date", "2024-02-29 is before openedOn 2024-03-01"));
    }

    @Test
    void aStepOnTheOpeningDateIsAccepted() {
        assertThat(Draft.valid().steps(step(EscalationStep.DIRECT_NEGOTIATION, OPENED, StepOutcome.ONGOING)).build().history())
                .hasSize(1);
    }

    @Test
    void stepsOutOfDateOrderAreRefused() {
        assertThat(violations(Draft.valid().steps(
                step(EscalationStep.DIRECT_NEGOTIATION, OPENED.plusDays(10), StepOutcome.FAILED),
                step(EscalationStep.WORKING_GROUP, OPENED.plusDays(5), StepOutcome.ONGOING))))
                .containsExactly(v("history[1].date",
                        "2024-03-06 is before history[0]'s date 2024-03-11; list the steps in date order"));
    }

    @Test
    void stepsOnTheSameDayAreInOrder() {
        assertThat(Draft.valid().steps(
                step(EscalationStep.DIRECT_NEGOTIATION, OPENED, StepOutcome.FAILED),
                step(EscalationStep.WORKING_GROUP, OPENED, StepOutcome.ONGOING)).build().history()).hasSize(2);
    }

    @Test
    void anOngoingStepBeforeALaterStepIsRefused() {
        assertThat(violations(Draft.valid().steps(
                step(EscalationStep.DIRECT_NEGOTIATION, OPENED, StepOutcome.ONGOING),
                step(EscalationStep.WORKING_GROUP, OPENED.plusDays(14), StepOutcome.FAILED))))
                .containsExactly(v("history[0].outcome", "ONGOING, but a later step follows; only the last step can be ongoing"));
    }

    @Test
    void aNullStepIsRefused() {
        assertThat(violations(Draft.valid().steps(step(EscalationStep.DIRECT_NEGOTIATION, OPENED, StepOutcome.FAILED), null)))
                .containsExactly(v("history[1]", "is null; give a step"));
    }

    // --- figures ---

    @Test
    void figuresOutsideZeroToOneAreRefused() {
        assertThat(violations(Draft.valid().figures(-0.1, 1.5, Double.NaN))).containsExactly(
                v("importance", "-0.1 is outside 0..1"),
                v("negativeEmotion", "1.5 is outside 0..1"),
                v("resolutionEfficacy", "NaN is outside 0..1"));
    }

    @Test
    void figuresOfExactlyZeroAndOneAreAccepted() {
        Conflict c = Draft.valid().figures(0, 1, 0).build();

        assertThat(c.importance()).isZero();
        assertThat(c.negativeEmotion()).isEqualTo(1.0);
        assertThat(Draft.valid().figures(1, 0, 1).build().resolutionEfficacy()).isEqualTo(1.0);
    }

    // --- leaving ---

    @Test
    void aLeavingMemberThatIsNotAPartyIsRefused() {
        assertThat(violations(Draft.valid().leaving("c")))
                .containsExactly(v("leaving", "\"c\" is not one of the parties [a, b]"));
    }

    @Test
    void aLeavingPartyIsAccepted() {
        assertThat(Draft.valid().leaving("a").build().leaving()).isEqualTo("a");
        assertThat(Draft.valid().build().leaving()).isNull();
    }

    // --- everything at once ---

    @Test
    void everyProblemIsReportedAtOnceInFieldOrder() {
        Draft broken = new Draft("no good", List.of("a", "a"), List.of(), List.of(), OPENED,
                List.of(step(EscalationStep.DIRECT_NEGOTIATION, OPENED.plusDays(3), StepOutcome.ONGOING),
                        step(EscalationStep.WORKING_GROUP, OPENED.minusDays(2), StepOutcome.FAILED)),
                2, -1, 0.5, "z");

        assertThat(violations(broken)).containsExactly(
                v("id", "\"no good\" is not a valid id: use 1 to 64 letters, digits, '_' or '-'"),
                v("parties[1]", "\"a\" is repeated (also parties[0])"),
                v("subjects", "is empty; say what the conflict is about, e.g. \"strategy\""),
                v("behaviours", "is empty; give at least one observed behaviour"),
                v("history[0].outcome", "ONGOING, but a later step follows; only the last step can be ongoing"),
                v("history[1].date", "2024-02-28 is before openedOn 2024-03-01"),
                v("importance", "2 is outside 0..1"),
                v("negativeEmotion", "-1 is outside 0..1"),
                v("leaving", "\"z\" is not one of the parties [a, a]"));
    }

    // --- in a coalition ---

    @Test
    void partiesThatAreNotMembersAreProblemsInTheCoalition() {
        Coalition coalition = Coalition.builder("Pair").formedOn(OPENED.minusYears(1))
                .member("a", "Alpha", "firm", 1).member("b", "Bravo", "firm", 1).context(0.5, 0.5, 0.5, 0.5).build();
        Conflict c = Draft.valid().parties(List.of("a", "zed", "b", "yan")).build();

        assertThat(c.problemsIn(coalition)).containsExactly(
                v("parties[1]", "unknown member \"zed\""), v("parties[3]", "unknown member \"yan\""));
        assertThat(Draft.valid().build().problemsIn(coalition)).isEmpty();
    }
}
