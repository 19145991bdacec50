package dev.coalition.cli;

import static dev.coalition.cli.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code lifecycle} section and the {@code membershipChanges}: a valid document is answered with
 * the renewal review and what each change changes; each invalid one is rejected with exit code 2 and
 * exactly the expected {@code PATH: MESSAGE} lines on stderr, in document order.
 */
class InvalidLifeSectionsTest {

    /** Three members formed on 2022-01-10; a renewal is due 15 months after the last one. */
    private static String document(String asOf, String sections) {
        return """
                {
                  "schemaVersion": "1",
                  "name": "Test coalition",
                  "formedOn": "2022-01-10",
                  "members": [
                    {"id": "a", "name": "A", "category": "x", "votingWeight": 2, "trusts": ["b", "c"]},
                    {"id": "b", "name": "B", "category": "x", "votingWeight": 1, "trusts": ["a", "c"]},
                    {"id": "c", "name": "C", "category": "y", "votingWeight": 1, "trusts": ["a", "b"]}
                  ],
                  "context": {"decisionUrgency": 0.2, "strategicStability": 0.3, "goalConsensus": 0.9, "networkCompetencyNeed": 0.2},
                """ + (asOf == null ? "" : "  \"asOf\": \"" + asOf + "\",\n") + sections + "\n}\n";
    }

    private static final String ADMIT_D = """
            {"kind": "ADMIT", "on": "2023-05-02", "member": {"id": "d", "name": "D", "category": "y", "votingWeight": 1,
             "trusts": ["a"]}, "trustedBy": ["a", "c"]}""";

    private static JsonNode answer(String document) throws Exception {
        Cli.Result result = Cli.evaluate(document);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return Samples.MAPPER.readTree(result.out());
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(item -> ids.add(item.get(field).asText()));
        return ids;
    }

    @Test
    void aRenewalReviewGivesItsDatesTriggersAndAgenda() throws Exception {
        JsonNode lifecycle = answer(document("2024-06-03", """
                  "lifecycle": {"renewals": ["2022-12-01"], "currentMode": "CENTRALIZED"},
                  "membershipChanges": [""" + ADMIT_D + "]")).get("lifecycle");

        assertThat(lifecycle.get("ageMonths").asInt()).isEqualTo(28);
        assertThat(lifecycle.get("lastRenewal").asText()).isEqualTo("2022-12-01");
        assertThat(lifecycle.get("renewalDue").asText()).isEqualTo("2024-03-01");
        assertThat(lifecycle.get("renewalOverdue").asBoolean()).isTrue();
        assertThat(lifecycle.get("halfLifeReached").asBoolean()).isTrue();
        assertThat(ids(lifecycle.get("triggers"), "id")).containsExactly("RENEWAL_OVERDUE", "MEMBERSHIP_CHANGED", "MODE_NO_LONGER_FITS");
        assertThat(lifecycle.at("/triggers/1/subject").asText()).isEqualTo("d");
        assertThat(ids(lifecycle.get("agenda"), "topic")).hasSize(4).last().isEqualTo("HALF_LIFE_REACHED (purpose)");
        assertThat(ids(lifecycle.get("findings"), "id")).containsExactly("RENEWAL_OVERDUE", "HALF_LIFE_REACHED");
        assertThat(lifecycle.get("explanation")).isNotEmpty();
    }

    @Test
    void aCoalitionWithoutRenewalsIsDueFifteenMonthsAfterFormation() throws Exception {
        JsonNode lifecycle = answer(document("2023-04-10", "  \"lifecycle\": {\"renewals\": []}")).get("lifecycle");

        assertThat(lifecycle.get("lastRenewal").isNull()).isTrue();
        assertThat(lifecycle.get("renewalDue").asText()).isEqualTo("2023-04-10");
        assertThat(lifecycle.get("renewalOverdue").asBoolean()).isFalse();
        assertThat(lifecycle.get("halfLifeReached").asBoolean()).isFalse();
    }

