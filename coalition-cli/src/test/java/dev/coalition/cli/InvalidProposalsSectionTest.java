package dev.coalition.cli;

import static dev.coalition.cli.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The {@code proposals} section: each invalid document is rejected with exit code 2 and exactly the
 * expected {@code PATH: MESSAGE} lines; a valid one is answered under each route.
 */
class InvalidProposalsSectionTest {

    /** Three members of weight 1; DISTRIBUTED fits them best (no lead, no steering body). */
    private static String document(String asOf, String proposals) {
        return """
                {
                  "schemaVersion": "1",
                  "name": "Test coalition",
                  "formedOn": "2024-01-15",
                  "members": [
                    {"id": "a", "name": "A", "category": "x", "votingWeight": 1, "trusts": ["b", "c"]},
                    {"id": "b", "name": "B", "category": "x", "votingWeight": 1, "trusts": ["a", "c"]},
                    {"id": "c", "name": "C", "category": "y", "votingWeight": 1, "trusts": ["a", "b"]}
                  ],
                  "context": {"decisionUrgency": 0.2, "strategicStability": 0.3, "goalConsensus": 0.9, "networkCompetencyNeed": 0.2},
                """ + (asOf == null ? "" : "  \"asOf\": \"" + asOf + "\",\n") + "  \"proposals\": " + proposals + "\n}\n";
    }

    private static final String VOTE = """
            [{"id": "p1", "domain": "STRATEGIC", "title": "Charter", "openedAt": "2024-05-01T09:00:00Z",
              "closesAt": "2024-05-08T09:00:00Z", "votes": [
                {"member": "a", "choice": "FOR", "at": "2024-05-02T09:00:00Z"},
                {"member": "b", "choice": "AGAINST", "at": "2024-05-02T10:00:00Z"}]}]""";

    @Test
    void aValidVoteIsAnsweredWithItsExactFigures() throws Exception {
        Cli.Result result = Cli.evaluate(document("2024-06-01", VOTE));

        assertThat(result.exitCode()).as(result.err()).isZero();
        var proposal = Samples.MAPPER.readTree(result.out()).at("/proposals/0");
        assertThat(proposal.get("routedTo").asText()).isEqualTo("DISTRIBUTED");
        assertThat(proposal.get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(proposal.get("participation").asText()).isEqualTo("2/3");
        assertThat(proposal.get("support").asText()).isEqualTo("1/2");
    }

    @Test
    void proposalsWithoutAsOfAreRejected() {
        assertRejected(Cli.evaluate(document(null, VOTE)), "asOf: is required when proposals are given: give the day of the "
                + "analysis, e.g. \"2024-06-01\" (proposals are decided as of 00:00Z that day)");
    }

    @Test
    void aSecondVoteAVoteByANonMemberAndABadInstantAreRejectedWithTheirPaths() {
        String proposals = """
                [{"id": "p1", "domain": "STRATEGIC", "title": "Charter", "openedAt": "2024-05-01T09:00:00Z",
                  "closesAt": "2024-05-08T09:00:00Z", "votes": [
                    {"member": "a", "choice": "FOR", "at": "2024-05-02T09:00:00Z"},
                    {"member": "a", "choice": "AGAINST", "at": "2024-05-02T10:00:00Z"},
                    {"member": "ghost", "choice": "FOR", "at": "2024-05-02T11:00:00Z"}]},
                 {"id": "p2", "domain": "FINANCIAL", "title": "Budget", "openedAt": "yesterday",
                  "closesAt": "2024-05-08T09:00:00Z"}]""";

        Cli.Result result = Cli.evaluate(document("2024-06-01", proposals));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("proposals[1].openedAt: \"yesterday\" is not an ISO-8601 instant")
                .contains("proposals[0].votes[1].member: \"a\" has already voted on this proposal: give one vote per member")
                .contains("proposals[0].votes[2].member: \"ghost\" is not a member of the coalition: use one of the members' ids");
    }

    @Test
    void aCentralDecisionBySomeoneWithoutAuthorityIsRejectedWithItsPath() throws Exception {
        String sample = java.nio.file.Files.readString(java.nio.file.Path.of("..", "coalition-examples", "src", "main",
                "resources", "samples", "environmental-proposals.json"));
        String byNonSeat = sample.replace("\"by\": \"eco-institute\"", "\"by\": \"wildlife-fund\"");
        assertThat(byNonSeat).isNotEqualTo(sample);

        Cli.Result result = Cli.evaluate(byNonSeat);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("proposals[0].decision.by: \"wildlife-fund\" cannot decide TECHNICAL decisions: "
                + "they are decided by a steering-body member");
    }
}
