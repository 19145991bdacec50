package dev.coalition.rules;

import static dev.coalition.rules.ConflictCases.AS_OF;
import static dev.coalition.rules.ConflictCases.conflict;
import static dev.coalition.rules.ConflictCases.types;
import static dev.coalition.rules.Explanations.ruleIds;
import static dev.coalition.rules.Explanations.steps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.conflict.Behaviour;
import dev.coalition.core.Coalition;
import dev.coalition.rules.ConflictCases.Draft;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ConflictAssessment;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * conflict-types.drl: each subject points to a type by the policy's vocabulary; the type most
 * subjects point to is PRIMARY (ties: GOAL, then PROCESS, then RELATIONSHIP), the others
 * SECONDARY; an escalated goal or process conflict becomes a relationship conflict too.
 */
class ConflictTypesTest {

    private static final Coalition COUNCIL = ConflictCases.council();
    private static final List<String> SUBJECT_RULES = List.of("conflict.type.goal-subject", "conflict.type.process-subject",
            "conflict.type.relationship-subject");

    private static CoalitionAdvisor advisor;
    /** conflict.relationshipFromStage 6; "vision" added to the goal subjects. */
    private static CoalitionAdvisor moved;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
        moved = CoalitionAdvisor.builder().setting("conflict.relationshipFromStage", 6)
                .setting("conflict.subjects.goal", "objectives,priorities,strategy,scope,vision").build();
    }

    @AfterAll
    static void close() {
        advisor.close();
        moved.close();
    }

    private static ConflictAssessment assess(Draft draft) {
        return advisor.assessConflict(COUNCIL, draft.build(), AS_OF);
    }

    // --- the vocabulary ---

    @ParameterizedTest(name = "\"{0}\" points to {1}")
    @CsvSource({
        "objectives, GOAL, goal", "priorities, GOAL, goal", "strategy, GOAL, goal", "scope, GOAL, goal",
        "roles, PROCESS, process", "procedures, PROCESS, process", "resources, PROCESS, process", "schedule, PROCESS, process",
        "decision-rights, PROCESS, process",
        "trust, RELATIONSHIP, relationship", "respect, RELATIONSHIP, relationship", "personal, RELATIONSHIP, relationship",
        "communication-style, RELATIONSHIP, relationship"})
    void eachSubjectOfTheVocabularyPointsToItsType(String subject, String type, String list) {
        ConflictAssessment a = assess(conflict().subjects(subject));

        assertThat(types(a)).containsExactly("PRIMARY " + type + " [" + subject + "]");
        String rule = "conflict.type." + list + "-subject";
        assertThat(steps(a.explanation(), rule)).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo("\"" + subject + "\" is a " + list + " subject (conflict.subjects." + list + ").");
            assertThat(s.inputs()).containsEntry("type", type).containsEntry("subject", subject);
        });
        assertThat(ruleIds(a.explanation())).as("the other lists' rules do not fire")
                .doesNotContainAnyElementsOf(SUBJECT_RULES.stream().filter(r -> !r.equals(rule)).toList());
    }

    @Test
    void theVocabularyIsASetting() {
        ConflictAssessment a = moved.assessConflict(COUNCIL, conflict().subjects("vision").build(), AS_OF);

        assertThat(types(a)).containsExactly("PRIMARY GOAL [vision]");
    }

    // --- primary and secondary ---

    @Test
    void theTypeMostSubjectsPointToIsPrimaryAndTheOthersSecondary() {
        ConflictAssessment a = assess(conflict().subjects("strategy", "roles", "trust", "procedures"));

        assertThat(types(a)).containsExactly("PRIMARY PROCESS [procedures, roles]", "SECONDARY GOAL [strategy]",
                "SECONDARY RELATIONSHIP [trust]");
        assertThat(steps(a.explanation(), "conflict.type.primary")).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo("Most subjects ([procedures, roles]) point to a PROCESS conflict, so it is the primary type.");
            assertThat(s.inputs()).containsEntry("type", "PROCESS").containsEntry("role", "PRIMARY")
                    .containsEntry("because", List.of("procedures", "roles"));
        });
        assertThat(steps(a.explanation(), "conflict.type.secondary")).extracting(s -> s.reason()).containsExactlyInAnyOrder(
                "Subjects [strategy] also make it a GOAL conflict.", "Subjects [trust] also make it a RELATIONSHIP conflict.");
    }

    @Test
    void aConflictOfOneTypeHasNoSecondaryType() {
        ConflictAssessment a = assess(conflict().subjects("roles", "schedule"));

        assertThat(types(a)).containsExactly("PRIMARY PROCESS [roles, schedule]");
        assertThat(ruleIds(a.explanation())).doesNotContain("conflict.type.secondary");
    }

    @Test
    void eachTypeWithASubjectIsCountedOnceAndATypeWithoutNoneIsNot() {
        // TypeCount is not explained, so the firings are read from the agenda
        List<String> oneType = FiredRules.conflict(COUNCIL, conflict().subjects("roles", "schedule").build(), AS_OF).fired();
        List<String> threeTypes = FiredRules.conflict(COUNCIL, conflict().subjects("roles", "trust", "scope").build(), AS_OF).fired();

        assertThat(oneType).filteredOn("conflict.type.count"::equals).hasSize(1);
        assertThat(threeTypes).filteredOn("conflict.type.count"::equals).hasSize(3);
    }

    @Test
    void theSubjectsAreListedInReadingOrder() {
        assertThat(types(assess(conflict().subjects("schedule", "resources", "roles"))))
                .containsExactly("PRIMARY PROCESS [resources, roles, schedule]");
    }

    @Test
    void aSubjectGivenTwiceCountsOnce() {
        // roles twice would outnumber strategy; counted once, the tie goes to GOAL
        assertThat(types(assess(conflict().subjects("roles", "strategy", "roles"))))
                .containsExactly("PRIMARY GOAL [strategy]", "SECONDARY PROCESS [roles]");
    }

    @ParameterizedTest(name = "{0}: {1} before {2}")
    @CsvSource({
        "'roles,strategy', GOAL, PROCESS",
        "'trust,scope', GOAL, RELATIONSHIP",
        "'trust,roles', PROCESS, RELATIONSHIP"})
    void aTieGoesToGoalThenProcessThenRelationship(String subjects, String primary, String secondary) {
        ConflictAssessment a = assess(conflict().subjects(subjects.split(",")));

        assertThat(a.types()).extracting(t -> t.role() + " " + t.type())
                .containsExactly("PRIMARY " + primary, "SECONDARY " + secondary);
    }

    @Test
    void aThreeWayTieGoesToGoal() {
        assertThat(types(assess(conflict().subjects("personal", "resources", "objectives")))).containsExactly(
                "PRIMARY GOAL [objectives]", "SECONDARY PROCESS [resources]", "SECONDARY RELATIONSHIP [personal]");
    }

    @Test
    void aLargerCountBeatsTheTieBreak() {
        // two relationship subjects outnumber one goal subject, although GOAL wins ties
        assertThat(types(assess(conflict().subjects("scope", "trust", "respect"))))
                .containsExactly("PRIMARY RELATIONSHIP [respect, trust]", "SECONDARY GOAL [scope]");
    }

    // --- escalation turns a conflict on the parties ---

    @Test
    void anEscalatedGoalConflictBecomesARelationshipConflictFromStageFour() {
        ConflictAssessment a = assess(conflict().subjects("strategy").behaviours(Behaviour.POSITIONS_HARDEN, Behaviour.STEREOTYPING));

        assertThat(types(a)).containsExactly("PRIMARY GOAL [strategy]", "SECONDARY RELATIONSHIP [STEREOTYPING]");
        assertThat(steps(a.explanation(), "conflict.type.escalated-to-relationship")).singleElement()
                .satisfies(s -> assertThat(s.reason()).isEqualTo("Behaviour STEREOTYPING shows stage 4 (from 4): the conflict now "
                        + "turns on the parties themselves, so it is a relationship conflict too."));
    }

    @Test
    void anEscalatedProcessConflictBecomesARelationshipConflictToo() {
        assertThat(types(assess(conflict().subjects("roles", "procedures", "strategy").stage(6)))).containsExactly(
                "PRIMARY PROCESS [procedures, roles]", "SECONDARY GOAL [strategy]", "SECONDARY RELATIONSHIP [THREATS_ULTIMATUMS]");
    }

    @Test
    void atStageThreeAGoalConflictStaysAGoalConflict() {
        ConflictAssessment a = assess(conflict().subjects("strategy").stage(3));

        assertThat(types(a)).containsExactly("PRIMARY GOAL [strategy]");
        assertThat(ruleIds(a.explanation())).doesNotContain("conflict.type.escalated-to-relationship");
    }

    @Test
    void aConflictThatIsAlreadyAboutTheRelationshipGainsNothing() {
        ConflictAssessment a = assess(conflict().subjects("strategy", "trust").stage(5));

        assertThat(types(a)).containsExactly("PRIMARY GOAL [strategy]", "SECONDARY RELATIONSHIP [trust]");
        assertThat(ruleIds(a.explanation())).doesNotContain("conflict.type.escalated-to-relationship");
    }

    @Test
    void aPureRelationshipConflictStaysPrimaryWhenItEscalates() {
        assertThat(types(assess(conflict().subjects("respect").stage(8)))).containsExactly("PRIMARY RELATIONSHIP [respect]");
    }

    @ParameterizedTest(name = "from stage 6: stage {0} gains RELATIONSHIP: {1}")
    @CsvSource({"5, false", "6, true"})
    void theStageFromWhichAConflictTurnsOnThePartiesIsASetting(int stage, boolean gains) {
        ConflictAssessment a = moved.assessConflict(COUNCIL, conflict().subjects("strategy").stage(stage).build(), AS_OF);

        assertThat(a.types()).extracting(t -> t.type().name()).hasSize(gains ? 2 : 1);
        assertThat(ruleIds(a.explanation()).contains("conflict.type.escalated-to-relationship")).isEqualTo(gains);
    }
}
