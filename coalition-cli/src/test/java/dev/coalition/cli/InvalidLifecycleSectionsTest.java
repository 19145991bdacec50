package dev.coalition.cli;

import static dev.coalition.cli.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The lifecycle sections of a document ({@code health}, {@code formation}): each invalid document
 * is rejected with exit code 2 and exactly the expected {@code PATH: MESSAGE} lines on stderr, in
 * document order; a valid one is answered with {@code "health"} and {@code "readiness"}.
 */
class InvalidLifecycleSectionsTest {

    private static final String STEPS = "COMPATIBILITY_ASSESSED, GOVERNANCE_AGREED, VALUE_PRINCIPLES_AGREED, "
            + "COMMUNICATION_PROTOCOLS_SET, CONFLICT_PROCEDURES_AGREED, INTEGRATION_SPRINTS_PLANNED";

    private static String document(String asOf, String sections) {
        return """
                {
                  "schemaVersion": "1",
                  "name": "Test coalition",
                  "formedOn": "2024-01-15",
                  "members": [
                    {"id": "a", "name": "A", "category": "x", "votingWeight": 1, "trusts": ["b"]},
                    {"id": "b", "name": "B", "category": "y", "votingWeight": 1, "trusts": ["a"]}
                  ],
                  "context": {"decisionUrgency": 0.5, "strategicStability": 0.5, "goalConsensus": 0.5, "networkCompetencyNeed": 0.5},
                """ + (asOf == null ? "" : "  \"asOf\": \"" + asOf + "\",\n") + sections + "\n}\n";
    }

    private static final String HEALTH = """
              "health": [
                {"date": "2024-03-31", "strategicAlignment": 0.8, "operationalInteroperability": 0.7, "relationalResilience": 0.9},
                {"date": "2024-06-30", "strategicAlignment": 0.8, "operationalInteroperability": {"systems": 0.6, "speed": 0.6}, "relationalResilience": 0.5}
              ]""";

    @Test
    void aValidHealthSectionIsAnsweredExactly() throws Exception {
        Cli.Result result = Cli.evaluate(document("2024-07-01", HEALTH));

        assertThat(result.exitCode()).as(result.err()).isZero();
        var health = Samples.MAPPER.readTree(result.out()).get("health");
        assertThat(health.get("status").asText()).isEqualTo("HEALTHY");
        assertThat(health.at("/trend/OPERATIONAL_INTEROPERABILITY").asText()).isEqualTo("-1/10");
        assertThat(health.at("/findings/0/id").asText()).isEqualTo("PILLAR_FALLING");
    }

    @Test
    void datesOutOfOrderAfterAsOfAndScoresOutsideTheirRangeAreRejectedWithTheirPaths() {
        String health = """
                  "health": [
                    {"date": "2024-06-30", "strategicAlignment": 1.2, "operationalInteroperability": 0.7, "relationalResilience": 0.9},
                    {"date": "2024-03-31", "strategicAlignment": 0.8, "operationalInteroperability": {"systems": -0.5}, "relationalResilience": 0.5},
                    {"date": "2024-08-01", "strategicAlignment": 0.8, "operationalInteroperability": 0.5, "relatinalResilience": 0.5}
                  ]""";

        assertRejected(Cli.evaluate(document("2024-07-01", health)),
                "health[0].strategicAlignment: 1.2 is outside 0..1: score a pillar from 0 (absent) to 1 (fully there)",
                "health[1].date: 2024-03-31 is not after the previous assessment's 2024-06-30: give the assessments oldest first, one per date",
                "health[1].operationalInteroperability.systems: -0.5 is outside 0..1: score a pillar from 0 (absent) to 1 (fully there)",
                "health[2].relationalResilience: is missing: give a score in 0..1 or an object of named indicators in 0..1",
                "health[2].date: 2024-08-01 is after asOf 2024-07-01: an assessment cannot be dated after the day of the analysis",
                "health[2].relatinalResilience: unknown field (did you mean \"relationalResilience\"?); allowed fields here "
                        + "are date, strategicAlignment, operationalInteroperability, relationalResilience");
    }

    @Test
    void aPillarWithNoIndicatorsIsRejectedSayingSo() {
        String health = """
                  "health": [
                    {"date": "2024-06-30", "strategicAlignment": 0.8, "operationalInteroperability": {}, "relationalResilience": "high"}
                  ]""";

        assertRejected(Cli.evaluate(document("2024-07-01", health)),
                "health[0].operationalInteroperability: has no indicators: name at least one indicator from 0 to 1, or give the pillar's score",
                "health[0].relationalResilience: must be a number from 0 to 1 or an object of named indicators from 0 to 1, not a string");
    }

    @Test
    void aHealthSectionThatIsNotAnArrayIsRejected() {
        assertRejected(Cli.evaluate(document(null, "  \"health\": {}")),
                "health: must be an array of assessments {\"date\", strategicAlignment, operationalInteroperability, "
                        + "relationalResilience}, not an object");
    }

    @Test
    void aValidFormationIsAnsweredWithItsReadiness() throws Exception {
        Cli.Result result = Cli.evaluate(document("2024-02-19", """
                  "formation": {"startedOn": "2024-01-08", "completed": ["GOVERNANCE_AGREED"]}"""));

        assertThat(result.exitCode()).as(result.err()).isZero();
        var readiness = Samples.MAPPER.readTree(result.out()).get("readiness");
        assertThat(readiness.get("ready").asBoolean()).isFalse();
        assertThat(readiness.get("formationWeeks").asInt()).isEqualTo(6);
        assertThat(readiness.get("missing")).hasSize(5);
    }

    @Test
    void unknownAndRepeatedStepsAndDatesOutOfOrderAreRejectedWithTheirPaths() {
        assertRejected(Cli.evaluate(document("2024-01-01", """
                  "formation": {"startedOn": "2024-01-08", "firstJointProjectOn": "2024-01-07",
                    "completed": ["GOVERNANCE_AGREED", "GOVERNANCE_AGRED", "GOVERNANCE_AGREED", 3]}""")),
                "formation.startedOn: 2024-01-08 is after asOf 2024-01-01: formation cannot be assessed before it has started",
                "formation.firstJointProjectOn: 2024-01-07 is before startedOn 2024-01-08: the first joint project comes after formation starts",
                "formation.completed[1]: \"GOVERNANCE_AGRED\" is not a formation step (did you mean GOVERNANCE_AGREED?); use one of " + STEPS,
                "formation.completed[2]: \"GOVERNANCE_AGREED\" is given twice: list each completed step once",
                "formation.completed[3]: must be a string (a formation step), not a number");
    }

    @Test
    void withoutAsOfOrAFirstJointProjectTheFormationIsRejected() {
        assertRejected(Cli.evaluate(document(null, """
                  "formation": {"startedOn": "2024-01-08", "completed": []}""")),
                "asOf: is required when formation has no firstJointProjectOn: give the day to count formation weeks to, "
                        + "or the first joint project's date");
    }
}
