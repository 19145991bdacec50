package dev.coalition.cli;

import static dev.coalition.cli.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The information section of a document: each invalid one is rejected with exit code 2 and exactly
 * the expected {@code PATH: MESSAGE} lines on stderr, in document order; a valid one is answered
 * with {@code "information"}.
 */
class InvalidInformationSectionTest {

    private static String document(String information) {
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
                  "information":\s""" + information + "\n}\n";
    }

    @Test
    void aValidSectionIsAnsweredWithAccessAsymmetryFindingsAndExplanation() throws Exception {
        Cli.Result result = Cli.evaluate(document("""
                {"tiers": {"inner": ["a"]}, "items": [
                    {"id": "p", "owner": "c", "classification": "PUBLIC"},
                    {"id": "t", "owner": "c", "classification": "TIER", "tier": "inner"},
                    {"id": "t2", "owner": "c", "classification": "TIER", "tier": "inner"},
                    {"id": "r", "owner": "c", "classification": "RESTRICTED", "sharedWith": ["a"]}]}"""));

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode information = Samples.MAPPER.readTree(result.out()).get("information");
        assertThat(information.at("/access/1/members").toString()).isEqualTo("[\"a\"]");
        assertThat(information.at("/access/1/rule").asText()).isEqualTo("operations.information.tier");
        assertThat(information.at("/asymmetry/1/member").asText()).isEqualTo("b");
        assertThat(information.at("/asymmetry/1/sees").asInt()).isEqualTo(1);
        assertThat(information.at("/asymmetry/1/peerMedian").asText()).isEqualTo("5/2");
        assertThat(information.at("/findings/0/id").asText()).isEqualTo("INFORMATION_ASYMMETRY");
        assertThat(information.at("/findings/0/subject").asText()).isEqualTo("b");
    }

    @Test
    void aTierNamingAnUnknownMemberIsRejected() {
        assertRejected(Cli.evaluate(document("""
                {"tiers": {"inner": ["a", "zed"]}, "items": []}""")),
                "information.tiers.inner[1]: \"zed\" is not a member of the coalition: use one of the members' ids");
    }

    @Test
    void anItemWhoseOwnerIsUnknownIsRejected() {
        assertRejected(Cli.evaluate(document("""
                {"items": [{"id": "p", "owner": "zed", "classification": "PUBLIC"}]}""")),
                "information.items[0].owner: \"zed\" is not a member of the coalition: use one of the members' ids");
    }

    @Test
    void aTierItemWithoutATierOrNamingAnUnknownOneIsRejected() {
        assertRejected(Cli.evaluate(document("""
                {"tiers": {"inner": ["a"]}, "items": [
                    {"id": "t1", "owner": "a", "classification": "TIER"},
                    {"id": "t2", "owner": "a", "classification": "TIER", "tier": "iner"}]}""")),
                "information.items[0].tier: is required for a TIER item: name the tier that sees it (inner)",
                "information.items[1].tier: \"iner\" is not a tier (did you mean inner?); use one of inner, or define it under "
                        + "information.tiers");
    }

    @Test
    void sharedWithOnAnItemThatIsNotRestrictedIsRejectedNotIgnored() {
        assertRejected(Cli.evaluate(document("""
                {"items": [{"id": "m", "owner": "a", "classification": "MEMBERS", "sharedWith": ["b"]}]}""")),
                "information.items[0].sharedWith: is only for RESTRICTED items, and this one is MEMBERS (every member sees it): "
                        + "leave sharedWith out, or classify the item RESTRICTED");
    }

    @Test
    void anUnknownClassificationIsRejectedWithTheClosestOne() {
        assertRejected(Cli.evaluate(document("""
                {"items": [{"id": "m", "owner": "a", "classification": "MEMBER"}]}""")),
                "information.items[0].classification: \"MEMBER\" is not a classification (did you mean MEMBERS?); use one of "
                        + "PUBLIC, MEMBERS, TIER, RESTRICTED");
    }

    @Test
    void duplicateItemIdsAreRejected() {
        assertRejected(Cli.evaluate(document("""
                {"items": [{"id": "m", "owner": "a", "classification": "MEMBERS"},
                           {"id": "m", "owner": "b", "classification": "PUBLIC"}]}""")),
                "information.items[1].id: \"m\" is the id of information.items[0]: give each item its own id");
    }

    @Test
    void wrongTypesUnknownFieldsAndMissingItemsAreRejectedWithTheirPaths() {
        assertRejected(Cli.evaluate(document("""
                {"tiers": {"inner": "a"}, "item": []}""")),
                "information.items: is required: list the items of information the members share (may be empty)",
                "information.tiers.inner: must be an array of member ids, not a string",
                "information.item: unknown field (did you mean \"items\"?); allowed fields here are tiers, items");
        assertRejected(Cli.evaluate(document("""
                {"items": [3, {"id": "r", "owner": "a", "classification": "RESTRICTED", "sharedWith": [1], "shared": []}]}""")),
                "information.items[0]: must be an object with id, owner, classification, tier, sharedWith, not a number",
                "information.items[1].sharedWith[0]: must be a string (a member id), not a number",
                "information.items[1].shared: unknown field; allowed fields here are id, owner, "
                        + "classification, tier, sharedWith");
    }
}
