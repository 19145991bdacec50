package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The answer's {@code frozen} rules of a vote, given back as the proposal's {@code frozen} input
 * unchanged, are accepted and give the same answer: a host can store them as written.
 */
class ProposalFrozenRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void frozenRulesFromTheAnswerAreAcceptedBackAndChangeNothing() throws Exception {
        String sample = Samples.ENVIRONMENTAL_PROPOSALS.text();
        JsonNode first = JSON.readTree(Cli.evaluate(sample).out());
        ObjectNode document = (ObjectNode) JSON.readTree(sample);
        int withFrozen = 0;
        for (JsonNode answered : first.get("proposals")) {
            if (answered.has("frozen")) {
                for (JsonNode proposal : document.get("proposals")) {
                    if (proposal.get("id").equals(answered.get("id"))) {
                        ((ObjectNode) proposal).set("frozen", answered.get("frozen"));
                        withFrozen++;
                    }
                }
            }
        }

        Cli.Result again = Cli.evaluate(JSON.writeValueAsString(document));

        assertThat(withFrozen).as("the sample has a vote").isPositive();
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(JSON.readTree(again.out()).get("proposals")).isEqualTo(first.get("proposals"));
    }
}
