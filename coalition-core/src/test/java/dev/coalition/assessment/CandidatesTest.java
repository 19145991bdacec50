package dev.coalition.assessment;

import static dev.coalition.assessment.PartnerMatrixTest.fives;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.core.Violation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad candidate lists: every problem at its path, with what is allowed. */
class CandidatesTest {

    private static Candidate valid(String id) {
        return Candidate.onFivePointScale(id, "Firm " + id, fives(), List.of("data"), List.of(), List.of());
    }

    private static Candidate withScores(String id, Scale scale, Map<String, BigDecimal> scores, List<String> ties) {
        return new Candidate(id, "Firm " + id, scale, scores, List.of(), List.of(), ties);
    }

    private static Map<String, BigDecimal> allScores(String value) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Dimension.scored().forEach(d -> scores.put(d.name(), new BigDecimal(value)));
        return scores;
    }

    @Test
    void validCandidatesHaveNoProblems() {
        assertThat(Candidates.check(List.of(valid("a"), valid("b")))).isEmpty();
    }

    @Test
    void aScoreOutsideItsScaleIsNamedWithTheScale() {
        Map<String, BigDecimal> scores = allScores("3");
        scores.put("CULTURE", new BigDecimal("5.5"));

        assertThat(Candidates.check(List.of(valid("a"), valid("b"), withScores("c", Scale.ONE_TO_FIVE, scores, List.of()))))
                .containsExactly(new Violation("candidates[2].scores.CULTURE", "5.5 is outside the scale 1-5: give a score from 1 to 5"));
    }

    @Test
    void aUnitScaleScoreAboveOneIsOutside() {
        Map<String, BigDecimal> scores = allScores("0.5");
        scores.put("INNOVATION", new BigDecimal("1.01"));

        assertThat(Candidates.check(List.of(valid("a"), withScores("b", Scale.UNIT, scores, List.of()))))
                .extracting(Violation::path).containsExactly("candidates[1].scores.INNOVATION");
    }

    @Test
    void unknownAndMissingDimensionsAreNamed() {
        Map<String, BigDecimal> scores = allScores("3");
        scores.remove("RISK_TOLERANCE");
        scores.put("AGILITY", BigDecimal.ONE);
        scores.put("RELATIONSHIP_HISTORY", BigDecimal.ONE);

        List<Violation> problems = Candidates.check(List.of(valid("a"), withScores("b", Scale.ONE_TO_FIVE, scores, List.of())));

        assertThat(problems).extracting(Violation::path).containsExactly("candidates[1].scores.AGILITY",
                "candidates[1].scores.RELATIONSHIP_HISTORY", "candidates[1].scores.RISK_TOLERANCE");
        assertThat(problems.get(0).message()).startsWith("unknown dimension \"AGILITY\": is not a dimension; the scored dimensions are "
                + "STRATEGIC_VISION, CULTURE");
        assertThat(problems.get(1).message()).contains("comes from \"priorTies\"");
        assertThat(problems.get(2).message()).startsWith("is missing: every candidate scores all of");
    }

    @Test
    void aDuplicateCandidateAndATieToAnUnknownCandidateAreNamed() {
        assertThat(Candidates.check(List.of(valid("a"), valid("a"), withScores("c", Scale.ONE_TO_FIVE, allScores("2"), List.of("zed")))))
                .containsExactly(new Violation("candidates[1].id", "duplicate candidate \"a\": each candidate is listed once"),
                        new Violation("candidates[2].priorTies[0]",
                                "unknown candidate \"zed\": a prior tie names another candidate's id"));
    }

    @Test
    void fewerThanTwoCandidatesCannotBeCompared() {
        assertThat(Candidates.check(List.of(valid("a"))))
                .containsExactly(new Violation("candidates", "has 1 candidate: an assessment compares pairs, so give at least 2"));
    }
}
