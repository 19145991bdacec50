package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every sample's answer is the one recorded in {@code src/test/resources/golden/} before the policies
 * were pre-built and split by decision area: only {@code provenance.policyHash} may differ, and the
 * {@code governance.band.*} steps may move within their explanation (they are now derived once per
 * advisor, from the settings alone), but none may appear or disappear and every other step keeps its
 * place and wording.
 */
class SampleAnswersUnchangedTest {

    private static final String BAND_STEP = "governance.band.";

    @ParameterizedTest
    @EnumSource(Samples.class)
    void the_answer_equals_the_recorded_one_apart_from_the_policy_hash_and_where_band_steps_stand(Samples sample)
            throws IOException {
        Cli.Result result = Cli.evaluate(sample.text());
        assertThat(result.exitCode()).isZero();
        JsonNode actual = Samples.MAPPER.readTree(result.out());
        JsonNode recorded = golden(sample);

        List<JsonNode> actualBands = new ArrayList<>();
        List<JsonNode> recordedBands = new ArrayList<>();
        JsonNode actualRest = withoutHashAndBands(actual, actualBands);
        JsonNode recordedRest = withoutHashAndBands(recorded, recordedBands);

        assertThat(actualRest.toPrettyString()).isEqualTo(recordedRest.toPrettyString());
        assertThat(actualBands).containsExactlyInAnyOrderElementsOf(recordedBands);
        assertThat(actual.at("/provenance/policyHash").asText()).startsWith("sha256:");
    }

    private static JsonNode golden(Samples sample) {
        String name = "/golden/" + sample.resource().substring("/samples/".length());
        try (InputStream in = SampleAnswersUnchangedTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from src/test/resources");
            }
            return Samples.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy without the policy hash, with every band step moved out of every explanation into {@code bands}. */
    private static JsonNode withoutHashAndBands(JsonNode document, List<JsonNode> bands) {
        JsonNode copy = document.deepCopy();
        ((ObjectNode) copy.get("provenance")).remove("policyHash");
        strip(copy, bands);
        return copy;
    }

    private static void strip(JsonNode node, List<JsonNode> bands) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("explanation") && field.getValue() instanceof ArrayNode steps) {
                    for (Iterator<JsonNode> it = steps.iterator(); it.hasNext(); ) {
                        JsonNode step = it.next();
                        if (step.path("rule").asText().startsWith(BAND_STEP)) {
                            bands.add(step);
                            it.remove();
                        }
                    }
                } else {
                    strip(field.getValue(), bands);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> strip(element, bands));
        }
    }
}
