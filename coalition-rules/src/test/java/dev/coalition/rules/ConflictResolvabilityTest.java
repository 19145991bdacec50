package dev.coalition.rules;

import static dev.coalition.conflict.Resolvability.IRRECONCILABLE;
import static dev.coalition.conflict.Resolvability.NEEDS_RESTRUCTURING;
import static dev.coalition.conflict.Resolvability.RESOLVABLE;
import static dev.coalition.rules.ConflictCases.OPENED;
import static dev.coalition.rules.ConflictCases.conflict;
import static dev.coalition.rules.Explanations.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.conflict.Resolvability;
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
 * conflict-resolvability.drl, at every threshold: IRRECONCILABLE from stage 7, or when importance
 * &ge; 0.7 meets efficacy &le; 0.3 after &ge; 2 failed steps; otherwise NEEDS_RESTRUCTURING from
 * stage 4, after 1 failed step or with emotion &ge; 0.6; otherwise RESOLVABLE.
 */
class ConflictResolvabilityTest {

    private static final Coalition COUNCIL = ConflictCases.council();
    /** After every step of the history (at most four, ten days apart). */
    private static final java.time.LocalDate AS_OF = OPENED.plusDays(60);
    private static final List<String> RULES = List.of("conflict.resolvability.lose-lose",
            "conflict.resolvability.fundamental-difference", "conflict.resolvability.needs-restructuring",
            "conflict.resolvability.resolvable");