    @Test
    void anAdmissionIsAnsweredWithGovernanceAndVotingPowerBeforeAndAfter() throws Exception {
        JsonNode root = answer(document(null, """
                  "voting": {"quota": 3},
                  "membershipChanges": [""" + ADMIT_D + """
                ,
                    {"kind": "DEPART", "on": "2023-09-01", "member": "b"}]"""));

        JsonNode admission = root.at("/membership/0");
        assertThat(admission.at("/change/kind").asText()).isEqualTo("ADMIT");
        assertThat(admission.at("/change/member").asText()).isEqualTo("d");
        assertThat(admission.at("/change/trustedBy").toString()).isEqualTo("[\"a\",\"c\"]");
        assertThat(admission.has("compatibility")).isFalse();
        assertThat(admission.at("/votingPowerBefore/banzhaf/a").asText()).isEqualTo("3/5");
        assertThat(admission.at("/votingPowerAfter/banzhaf/d").asText()).isEqualTo("1/6");
        assertThat(admission.get("differences").toString()).contains("d joins the vote with Banzhaf 1/6");
        JsonNode departure = root.at("/membership/1");
        assertThat(departure.at("/change/conflict").isNull()).isTrue();
        assertThat(departure.at("/votingPowerBefore/banzhaf/d").asText()).isEqualTo("1/6");
        assertThat(departure.at("/votingPowerAfter/banzhaf").has("b")).isFalse();
        assertThat(departure.get("differences").toString()).contains("b leaves the vote");
        assertThat(root.has("lifecycle")).isFalse();
    }

    @Test
    void withoutAVotingSectionTheChangeHasNoVotingPower() throws Exception {
        JsonNode admission = answer(document(null, "  \"membershipChanges\": [" + ADMIT_D + "]")).at("/membership/0");

        assertThat(admission.has("votingPowerBefore")).isFalse();
        assertThat(admission.has("votingPowerAfter")).isFalse();
        assertThat(admission.at("/governanceBefore/mode").asText()).isNotEmpty();
        assertThat(admission.at("/governanceAfter/mode").asText()).isNotEmpty();
    }

    @Test
    void aLifecycleSectionNeedsAsOf() {
        assertRejected(Cli.evaluate(document(null, "  \"lifecycle\": {\"renewals\": []}")),
                "asOf: is required when a lifecycle section is given: give the day of the review, e.g. \"2024-06-01\"");
    }

    @Test
    void renewalsOutOfOrderBeforeFormationOrAfterAsOfAreRejectedWithTheirPaths() {
        assertRejected(Cli.evaluate(document("2024-06-03", """
                  "lifecycle": {"renewals": ["2021-12-01", "2023-05-01", "2023-05-01", "2024-07-01"]}""")),
                "lifecycle.renewals[0]: 2021-12-01 is before the coalition was formed on 2022-01-10: a renewal comes after formation",
                "lifecycle.renewals[2]: 2023-05-01 is not after the renewal before it, 2023-05-01: list renewals oldest first, each once",
                "lifecycle.renewals[3]: 2024-07-01 is after asOf 2024-06-03: list only the renewals held by the day of the review "
                        + "(a retreat planned is not held yet)");
    }

    @Test
    void aLifecycleSectionWithoutRenewalsABadDateAndAnUnknownModeIsRejected() {
        assertRejected(Cli.evaluate(document("2024-06-03", "  \"lifecycle\": {\"currentMode\": \"LEAD\", \"cadence\": 1}")),
                "lifecycle.renewals: is required: list the days renewal retreats were held, oldest first, e.g. [\"2023-06-01\"] "
                        + "([] when none was held yet)",
                "lifecycle.currentMode: \"LEAD\" is not a governance mode; use one of CENTRALIZED, HYBRID, DISTRIBUTED",
                "lifecycle.cadence: unknown field; allowed fields here are renewals, currentMode");
        assertRejected(Cli.evaluate(document("2024-06-03", "  \"lifecycle\": {\"renewals\": [\"2023-02-30\", 7]}")),
                "lifecycle.renewals[0]: \"2023-02-30\" is not a valid date; give YYYY-MM-DD, e.g. 2021-03-15",
                "lifecycle.renewals[1]: must be a date YYYY-MM-DD, not a number");
    }

