package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON Schema in the repository describes the document this command reads. */
class SchemaTest {

    private static final Path SCHEMA = Path.of("..", "schema", "coalition-document.schema.json");

    private static JsonNode schema() throws IOException {
        return Samples.MAPPER.readTree(Files.readAllBytes(SCHEMA));
    }

    @Test
    void is_a_draft_2020_12_schema() throws IOException {
        assertThat(schema().get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void the_document_has_the_fields_the_command_reads_and_no_others() throws IOException {
        JsonNode root = schema();

        assertThat(keys(root.get("properties"))).containsExactlyElementsOf(CoalitionDocument.DOCUMENT_FIELDS);
        assertThat(root.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(root.get("required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("name", "formedOn", "members", "context");
        assertThat(root.at("/properties/schemaVersion/const").asText()).isEqualTo(CoalitionDocument.SCHEMA_VERSION);
    }

    @Test
    void a_member_has_the_fields_the_command_reads_and_no_others() throws IOException {
        JsonNode member = schema().at("/$defs/member");

        assertThat(keys(member.get("properties"))).containsExactlyElementsOf(CoalitionDocument.MEMBER_FIELDS);
        assertThat(member.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(member.get("required")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(CoalitionDocument.MEMBER_FIELDS);
        assertThat(member.at("/properties/votingWeight/type").asText()).isEqualTo("integer");
        assertThat(member.at("/properties/votingWeight/minimum").asInt()).isZero();
        assertThat(schema().at("/$defs/memberId/pattern").asText()).isEqualTo("^[A-Za-z0-9_-]{1,64}$");
    }

    @Test
    void the_context_has_the_fields_the_command_reads_each_in_0_to_1() throws IOException {
        JsonNode root = schema();
        JsonNode context = root.at("/$defs/context");

        assertThat(keys(context.get("properties"))).containsExactlyElementsOf(CoalitionDocument.CONTEXT_FIELDS);
        assertThat(context.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(context.get("required")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(CoalitionDocument.CONTEXT_FIELDS);
        assertThat(root.at("/$defs/fraction/minimum").asInt()).isZero();
        assertThat(root.at("/$defs/fraction/maximum").asInt()).isEqualTo(1);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
