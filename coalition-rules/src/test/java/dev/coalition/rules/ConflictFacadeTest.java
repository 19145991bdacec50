package dev.coalition.rules;

import static dev.coalition.conflict.EscalationStep.DIRECT_NEGOTIATION;
import static dev.coalition.conflict.EscalationStep.WORKING_GROUP;
import static dev.coalition.conflict.StepOutcome.FAILED;
import static dev.coalition.conflict.StepOutcome.ONGOING;
import static dev.coalition.rules.ConflictCases.AS_OF;
import static dev.coalition.rules.ConflictCases.OPENED;
import static dev.coalition.rules.ConflictCases.conflict;
import static dev.coalition.rules.ConflictCases.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.conflict.Conflict;
import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ConflictAssessment;
import dev.coalition.rules.api.ExplanationStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conflict facade: every invalid input named with its path (relative to the conflict) and
 * message, both by {@link CoalitionAdvisor#conflictProblems} and by the exception of
 * {@link CoalitionAdvisor#assessConflict}; complete, immutable and reproducible assessments.
 */
class ConflictFacadeTest {

    private static final Coalition COUNCIL = ConflictCases.council();
    private static final String VOCABULARY = "[objectives, priorities, strategy, scope, roles, procedures, resources, schedule, "
            + "decision-rights, trust, respect, personal, communication-style]";

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    /** The problems, after checking that assessConflict refuses the input with the same ones. */
    private static List<Violation> problems(Conflict conflict, LocalDate asOf) {
        List<Violation> listed = advisor.conflictProblems(COUNCIL, conflict, asOf);
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class,
                () -> advisor.assessConflict(COUNCIL, conflict, asOf));
        assertThat(e).as("an InvalidCoalitionException").isNotNull();
        assertThat(e.violations()).isEqualTo(listed);
        return listed;
    }

    private static Violation v(String path, String message) {
        return new Violation(path, message);
    }

    // --- invalid inputs ---

    @Test
    void aValidConflictHasNoProblems() {
        assertThat(advisor.conflictProblems(COUNCIL, conflict().build(), AS_OF)).isEmpty();
    }

    @Test
    void aPartyThatIsNotAMemberIsRefused() {
        assertThat(problems(conflict().parties("a", "zed").build(), AS_OF))
                .containsExactly(v("parties[1]", "unknown member \"zed\""));
    }

    @Test
    void aSubjectOutsideTheVocabularyIsRefusedWithTheVocabulary() {
        assertThat(problems(conflict().subjects("strategy", "budget").build(), AS_OF))
                .containsExactly(v("subjects[1]", "unknown subject \"budget\"; the policy knows " + VOCABULARY));
    }

    @Test
    void aMistypedSubjectIsRefusedWithASuggestion() {
        assertThat(problems(conflict().subjects("stratgy").build(), AS_OF)).containsExactly(
                v("subjects[0]", "unknown subject \"stratgy\" (did you mean \"strategy\"?); the policy knows " + VOCABULARY));
        assertThat(problems(conflict().subjects("Roles").build(), AS_OF)).containsExactly(
                v("subjects[0]", "unknown subject \"Roles\" (did you mean \"roles\"?); the policy knows " + VOCABULARY));
    }

    @Test
    void aMissingDecisionDateIsRefused() {
        assertThat(problems(conflict().build(), null))
                .containsExactly(v("asOf", "is required: give the date to assess the conflict as of, as YYYY-MM-DD"));
    }

    @Test
    void aDecisionDateBeforeTheConflictWasOpenedIsRefused() {
        assertThat(problems(conflict().build(), OPENED.minusDays(1)))
                .containsExactly(v("openedOn", "2024-03-01 is after asOf 2024-02-29"));
    }

    @Test
    void aConflictOpenedBeforeTheCoalitionWasFormedIsRefused() {
        LocalDate formed = COUNCIL.formedOn();
        Conflict early = conflict().openedOn(formed.minusDays(1)).build();

        assertThat(problems(early, AS_OF)).containsExactly(v("openedOn", formed.minusDays(1)
                + " is before the coalition was formed (formedOn " + formed + "); a conflict between its members opens on or after that date"));
        assertThat(advisor.conflictProblems(COUNCIL, conflict().openedOn(formed).build(), AS_OF)).isEmpty();
    }

    @Test
    void aDecisionOnTheDayTheConflictOpensIsAccepted() {
        assertThat(advisor.conflictProblems(COUNCIL, conflict().build(), OPENED)).isEmpty();
    }

    @Test
    void aStepAfterTheDecisionDateIsRefused() {
        Conflict c = conflict().steps(step(DIRECT_NEGOTIATION, OPENED, FAILED), step(WORKING_GROUP, AS_OF.plusDays(1), ONGOING)).build();

        assertThat(problems(c, AS_OF)).containsExactly(v("history[1].date", "2024-03-07 is after asOf 2024-03-06"));
        assertThat(advisor.conflictProblems(COUNCIL, c, AS_OF.plusDays(1))).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Conflict c = conflict().parties("zed", "b", "yan").subjects("budget", "roles", "trsut")
                .steps(step(DIRECT_NEGOTIATION, OPENED.plusDays(3), ONGOING)).build();

        assertThat(problems(c, OPENED.plusDays(1))).containsExactly(
                v("parties[0]", "unknown member \"zed\""),
                v("parties[2]", "unknown member \"yan\""),
                v("subjects[0]", "unknown subject \"budget\"; the policy knows " + VOCABULARY),
                v("subjects[2]", "unknown subject \"trsut\" (did you mean \"trust\"?); the policy knows " + VOCABULARY),
                v("history[0].date", "2024-03-04 is after asOf 2024-03-02"));
        assertThat(problems(c, null)).containsExactly(
                v("parties[0]", "unknown member \"zed\""),
                v("parties[2]", "unknown member \"yan\""),
                v("subjects[0]", "unknown subject \"budget\"; the policy knows " + VOCABULARY),
                v("subjects[2]", "unknown subject \"trsut\" (did you mean \"trust\"?); the policy knows " + VOCABULARY),
                v("asOf", "is required: give the date to assess the conflict as of, as YYYY-MM-DD"));
    }

    @Test
    void aConflictThatCannotBeBuiltIsRefusedBeforeTheFacade() {
        InvalidCoalitionException onePartyRepeated = catchThrowableOfType(InvalidCoalitionException.class,
                () -> conflict().parties("a", "a").build());

        assertThat(onePartyRepeated.violations()).containsExactly(v("parties[1]", "\"a\" is repeated (also parties[0])"));
        assertThat(catchThrowableOfType(InvalidCoalitionException.class, () -> conflict().parties("a").build()).violations())
                .containsExactly(v("parties", "has 1 party; a conflict needs at least 2"));
    }

    @Test
    void aMissingConflictIsRefused() {
        assertThatThrownBy(() -> advisor.assessConflict(COUNCIL, null, AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("conflict: is null; describe the conflict with new Conflict(...)");
    }

    // --- the assessment ---

    @Test
    void theAssessmentIsCompleteAndNamesTheConflict() {
        ConflictAssessment a = advisor.assessConflict(COUNCIL, conflict().id("budget-row").build(), AS_OF);

        assertThat(a.id()).isEqualTo("budget-row");
        assertThat(a.types()).isNotEmpty();
        assertThat(a.stage()).isEqualTo(1);
        assertThat(a.level()).isEqualTo("WIN_WIN");
        assertThat(a.interventions()).isNotEmpty();
        assertThat(a.nextStep()).isNotNull();
        assertThat(a.mediators()).isNotEmpty();
        assertThat(a.resolvability()).isNotNull();
        assertThat(a.explanation()).isNotEmpty().allSatisfy(s -> assertThat(s.rule()).startsWith("conflict."));
    }

    @Test
    void theAssessmentCannotBeChanged() {
        ConflictAssessment a = advisor.assessConflict(COUNCIL, conflict().irreconcilable().build(), AS_OF);

        assertThatThrownBy(() -> a.types().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.interventions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.mediators().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.mediators().get(0).reasons().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.resolvability().reasons().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.divergence().plan().steeringBodyAfter().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.explanation().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theSameConflictOnTheSameDateGetsTheSameAssessmentOnEveryThread() throws Exception {
        Conflict c = conflict().subjects("roles", "trust").stage(5).steps(step(DIRECT_NEGOTIATION, OPENED, FAILED)).build();
        ConflictAssessment expected = advisor.assessConflict(COUNCIL, c, AS_OF);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ConflictAssessment>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(() -> advisor.assessConflict(COUNCIL, c, AS_OF));
            }
            for (Future<ConflictAssessment> f : pool.invokeAll(calls)) {
                ConflictAssessment got = f.get();
                assertThat(got.types()).isEqualTo(expected.types());
                assertThat(got.nextStep()).isEqualTo(expected.nextStep());
                assertThat(got.mediators()).isEqualTo(expected.mediators());
                assertThat(got.resolvability()).isEqualTo(expected.resolvability());
                assertThat(got.explanation().stream().map(ExplanationStep::toString).sorted().toList())
                        .isEqualTo(expected.explanation().stream().map(ExplanationStep::toString).sorted().toList());
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void theDecisionDependsOnTheDateGivenNotOnTheClock() {
        Conflict c = conflict().build();

        assertThat(advisor.assessConflict(COUNCIL, c, OPENED.plusDays(3)).nextStep().step()).isEqualTo(DIRECT_NEGOTIATION);
        assertThat(advisor.assessConflict(COUNCIL, c, OPENED.plusYears(3)).nextStep().step()).isEqualTo(WORKING_GROUP);
    }
}
