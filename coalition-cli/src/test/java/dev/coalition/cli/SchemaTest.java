package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coalition.conflict.Behaviour;
import dev.coalition.conflict.ConflictType;
import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.StepOutcome;
import dev.coalition.policy.Settings;
import dev.coalition.value.Principle;
import dev.coalition.value.TableGame;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The JSON Schema in the repository describes the document this command reads, value sections and conflicts included. */
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
        // a coalition is given by its fields, or by a timeline replayed to asOf in their place
        assertThat(root.at("/oneOf/0/required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("name", "formedOn", "members", "context");
        assertThat(root.at("/oneOf/0/not/required")).extracting(JsonNode::asText).containsExactly("timeline");
        assertThat(root.at("/oneOf/1/required")).extracting(JsonNode::asText).containsExactly("timeline", "asOf");
        assertThat(root.at("/oneOf/1/not/anyOf")).extracting(n -> n.at("/required/0").asText())
                .containsExactlyElementsOf(TimelineSection.REPLACED_FIELDS);
        assertThat(root.at("/properties/timeline/$ref").asText()).isEqualTo("coalition-timeline.schema.json#/properties/timeline");
        assertThat(root.at("/properties/schemaVersion/const").asText()).isEqualTo(CoalitionDocument.SCHEMA_VERSION);
        // asOf is required when at least one conflict is given
        assertThat(root.at("/if/required")).extracting(JsonNode::asText).containsExactly("conflicts");
        assertThat(root.at("/if/properties/conflicts/minItems").asInt()).isEqualTo(1);
        assertThat(root.at("/then/required")).extracting(JsonNode::asText).containsExactly("asOf");
    }

    @Test
    void a_member_has_the_fields_the_command_reads_and_no_others() throws IOException {
        JsonNode member = schema().at("/$defs/member");

        assertThat(keys(member.get("properties"))).containsExactlyElementsOf(CoalitionDocument.MEMBER_FIELDS);
        assertThat(member.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(member.get("required")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(CoalitionDocument.REQUIRED_MEMBER_FIELDS);
        assertThat(member.at("/properties/expertise/$ref").asText()).isEqualTo("#/$defs/expertise");
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

    @Test
    void the_principles_are_the_four_principles() throws IOException {
        assertThat(schema().at("/properties/principles/items/enum")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(Arrays.stream(Principle.values()).map(Enum::name).toList());
        assertThat(schema().at("/properties/principles/uniqueItems").asBoolean()).isTrue();
    }

    @Test
    void the_distribution_has_the_fields_the_command_reads_and_no_others() throws IOException {
        JsonNode root = schema();
        JsonNode distribution = root.at("/$defs/distribution");

        assertThat(root.at("/properties/distribution/$ref").asText()).isEqualTo("#/$defs/distribution");
        assertThat(keys(distribution.get("properties"))).containsExactlyElementsOf(ValueSections.DISTRIBUTION_FIELDS);
        assertThat(distribution.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(distribution.get("required")).extracting(JsonNode::asText).containsExactly("amount", "currency");
        JsonNode game = root.at("/$defs/game");
        assertThat(keys(game.get("properties"))).containsExactlyElementsOf(ValueSections.GAME_FIELDS);
        assertThat(game.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(game.get("required")).extracting(JsonNode::asText).containsExactlyElementsOf(ValueSections.GAME_FIELDS);
        assertThat(game.at("/properties/players/maxItems").asInt()).isEqualTo(TableGame.MAX_PLAYERS);
        JsonNode sampling = root.at("/$defs/sampling");
        assertThat(keys(sampling.get("properties"))).containsExactlyElementsOf(ValueSections.SAMPLING_FIELDS);
        assertThat(sampling.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(sampling.get("required")).extracting(JsonNode::asText).containsExactly("epsilon", "delta", "seed");
    }

    @Test
    void the_currency_is_an_iso_code_or_credits() throws IOException {
        Pattern currency = Pattern.compile(schema().at("/$defs/currency/pattern").asText());
        Pattern amount = Pattern.compile(schema().at("/$defs/amount/pattern").asText());

        assertThat(List.of("EUR", "JPY", ValueSections.CREDITS)).allMatch(c -> currency.matcher(c).find());
        assertThat(List.of("eur", "EURO", "")).noneMatch(c -> currency.matcher(c).find());
        assertThat(List.of("1000.00", "0", "12.5")).allMatch(a -> amount.matcher(a).find());
        assertThat(List.of("-1.00", "1e3", ".5", "1,000.00", "")).noneMatch(a -> amount.matcher(a).find());
    }

    @Test
    void the_policies_are_the_ones_the_facade_knows() throws IOException {
        String document = new String(Samples.TECHNOLOGY_DISTRIBUTION.bytes(), StandardCharsets.UTF_8)
                .replace("\"currency\": \"EUR\",", "\"currency\": \"EUR\", \"policy\": \"NONE\",");
        String line = Cli.evaluate(document).errLines().get(0);
        String known = line.substring(line.indexOf('[') + 1, line.indexOf(']'));

        assertThat(line).startsWith("distribution.policy: ");
        assertThat(schema().at("/$defs/distribution/properties/policy/enum")).extracting(JsonNode::asText)
                .containsExactly(known.split(", "));
    }

    @Test
    void the_voting_section_has_the_fields_the_command_reads_and_no_others() throws IOException {
        JsonNode root = schema();
        JsonNode voting = root.at("/$defs/voting");

        assertThat(root.at("/properties/voting/$ref").asText()).isEqualTo("#/$defs/voting");
        assertThat(keys(voting.get("properties"))).containsExactlyElementsOf(ValueSections.VOTING_FIELDS);
        assertThat(voting.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(voting.get("required")).extracting(JsonNode::asText).containsExactly("quota");
        assertThat(voting.at("/properties/quota/minimum").asInt()).isEqualTo(1);
        assertThat(voting.at("/properties/weights/additionalProperties/minimum").asInt()).isZero();
        assertThat(voting.at("/properties/weights/additionalProperties/maximum").asLong()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void external_mediators_have_the_fields_the_command_reads_and_no_others() throws IOException {
        JsonNode root = schema();
        JsonNode mediator = root.at("/$defs/externalMediator");

        assertThat(root.at("/properties/externalMediators/items/$ref").asText()).isEqualTo("#/$defs/externalMediator");
        assertThat(keys(mediator.get("properties"))).containsExactlyElementsOf(ConflictSections.MEDIATOR_FIELDS);
        assertThat(mediator.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(mediator.get("required")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(ConflictSections.MEDIATOR_FIELDS);
        assertThat(root.at("/$defs/expertise/uniqueItems").asBoolean()).isTrue();
        assertThat(root.at("/$defs/conflictType/enum")).extracting(JsonNode::asText).containsExactlyElementsOf(names(ConflictType.class));
    }

    @Test
    void a_conflict_has_the_fields_the_command_reads_and_no_others() throws IOException {
        JsonNode root = schema();
        JsonNode conflict = root.at("/$defs/conflict");

        assertThat(root.at("/properties/conflicts/items/$ref").asText()).isEqualTo("#/$defs/conflict");
        assertThat(root.at("/properties/asOf/$ref").asText()).isEqualTo("#/$defs/date");
        assertThat(keys(conflict.get("properties"))).containsExactlyElementsOf(ConflictSections.CONFLICT_FIELDS);
        assertThat(conflict.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(conflict.get("required")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(ConflictSections.REQUIRED_CONFLICT_FIELDS);
        assertThat(conflict.at("/properties/parties/minItems").asInt()).isEqualTo(2);
        assertThat(conflict.at("/properties/parties/uniqueItems").asBoolean()).isTrue();
        assertThat(conflict.at("/properties/behaviours/items/enum")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(names(Behaviour.class));
        for (String figure : List.of("importance", "negativeEmotion", "resolutionEfficacy")) {
            assertThat(conflict.at("/properties/" + figure + "/$ref").asText()).isEqualTo("#/$defs/fraction");
        }
        JsonNode step = root.at("/$defs/step");
        assertThat(conflict.at("/properties/history/items/$ref").asText()).isEqualTo("#/$defs/step");
        assertThat(keys(step.get("properties"))).containsExactlyElementsOf(ConflictSections.STEP_FIELDS);
        assertThat(step.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(step.get("required")).extracting(JsonNode::asText).containsExactlyElementsOf(ConflictSections.STEP_FIELDS);
        assertThat(step.at("/properties/step/enum")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(names(EscalationStep.class));
        assertThat(step.at("/properties/outcome/enum")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(names(StepOutcome.class));
    }

    @Test
    void the_subjects_described_are_the_policy_defaults() throws IOException {
        String description = schema().at("/$defs/conflict/properties/subjects/description").asText();
        Settings settings = Advisors.defaultAdvisor().settings();

        for (String type : List.of("goal", "process", "relationship")) {
            assertThat(settings.words("conflict.subjects." + type)).isNotEmpty()
                    .allSatisfy(subject -> assertThat(description).contains(subject));
        }
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
