package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The {@code "candidates"} section: the retail coalition's assessment before and after its
 * composition change, and bad candidates rejected with exit code 2 and {@code PATH: MESSAGE} lines.
 */
class AssessmentEvaluationTest {

    private static ObjectNode retail() {
        return Samples.RETAIL_TWELVE_FIRMS.tree();
    }

    private static ObjectNode candidate(ObjectNode document, int i) {
        return (ObjectNode) document.get("candidates").get(i);
    }

    @Test
    void theRetailCoalitionIsFlaggedForItsSpreadOnInnovationAndRiskAndAdvisedToLeaveOutTheExtremes() {
        JsonNode a = Cli.answer(retail()).get("assessment");

        assertThat(a.get("spread").get("INNOVATION").asText()).isEqualTo("1");
        assertThat(a.get("flags").findValuesAsText("subject")).contains("RISK_TOLERANCE", "INNOVATION");
        assertThat(a.get("composition").get(0).get("leaveOut").toString()).isEqualTo("[\"heritage\",\"novamart\"]");
        assertThat(a.get("compositionSearch").asText()).isEqualTo("EXACT");
        assertThat(a.get("matrix").get(3).get(3).asText()).isEqualTo("1");
    }

    @Test
    void afterTheChangeNoPositionSpreadsTooWide() {
        JsonNode after = Cli.answer(Samples.RETAIL_TWELVE_FIRMS_AFTER.tree()).get("assessment");
        JsonNode before = Cli.answer(retail()).get("assessment");

        assertThat(after.get("flags").findValuesAsText("id")).doesNotContain("WIDE_SPREAD", "WEAK_PAIR");
        assertThat(after.get("weakestPair").get("fit").asText())
                .isEqualTo(before.get("composition").get(0).get("weakestPairAfter").asText());
    }

    @Test
    void aScoreOutsideItsScaleIsRejectedAtItsPath() {
        ObjectNode doc = retail();
        ((ObjectNode) candidate(doc, 2).get("scores")).put("CULTURE", 6);

        Cli.Result result = Cli.evaluate(doc);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("candidates[2].scores.CULTURE: 6 is outside the scale 1-5: give a score from 1 to 5\n");
    }

    @Test
    void anUnknownDimensionADuplicateAndATieToAnUnknownCandidateAreEachNamed() {
        ObjectNode doc = retail();
        ((ObjectNode) candidate(doc, 0).get("scores")).put("AGILITY", 3);
        candidate(doc, 1).put("id", "northgate");
        ((ArrayNode) candidate(doc, 4).get("priorTies")).add("acme");

        Cli.Result result = Cli.evaluate(doc);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("candidates[0].scores.AGILITY: unknown dimension \"AGILITY\": is not a dimension; "
                        + "the scored dimensions are STRATEGIC_VISION, CULTURE, DECISION_STYLE, RISK_TOLERANCE, INNOVATION, EXIT_FLEXIBILITY\n")
                .contains("candidates[1].id: duplicate candidate \"northgate\": each candidate is listed once\n")
                .contains("candidates[4].priorTies[1]: unknown candidate \"acme\": a prior tie names another candidate's id\n");
    }

    @Test
    void aMissingScoreAnUnknownScaleAndAWrongTypeAreNamed() {
        ObjectNode doc = retail();
        ((ObjectNode) candidate(doc, 0).get("scores")).remove("EXIT_FLEXIBILITY");
        candidate(doc, 1).put("scale", "1-10");
        ((ObjectNode) candidate(doc, 2).get("scores")).put("INNOVATION", "high");

        Cli.Result result = Cli.evaluate(doc);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("candidates[0].scores.EXIT_FLEXIBILITY: is missing: every candidate scores all of")
                .contains("candidates[1].scale: \"1-10\" is not a scale: use \"1-5\" or \"0-1\"")
                .contains("candidates[2].scores.INNOVATION: ");
        assertThat(result.err()).doesNotContain("Exception");
    }

    @Test
    void oneCandidateIsNotEnough() {
        ObjectNode doc = retail();
        ArrayNode one = doc.putArray("candidates");
        one.add(Samples.RETAIL_TWELVE_FIRMS.tree().get("candidates").get(2));

        Cli.Result result = Cli.evaluate(doc);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("candidates: has 1 candidate: an assessment compares pairs, so give at least 2\n");
    }
}
