package dev.coalition.rules;

import static dev.coalition.rules.ConflictCases.AS_OF;
import static dev.coalition.rules.ConflictCases.conflict;
import static dev.coalition.rules.Explanations.ruleIds;
import static dev.coalition.rules.Explanations.steps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.conflict.Behaviour;
import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ConflictAssessment;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** conflict-stage.drl: the Glasl stage is the most escalated behaviour; its level WIN_WIN, WIN_LOSE or LOSE_LOSE. */
class ConflictStageTest {

    private static final Coalition COUNCIL = ConflictCases.council();
    private static final List<String> LEVEL_RULES = List.of("conflict.level.win-win", "conflict.level.win-lose",
            "conflict.level.lose-lose");

    private static CoalitionAdvisor advisor;
    /** conflict.level.winLoseFrom 5 and conflict.level.loseLoseFrom 8. */
    private static CoalitionAdvisor laterLevels;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
        laterLevels = CoalitionAdvisor.builder().setting("conflict.level.winLoseFrom", 5)
                .setting("conflict.level.loseLoseFrom", 8).build();
    }

    @AfterAll
    static void close() {
        advisor.close();
        laterLevels.close();
    }

    private static ConflictAssessment assess(CoalitionAdvisor advisor, Behaviour... behaviours) {
        return advisor.assessConflict(COUNCIL, conflict().behaviours(behaviours).build(), AS_OF);
    }

    // --- the stage ---

    @ParameterizedTest
    @EnumSource(Behaviour.class)
    void eachBehaviourShowsItsGlaslStage(Behaviour behaviour) {
        ConflictAssessment a = assess(advisor, behaviour);

        assertThat(a.stage()).isEqualTo(behaviour.stage());
        assertThat(steps(a.explanation(), "conflict.stage.highest-behaviour")).singleElement().satisfies(s -> {
            assertThat(s.inputs()).containsEntry("stage", behaviour.stage()).containsEntry("behaviour", behaviour.name());
            assertThat(s.reason()).isEqualTo("The most escalated behaviour observed, " + behaviour + ", belongs to Glasl stage "
                    + behaviour.stage() + ".");
        });
    }

    @Test
    void theMostEscalatedBehaviourSetsTheStageAndTheLowerOnesDoNot() {
        ConflictAssessment a = assess(advisor, Behaviour.POSITIONS_HARDEN, Behaviour.PUBLIC_LOSS_OF_FACE, Behaviour.POLARIZED_DEBATE);

        assertThat(a.stage()).isEqualTo(5);
        assertThat(steps(a.explanation(), "conflict.stage.highest-behaviour")).singleElement()
                .satisfies(s -> assertThat(s.inputs()).containsEntry("behaviour", "PUBLIC_LOSS_OF_FACE"));
    }

    @Test
    void ofTwoBehavioursOfTheSameStageTheFirstInTheVocabularyIsNamed() {
        ConflictAssessment a = assess(advisor, Behaviour.STEREOTYPING, Behaviour.ALLY_RECRUITING, Behaviour.POSITIONS_HARDEN);

        assertThat(a.stage()).isEqualTo(4);
        assertThat(steps(a.explanation(), "conflict.stage.highest-behaviour")).singleElement()
                .satisfies(s -> assertThat(s.inputs()).containsEntry("behaviour", "ALLY_RECRUITING"));
    }

    @Test
    void aBehaviourObservedTwiceCountsOnce() {
        ConflictAssessment a = assess(advisor, Behaviour.UNILATERAL_ACTION, Behaviour.UNILATERAL_ACTION);

        assertThat(a.stage()).isEqualTo(3);
        assertThat(steps(a.explanation(), "conflict.stage.highest-behaviour")).hasSize(1);
    }

    // --- the level, at every boundary ---

    @ParameterizedTest(name = "stage {0} is {1}")
    @CsvSource({
        "1, WIN_WIN, conflict.level.win-win, At stage 1 (below 4) both parties can still win.",
        "3, WIN_WIN, conflict.level.win-win, At stage 3 (below 4) both parties can still win.",
        "4, WIN_LOSE, conflict.level.win-lose, At stage 4 (4 to 6) each party seeks to win at the other's expense.",
        "6, WIN_LOSE, conflict.level.win-lose, At stage 6 (4 to 6) each party seeks to win at the other's expense.",
        "7, LOSE_LOSE, conflict.level.lose-lose, At stage 7 (from 7) both parties will lose.",
        "9, LOSE_LOSE, conflict.level.lose-lose, At stage 9 (from 7) both parties will lose."})
    void theLevelFollowsTheStage(int stage, String level, String rule, String reason) {
        ConflictAssessment a = assess(advisor, ConflictCases.behaviourAt(stage));

        assertThat(a.level()).isEqualTo(level);
        assertThat(steps(a.explanation(), rule)).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(reason);
            assertThat(s.inputs()).containsEntry("level", level);
        });
        assertThat(ruleIds(a.explanation())).as("the other level rules do not fire")
                .doesNotContainAnyElementsOf(LEVEL_RULES.stream().filter(r -> !r.equals(rule)).toList());
    }

    @ParameterizedTest(name = "with the levels from 5 and 8, stage {0} is {1}")
    @CsvSource({
        "4, WIN_WIN, At stage 4 (below 5) both parties can still win.",
        "5, WIN_LOSE, At stage 5 (5 to 7) each party seeks to win at the other's expense.",
        "7, WIN_LOSE, At stage 7 (5 to 7) each party seeks to win at the other's expense.",
        "8, LOSE_LOSE, At stage 8 (from 8) both parties will lose."})
    void theLevelBoundariesAreSettings(int stage, String level, String reason) {
        ConflictAssessment a = assess(laterLevels, ConflictCases.behaviourAt(stage));

        assertThat(a.level()).isEqualTo(level);
        assertThat(a.explanation()).filteredOn(s -> LEVEL_RULES.contains(s.rule())).singleElement()
                .satisfies(s -> assertThat(s.reason()).isEqualTo(reason));
    }
}