    private static CoalitionAdvisor advisor;
    /**
     * Irreconcilable from stage 8, or importance 0.8 with 3 failed steps; restructuring from stage
     * 5, after 2 failed steps or with emotion 0.5.
     */
    private static CoalitionAdvisor moved;
    /**
     * Restructuring beyond the irreconcilable thresholds: never by the stage alone (stage 10) and
     * only after 3 failed steps; the irreconcilable thresholds are the defaults.
     */
    private static CoalitionAdvisor lenient;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
        moved = CoalitionAdvisor.builder()
                .setting("conflict.irreconcilable.stage", 8)
                .setting("conflict.irreconcilable.importance", 0.8)
                .setting("conflict.irreconcilable.failedSteps", 3)
                .setting("conflict.restructuring.stage", 5)
                .setting("conflict.restructuring.failedSteps", 2)
                .setting("conflict.restructuring.emotion", 0.5)
                .build();
        lenient = CoalitionAdvisor.builder()
                .setting("conflict.restructuring.stage", 10)
                .setting("conflict.restructuring.failedSteps", 3)
                .build();
    }

    @AfterAll
    static void close() {
        advisor.close();
        moved.close();
        lenient.close();
    }

    /** A contained conflict: stage 3, no failed step, emotion 0.59, importance 0.7, efficacy 0.3. */
    private static Draft contained() {
        return conflict().stage(3).negativeEmotion(0.59).importance(0.7).resolutionEfficacy(0.3);
    }

    private static ConflictAssessment assess(CoalitionAdvisor advisor, Draft draft) {
        return advisor.assessConflict(COUNCIL, draft.build(), AS_OF);
    }

    /** The verdict, after checking that exactly one resolvability rule fired and it is the expected one. */
    private static Resolvability verdict(CoalitionAdvisor advisor, Draft draft, String rule) {
        ConflictAssessment a = assess(advisor, draft);
        assertThat(ruleIds(a.explanation()).stream().filter(RULES::contains).toList()).containsExactly(rule);
        assertThat(a.resolvability().reasons()).hasSize(1);
        return a.resolvability().value();
    }

    // --- irreconcilable by stage ---

    @Test
    void aLoseLoseConflictIsIrreconcilable() {
        ConflictAssessment a = assess(advisor, contained().stage(7));

        assertThat(a.resolvability().value()).isEqualTo(IRRECONCILABLE);
        assertThat(a.resolvability().reasons()).containsExactly(
                "The conflict has reached stage 7 (from 7): both parties now lose by continuing.");
        assertThat(verdict(advisor, contained().stage(9), "conflict.resolvability.lose-lose")).isEqualTo(IRRECONCILABLE);
    }

    @Test
    void atStageSixAConflictIsNotYetIrreconcilable() {
        assertThat(verdict(advisor, contained().stage(6), "conflict.resolvability.needs-restructuring"))
                .isEqualTo(NEEDS_RESTRUCTURING);
    }

    @Test
    void aLoseLoseConflictThatIsAlsoAFundamentalDifferenceGetsOneVerdict() {
        assertThat(verdict(advisor, contained().stage(8).failedSteps(2), "conflict.resolvability.lose-lose"))
                .isEqualTo(IRRECONCILABLE);
    }

    // --- irreconcilable by a fundamental difference ---

    @Test
    void anImportantIssueOfLowEfficacyAfterTwoFailedStepsIsIrreconcilable() {
        ConflictAssessment a = assess(advisor, contained().failedSteps(2));

        assertThat(a.resolvability().value()).isEqualTo(IRRECONCILABLE);
        assertThat(a.resolvability().reasons()).containsExactly("The issue matters greatly (importance 0.7, from 0.7), the parties "
                + "see little chance of resolving it (efficacy 0.3, at most 0.3) and 2 steps have failed (from 2): the difference "
                + "is fundamental, as in the article's financial-services alliance.");
        assertThat(verdict(advisor, contained().failedSteps(2), "conflict.resolvability.fundamental-difference"))
                .isEqualTo(IRRECONCILABLE);
    }

    @ParameterizedTest(name = "importance {0}, efficacy {1}, {2} failed: {3}")
    @CsvSource({
        "0.7, 0.3, 2, IRRECONCILABLE",
        "0.69, 0.3, 2, NEEDS_RESTRUCTURING",
        "0.7, 0.31, 2, NEEDS_RESTRUCTURING",
        "0.7, 0.3, 1, NEEDS_RESTRUCTURING",
        "1, 0, 4, IRRECONCILABLE"})
    void aFundamentalDifferenceNeedsAllThreeConditions(double importance, double efficacy, int failed, Resolvability expected) {
        assertThat(assess(advisor, contained().importance(importance).resolutionEfficacy(efficacy).failedSteps(failed))
                .resolvability().value()).isEqualTo(expected);
    }

    // --- needs restructuring ---

    @ParameterizedTest(name = "stage {0}, {1} failed, emotion {2}: {3}")
    @CsvSource({
        "3, 0, 0.59, RESOLVABLE",
        "4, 0, 0.59, NEEDS_RESTRUCTURING",
        "3, 1, 0.59, NEEDS_RESTRUCTURING",
        "3, 0, 0.6, NEEDS_RESTRUCTURING",
        "1, 0, 0, RESOLVABLE"})
    void anEscalatedStuckOrHeatedConflictNeedsRestructuring(int stage, int failed, double emotion, Resolvability expected) {
        String rule = expected == RESOLVABLE ? "conflict.resolvability.resolvable" : "conflict.resolvability.needs-restructuring";

        assertThat(verdict(advisor, contained().stage(stage).failedSteps(failed).negativeEmotion(emotion), rule)).isEqualTo(expected);
    }

    @Test
    void theRestructuringVerdictGivesEveryFigure() {
        assertThat(assess(advisor, contained().stage(4)).resolvability().reasons()).containsExactly("The conflict is not "
                + "irreconcilable, but at stage 4 (restructuring from 4), with 0 failed step(s) (from 1) and negative emotion 0.59 "
                + "(from 0.6), the coalition's agreements or structure must change for it to be resolved.");
    }

    // --- resolvable ---

    @Test
    void aContainedConflictIsResolvable() {
        ConflictAssessment a = assess(advisor, contained());

        assertThat(a.resolvability().value()).isEqualTo(RESOLVABLE);
        assertThat(a.resolvability().reasons()).containsExactly("At stage 3 (below 4), with 0 failed step(s) (below 1) and "
                + "negative emotion 0.59 (below 0.6), the coalition's ordinary means can resolve the conflict (resolution efficacy 0.3).");
        assertThat(a.divergence()).isNull();
    }

    // --- the thresholds are settings ---

    @ParameterizedTest(name = "moved: stage {0}, importance {1}, {2} failed, emotion {3}: {4}")
    @CsvSource({
        "7, 0.5, 0, 0.2, NEEDS_RESTRUCTURING",
        "8, 0.5, 0, 0.2, IRRECONCILABLE",
        "3, 0.7, 3, 0.2, NEEDS_RESTRUCTURING",
        "3, 0.8, 2, 0.2, NEEDS_RESTRUCTURING",
        "3, 0.8, 3, 0.2, IRRECONCILABLE",
        "4, 0.5, 1, 0.49, RESOLVABLE",
        "5, 0.5, 1, 0.49, NEEDS_RESTRUCTURING",
        "3, 0.5, 0, 0.5, NEEDS_RESTRUCTURING"})
    void theThresholdsAreSettings(int stage, double importance, int failed, double emotion, Resolvability expected) {
        Draft draft = conflict().stage(stage).importance(importance).resolutionEfficacy(0.3).failedSteps(failed)
                .negativeEmotion(emotion);

        assertThat(assess(moved, draft).resolvability().value()).isEqualTo(expected);
    }

    // A policy may set the restructuring thresholds beyond the irreconcilable ones (restructuring.stage 10
    // never restructures by the stage alone). The verdicts must still exclude each other exactly at the
    // irreconcilable thresholds: a conflict at stage 7, or at importance 0.7, efficacy 0.3 and 2 failed steps,
    // is irreconcilable and not also resolvable (two verdicts would make the assessment fail), and one step
    // below any of those figures it is resolvable.
    @ParameterizedTest(name = "lenient: stage {0}, importance {1}, efficacy {2}, {3} failed: {4}")
    @CsvSource({
        "7, 0.5, 0.7, 0, IRRECONCILABLE, conflict.resolvability.lose-lose",
        "6, 0.5, 0.7, 0, RESOLVABLE, conflict.resolvability.resolvable",
        "3, 0.7, 0.3, 2, IRRECONCILABLE, conflict.resolvability.fundamental-difference",
        "3, 0.69, 0.3, 2, RESOLVABLE, conflict.resolvability.resolvable",
        "3, 0.7, 0.31, 2, RESOLVABLE, conflict.resolvability.resolvable",
        "3, 0.7, 0.3, 1, RESOLVABLE, conflict.resolvability.resolvable"})
    void restructuringThresholdsBeyondTheIrreconcilableOnesStillGiveOneVerdict(int stage, double importance, double efficacy,
                                                                              int failed, Resolvability expected, String rule) {
        Draft draft = contained().stage(stage).importance(importance).resolutionEfficacy(efficacy).failedSteps(failed);

        assertThat(verdict(lenient, draft, rule)).isEqualTo(expected);
    }

    @Test
    void theResolvableVerdictStatesTheFailedStepsItWasGiven() {
        // restructuring from 2 failed steps: 1 failed step is still resolvable
        ConflictAssessment a = assess(moved, conflict().stage(4).failedSteps(1).negativeEmotion(0.49));

        assertThat(a.resolvability().value()).isEqualTo(RESOLVABLE);
        assertThat(a.resolvability().reasons()).singleElement().asString()
                .contains("1 failed step")
                .doesNotContain("no failed step");
    }
}
