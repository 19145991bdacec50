package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema of scenario files, {@code schema/coalition-scenario.schema.json}, describes what {@code coalition test} reads. */
class ScenarioSchemaTest {

    private static final Path SCHEMA = Path.of("..", "schema", "coalition-scenario.schema.json");

    private static JsonNode schema() throws IOException {
        return Samples.MAPPER.readTree(Files.readAllBytes(SCHEMA));
    }

    private static Pattern pathPattern() throws IOException {
        return Pattern.compile(schema().at("/properties/expect/propertyNames/pattern").asText());
    }

    @Test
    void is_a_draft_2020_12_schema_whose_document_is_the_coalition_document() throws IOException {
        assertThat(schema().get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema().at("/properties/document/$ref").asText()).isEqualTo("coalition-document.schema.json");
        assertThat(Files.exists(SCHEMA.resolveSibling("coalition-document.schema.json"))).isTrue();
    }

    @Test
    void a_scenario_has_the_fields_the_command_reads_and_no_others() throws IOException {
        JsonNode root = schema();
        List<String> keys = new ArrayList<>();
        root.get("properties").fieldNames().forEachRemaining(keys::add);

        assertThat(keys).containsExactlyElementsOf(ScenarioFile.FIELDS);
        assertThat(root.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(root.get("required")).extracting(JsonNode::asText).containsExactlyElementsOf(ScenarioFile.REQUIRED_FIELDS);
        assertThat(root.at("/properties/expect/minProperties").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"governance.mode", "conflicts[0].stage", "governance.findings[*].id",
        "provenance.settings[\"governance.crisisUrgency\"]", "[\"schemaVersion\"]", "conflicts[*].findings[*].id",
        "distribution.shares[\"a \\\"b\\\"\"]"})
    void the_paths_the_command_reads_match_the_schema(String path) throws IOException {
        assertThat(OutputPath.parse(path).text()).isEqualTo(path);
        assertThat(pathPattern().matcher(path).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "governance..mode", ".mode", "governance.", "conflicts[01]", "conflicts[-1]", "conflicts[x]",
        "conflicts[0", "mode[\"unclosed]", "governance mode", "9lives"})
    void the_paths_the_command_refuses_do_not_match_the_schema(String path) throws IOException {
        assertThatThrownBy(() -> OutputPath.parse(path)).isInstanceOf(IllegalArgumentException.class);
        assertThat(pathPattern().matcher(path).matches()).isFalse();
    }
}
