package dev.coalition.cli;

import static dev.coalition.cli.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The communication section of a document: each invalid one is rejected with exit code 2 and exactly
 * the expected {@code PATH: MESSAGE} lines on stderr, in document order; a plan is answered checked,
 * and {@code {"propose": true}} with a proposed plan.
 */
class InvalidCommunicationSectionTest {

    private static String document(String communication) {
        return """
                {
                  "schemaVersion": "1",
                  "name": "Test coalition",
                  "formedOn": "2024-01-15",
                  "members": [
                    {"id": "a", "name": "A", "category": "x", "votingWeight": 1, "trusts": ["b"]},
                    {"id": "b", "name": "B", "category": "x", "votingWeight": 1, "trusts": ["a"]},
                    {"id": "c", "name": "C", "category": "y", "votingWeight": 1, "trusts": []}
                  ],
                  "context": {"decisionUrgency": 0.5, "strategicStability": 0.5, "goalConsensus": 0.5, "networkCompetencyNeed": 0.5},
                  "communication":\s""" + communication + "\n}\n";
    }

    private static String entry(String layer, String format, String hours, String audience) {
        return "{\"layer\": \"" + layer + "\", \"cadence\": \"MONTHLY\", \"format\": \"" + format + "\", \"hoursPerMonth\": "
                + hours + ", \"audience\": " + audience + "}";
    }

    @Test
    void aPlanIsAnsweredWithItsExactMeetingShareAndFindings() throws Exception {
        Cli.Result result = Cli.evaluate(document("[" + entry("STRATEGIC", "MEETING", "1.5", "[\"x\"]") + ", "
                + entry("TACTICAL", "ASYNC", "\"3/2\"", "[\"a\", \"y\"]") + "]"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode communication = Samples.MAPPER.readTree(result.out()).get("communication");
        assertThat(communication.at("/plan/0/hoursPerMonth").asText()).isEqualTo("3/2");
        assertThat(communication.at("/plan/1/audience").toString()).isEqualTo("[\"a\",\"y\"]");
        assertThat(communication.at("/plan/0/reason").isMissingNode()).isTrue();
        assertThat(communication.get("proposed").asBoolean()).isFalse();
        assertThat(communication.get("meetingShare").asText()).isEqualTo("1/2");
        assertThat(communication.get("findings").findValuesAsText("id")).containsExactly("LAYER_MISSING", "LAYER_MISSING");
    }

    @Test
    void proposeTrueIsAnsweredWithAProposedPlanEachEntryWithItsReason() throws Exception {
        Cli.Result result = Cli.evaluate(document("{\"propose\": true}"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode communication = Samples.MAPPER.readTree(result.out()).get("communication");
        assertThat(communication.get("proposed").asBoolean()).isTrue();
        assertThat(communication.get("plan").findValuesAsText("layer"))
                .containsSubsequence("OPERATIONAL", "TACTICAL", "STRATEGIC", "INNOVATION");
        assertThat(communication.get("plan")).allSatisfy(e -> assertThat(e.get("reason").asText()).isNotBlank());
        assertThat(communication.get("findings")).isEmpty();
    }

    @Test
    void anAudienceNamingNeitherAMemberNorACategoryIsRejected() {
        assertRejected(Cli.evaluate(document("[" + entry("STRATEGIC", "MEETING", "2", "[\"a\", \"z\"]") + "]")),
                "communication[0].audience[1]: \"z\" is neither a member id nor a category of the coalition (did you mean a?): "
                        + "use a member id "
                        + "(a, b, c) or a category (x, y)");
    }

    @Test
    void anUnknownLayerOrFormatIsRejectedWithTheAllowedOnes() {
        assertRejected(Cli.evaluate(document("[" + entry("STRATEGY", "CALL", "2", "[\"a\"]") + "]")),
                "communication[0].layer: \"STRATEGY\" is not a layer (did you mean STRATEGIC?); use one of OPERATIONAL, "
                        + "TACTICAL, STRATEGIC, INNOVATION",
                "communication[0].format: \"CALL\" is not a format; use one of MEETING, ASYNC");
    }

    @Test
    void hoursThatAreZeroOrNotANumberAreRejected() {
        assertRejected(Cli.evaluate(document("[" + entry("STRATEGIC", "MEETING", "0", "[\"a\"]") + ", "
                        + entry("TACTICAL", "MEETING", "\"two\"", "[\"b\"]") + ", " + entry("INNOVATION", "MEETING", "true", "[\"c\"]") + "]")),
                "communication[0].hoursPerMonth: is 0: give more than 0 hours a month, or leave the entry out",
                "communication[1].hoursPerMonth: \"two\" is not a number of hours: give a number (4, 1.5) or an exact "
                        + "fraction (\"4/3\")",
                "communication[2].hoursPerMonth: must be a number of hours (4, 1.5) or an exact fraction such as \"4/3\", not true");
    }

    @Test
    void aStructuralProblemAndAModelProblemAreBothReportedInDocumentOrder() {
        assertRejected(Cli.evaluate(document("[{\"layer\": \"TACTICAL\", \"cadence\": \"WEEKLY\", \"format\": \"ASYNC\", "
                        + "\"hoursPerMonth\": 1, \"audience\": [\"q\"], \"owner\": \"a\"}, 7]")),
                "communication[0].audience[0]: \"q\" is neither a member id nor a category of the coalition (did you mean a?): "
                        + "use a member id "
                        + "(a, b, c) or a category (x, y)",
                "communication[0].owner: unknown field; allowed fields here are layer, cadence, format, hoursPerMonth, audience",
                "communication[1]: must be an object with layer, cadence, format, hoursPerMonth, audience, not a number");
    }

    @Test
    void aMissingFieldIsRejectedWithWhatToGive() {
        assertRejected(Cli.evaluate(document("[{\"layer\": \"TACTICAL\", \"format\": \"ASYNC\", \"hoursPerMonth\": 1}]")),
                "communication[0].cadence: is missing: give one of DAILY, WEEKLY, MONTHLY, QUARTERLY",
                "communication[0].audience: is missing: name the member ids or categories the entry reaches");
    }

    @Test
    void aSectionThatAsksForNeitherAPlanNorAProposalIsRejected() {
        assertRejected(Cli.evaluate(document("null")), "communication: must be an array of plan entries {\"layer\", \"cadence\", "
                + "\"format\", \"hoursPerMonth\", \"audience\"}, or {\"propose\": true} to have a plan proposed, not null");
        assertRejected(Cli.evaluate(document("{\"propose\": false}")), "communication.propose: is false: write true to have "
                + "a plan proposed, give the plan as an array of entries, or leave communication out");
        assertRejected(Cli.evaluate(document("{\"proposed\": true}")),
                "communication.propose: is missing: write {\"propose\": true} to have a plan proposed, or give the plan as an "
                        + "array of entries",
                "communication.proposed: unknown field (did you mean \"propose\"?); allowed fields here are propose");
    }

    @Test
    void theTextFormatShowsThePlanItsShareAndItsFindings() {
        Cli.Result result = Cli.evaluate(document("[" + entry("STRATEGIC", "MEETING", "2", "[\"x\", \"y\"]") + "]"), "--format", "text");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Communication plan (given), meeting share 1:\n"
                + "  STRATEGIC MONTHLY MEETING, 2 h/month -> x, y\n", "LAYER_MISSING", "  communication:\n    [operations.communication.meetings-heavy] ");
    }
}
