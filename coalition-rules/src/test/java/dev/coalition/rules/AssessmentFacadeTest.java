package dev.coalition.rules;

import static dev.coalition.rules.AssessmentCases.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.assessment.Candidate;
import dev.coalition.assessment.Scale;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.PartnerAssessment;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CoalitionAdvisor.assessPartners: bad input by path, and an answer that cannot be changed. */
class AssessmentFacadeTest {

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static List<Violation> problems(List<Candidate> candidates) {
        try {
            advisor.assessPartners(candidates);
        } catch (InvalidCoalitionException e) {
            return e.violations();
        }
        throw new AssertionError("no problem found");
    }

    @Test
    void aScoreOutsideItsScaleIsRefusedAtItsPath() {
        assertThat(problems(List.of(candidate("a"), candidate("b"), candidate("c", "CULTURE", "1.5"))))
                .containsExactly(new Violation("candidates[2].scores.CULTURE", "1.5 is outside the scale 0-1: give a score from 0 to 1"));
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        Candidate unknownDimension = new Candidate("c", "C", Scale.UNIT, Map.of("AGILITY", BigDecimal.ONE), List.of(), List.of(),
                List.of("zed"));

        assertThat(problems(List.of(candidate("a"), candidate("a"), unknownDimension))).extracting(Violation::path)
                .contains("candidates[1].id", "candidates[2].scores.AGILITY", "candidates[2].scores.CULTURE",
                        "candidates[2].priorTies[0]");
    }

    @Test
    void oneCandidateIsNotEnough() {
        assertThat(problems(List.of(candidate("a")))).extracting(Violation::path).containsExactly("candidates");
    }

    @Test
    void noCandidatesAtAllIsAProblemNotANullPointer() {
        assertThat(problems(null)).extracting(Violation::message)
                .containsExactly("is missing: give at least 2 candidates");
    }

    @Test
    void theAnswerCannotBeChanged() {
        PartnerAssessment a = advisor.assessPartners(AssessmentCases.oneOutlier());

        assertThatThrownBy(() -> a.flags().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.matrix().get(0).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.spread().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.composition().get(0).flagsCleared().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(a.candidates()).containsExactly("a", "b", "c", "d");
    }
}
