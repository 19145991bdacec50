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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every sample's answer is the one recorded in {@code src/test/resources/golden/}, apart from
 * {@code provenance.policyHash}: every field, and every explanation step word for word and in order.
 * A change of policy that alters an answer on purpose re-records the golden file (the sample's
 * {@code coalition evaluate} output) and names the changed fields in its commit; anything else that
 * changes an answer is a regression this test catches.
 */
class SampleAnswersUnchangedTest {

    @ParameterizedTest
    @EnumSource(Samples.class)
    void the_answer_equals_the_recorded_one_apart_from_the_policy_hash(Samples sample) throws IOException {
        JsonNode actual = evaluate(sample);
        JsonNode recorded = golden(sample);

        JsonNode actualRest = withoutHashAndExplanations(actual, new LinkedHashMap<>());
        JsonNode recordedRest = withoutHashAndExplanations(recorded, new LinkedHashMap<>());

        assertThat(actualRest.toPrettyString()).isEqualTo(recordedRest.toPrettyString());
        assertThat(actual.at("/provenance/policyHash").asText()).startsWith("sha256:");
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void every_explanation_holds_the_recorded_steps_in_the_recorded_order(Samples sample) throws IOException {
        Map<String, List<JsonNode>> actual = new LinkedHashMap<>();
        Map<String, List<JsonNode>> recorded = new LinkedHashMap<>();
        withoutHashAndExplanations(evaluate(sample), actual);
        withoutHashAndExplanations(golden(sample), recorded);

        assertThat(actual.keySet()).containsExactlyElementsOf(recorded.keySet());
        recorded.forEach((where, steps) -> assertThat(actual.get(where)).as(where).containsExactlyElementsOf(steps));
    }

    private static JsonNode evaluate(Samples sample) throws IOException {
        Cli.Result result = Cli.evaluate(sample.text());
        assertThat(result.exitCode()).isZero();
        return Samples.MAPPER.readTree(result.out());
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

    /** A copy without the policy hash and the explanations, which go to {@code explanations} by their JSON pointer. */
    private static JsonNode withoutHashAndExplanations(JsonNode document, Map<String, List<JsonNode>> explanations) {
        JsonNode copy = document.deepCopy();
        ((ObjectNode) copy.get("provenance")).remove("policyHash");
        strip(copy, "", explanations);
        return copy;
    }

    private static void strip(JsonNode node, String pointer, Map<String, List<JsonNode>> explanations) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("explanation") && field.getValue() instanceof ArrayNode steps) {
                    List<JsonNode> list = new ArrayList<>();
                    steps.forEach(list::add);
                    explanations.put(pointer + "/explanation", list);
                    fields.remove();
                } else {
                    strip(field.getValue(), pointer + "/" + field.getKey(), explanations);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                strip(array.get(i), pointer + "/" + i, explanations);
            }
        }
    }
}