    @Test
    void aBadAdmissionIsRejectedAtTheNewcomersFields() {
        assertRejected(Cli.evaluate(document(null, """
                  "membershipChanges": [
                    {"kind": "ADMIT", "on": "2023-05-02", "member": {"id": "a", "name": "A2", "category": "y", "votingWeight": 1,
                     "trusts": ["ghost"]}, "trustedBy": ["b", "b"]}]""")),
                "membershipChanges[0].member.id: \"a\" is already a member: admit someone new, or give a new id",
                "membershipChanges[0].member.trusts[0]: \"ghost\" is not a member: a newcomer can trust only current members",
                "membershipChanges[0].trustedBy[1]: \"b\" is given twice: list each member once");
        assertRejected(Cli.evaluate(document(null, """
                  "membershipChanges": [
                    {"kind": "ADMIT", "on": "2023-06-02", "member": {"id": "e", "category": "y", "votingWeight": 1, "trusts": []}},
                    {"kind": "ADMIT", "on": "2023-06-03", "member": ["e"]}]""")),
                "membershipChanges[0].member.name: is required: give the member's name",
                "membershipChanges[1].member: must be a member object like those in \"members\", not an array");
    }

    @Test
    void aBadDepartureAChangeOutOfOrderAndAnUnknownKindAreRejectedWithTheirPaths() {
        assertRejected(Cli.evaluate(document(null, """
                  "membershipChanges": [
                    {"kind": "DEPART", "on": "2023-05-02", "member": "ghost"},
                    {"kind": "DEPART", "on": "2023-04-02", "member": "a", "trustedBy": ["b"]},
                    {"kind": "LEAVE", "on": "2023-06-02", "member": "b"},
                    {"on": "2021-06-02", "member": "b"}]""")),
                "membershipChanges[1].on: 2023-04-02 is before the change listed before it, 2023-05-02: list membership changes "
                        + "in the order they took effect",
                "membershipChanges[1].trustedBy: unknown field; allowed fields here are kind, on, member, conflict",
                "membershipChanges[2].kind: \"LEAVE\" is not a kind of change; use ADMIT or DEPART",
                "membershipChanges[3].kind: is missing: give ADMIT or DEPART",
                "membershipChanges[3].on: 2021-06-02 is before the coalition was formed on 2022-01-10: a membership change comes "
                        + "after formation");
        assertRejected(Cli.evaluate(document(null, """
                  "membershipChanges": [{"kind": "DEPART", "on": "2023-05-02", "member": "ghost"}]""")),
                "membershipChanges[0].member: \"ghost\" is not a member: only a member can depart");
    }

    @Test
    void aDepartureThroughAConflictWithoutADivergencePlanIsRejected() {
        assertRejected(Cli.evaluate(document("2023-06-01", """
                  "conflicts": [{"id": "scope", "parties": ["a", "b"], "subjects": ["scope"], "behaviours": ["POSITIONS_HARDEN"],
                    "openedOn": "2023-03-01", "history": [], "importance": 0.3, "negativeEmotion": 0.1, "resolutionEfficacy": 0.9}],
                  "membershipChanges": [
                    {"kind": "DEPART", "on": "2023-05-02", "member": "b", "conflict": "scope"},
                    {"kind": "DEPART", "on": "2023-05-03", "member": "c", "conflict": "budget"}]""")),
                "membershipChanges[0].conflict: conflict \"scope\" is not irreconcilable on 2023-05-02: it has no divergence plan; "
                        + "depart without naming it");
    }

    @Test
    void membershipChangesThatAreNotAnArrayAreRejected() {
        assertRejected(Cli.evaluate(document(null, "  \"membershipChanges\": {\"kind\": \"ADMIT\"}")),
                "membershipChanges: must be an array of changes {\"kind\": \"ADMIT\" | \"DEPART\", \"on\", \"member\", ...}, not an object");
    }
}
