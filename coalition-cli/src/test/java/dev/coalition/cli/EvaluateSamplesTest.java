package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coalition.governance.Contingency;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.policy.SettingDefinition;
import dev.coalition.policy.SettingType;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.GovernanceRecommendation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code coalition evaluate} on the sample documents: agrees with the Java API, deterministic, in the documented shape. */
class EvaluateSamplesTest {

    @ParameterizedTest
    @EnumSource(Samples.class)
    void each_sample_evaluates_with_the_mode_the_java_api_gives(Samples sample) throws IOException {
        Cli.Result result = Cli.evaluate(sample.text());

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        GovernanceRecommendation expected = Advisors.defaultAdvisor().recommendGovernance(sample.javaTwin());
        JsonNode governance = Samples.MAPPER.readTree(result.out()).get("governance");
        assertThat(governance.get("mode").asText()).isEqualTo(expected.mode().name());
        assertThat(governance.get("lead").isNull() ? null : governance.get("lead").asText()).isEqualTo(expected.lead());
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void each_sample_document_describes_the_same_coalition_as_article_coalitions(Samples sample) {
        assertThat(CoalitionDocument.read(sample.bytes())).isEqualTo(sample.javaTwin());
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void each_sample_gives_exactly_the_document_of_the_java_api_recommendation(Samples sample) {
        String expected = sample.expectedOutput(Advisors.defaultAdvisor());

        assertThat(Cli.evaluate(sample.text()).out()).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void only_the_samples_with_value_sections_conflicts_health_formation_information_proposals_or_communication_get_those_sections(Samples sample) throws IOException {
        JsonNode root = Samples.MAPPER.readTree(Cli.evaluate(sample.text()).out());

        if (sample == Samples.DIGITAL_TRANSFORMATION_MEMBERSHIP) {
            assertThat(keys(root)).as("the full sample: every section the report draws, and its life")
                    .containsExactly("schemaVersion", "provenance", "governance", "distribution", "votingPower", "conflicts",
                            "assessment", "health", "lifecycle", "membership");
        } else if (sample == Samples.MANUFACTURING_EVOLUTIONS_TIMELINE) {
            assertThat(keys(root)).containsExactly("schemaVersion", "provenance", "governance", "lifecycle", "timeline");
        } else if (sample.asksForValue()) {
            assertThat(keys(root)).containsExactly("schemaVersion", "provenance", "governance", "distribution", "votingPower");
        } else if (sample.asksForAssessment()) {
            assertThat(keys(root)).containsExactly("schemaVersion", "provenance", "governance", "assessment");
        } else if (sample.asksForHealth()) {
            assertThat(keys(root)).containsExactly("schemaVersion", "provenance", "governance", "health");
        } else if (sample.asksForProposals()) {
            assertThat(keys(root)).containsExactly("schemaVersion", "provenance", "governance", "proposals");
        } else if (sample.asksForFormation()) {
            assertThat(keys(root)).containsExactly("schemaVersion", "provenance", "governance", "readiness");
        } else if (sample.asksForInformation()) {
            assertThat(keys(root)).containsExactly("schemaVersion", "provenance", "governance", "information");
        } else if (sample.asksForCommunication()) {
            assertThat(keys(root)).containsExactly("schemaVersion", "provenance", "governance", "communication");
        } else if (sample.asksForConflicts()) {
            assertThat(keys(root)).containsExactly("schemaVersion", "provenance", "governance", "conflicts");
        } else {
            assertThat(keys(root)).containsExactly("schemaVersion", "provenance", "governance");
        }
    }

    @Test
    void the_article_cases_get_their_modes() throws IOException {
        assertThat(mode(Samples.PANDEMIC_RESPONSE)).isEqualTo("CENTRALIZED");
        assertThat(mode(Samples.CYBERSECURITY)).isEqualTo("HYBRID");
        assertThat(mode(Samples.FOUNDING_GROUP)).isEqualTo("DISTRIBUTED");
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void the_same_input_gives_the_same_bytes(Samples sample) {
        Cli.Result first = Cli.evaluate(sample.text());
        Cli.Result second = Cli.evaluate(sample.text());

        assertThat(second.out()).isEqualTo(first.out());
        assertThat(first.out()).isNotEmpty();
    }

    @Test
    void a_file_and_standard_input_give_the_same_output(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cybersecurity.json");
        Files.write(file, Samples.CYBERSECURITY.bytes());

        Cli.Result fromFile = Cli.run("evaluate", file.toString());
        Cli.Result fromStdin = Cli.runWithInput(Samples.CYBERSECURITY.bytes(), "evaluate", "-");

        assertThat(fromFile.exitCode()).isZero();
        assertThat(fromFile.err()).isEmpty();
        assertThat(fromStdin.exitCode()).isZero();
        assertThat(fromStdin.err()).isEmpty();
        assertThat(fromStdin.out()).isEqualTo(fromFile.out());
    }

    @Test
    void the_output_has_the_documented_keys_in_order_and_ends_with_a_newline() throws IOException {
        String out = Cli.evaluate(Samples.PANDEMIC_RESPONSE.text()).out();
        JsonNode root = Samples.MAPPER.readTree(out);

        assertThat(out).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r").startsWith("{\n  \"schemaVersion\": \"1\",\n");
        assertThat(keys(root)).containsExactly("schemaVersion", "provenance", "governance");
        assertThat(root.get("schemaVersion").asText()).isEqualTo("1");
        assertThat(keys(root.get("provenance"))).containsExactly("library", "policyHash", "settings");
        assertThat(root.get("provenance").get("library").asText()).isEqualTo(CoalitionAdvisor.libraryVersion());
        assertThat(root.get("provenance").get("policyHash").asText()).isEqualTo(Advisors.defaultAdvisor().policyHash());
        JsonNode governance = root.get("governance");
        assertThat(keys(governance))
                .containsExactly("mode", "lead", "fit", "domains", "safeguards", "findings", "explanation");
        assertThat(governance.get("fit")).hasSize(Contingency.values().length);
        for (JsonNode fit : governance.get("fit")) {
            List<String> expected = new ArrayList<>(List.of("contingency", "value", "wanted", "matched", "reason"));
            if (fit.get("contingency").asText().equals("TRUST")) {
                expected.add(2, "centralization");
            }
            assertThat(keys(fit)).containsExactlyElementsOf(expected);
            assertThat(keys(fit.get("wanted"))).containsExactly("min", "max");
            assertThat(fit.get("value").isNumber()).isTrue();
            assertThat(fit.get("matched").isBoolean()).isTrue();
        }
        assertThat(keys(governance.get("domains")))
                .containsExactlyElementsOf(Arrays.stream(DecisionDomain.values()).map(Enum::name).toList());
        assertThat(governance.get("safeguards")).isNotEmpty();
        for (JsonNode safeguard : governance.get("safeguards")) {
            assertThat(keys(safeguard)).containsExactly("id", "parameters", "reason");
        }
        assertThat(governance.get("findings")).isNotEmpty();
        for (JsonNode finding : governance.get("findings")) {
            assertThat(keys(finding)).containsExactly("id", "severity", "subject", "reason");
        }
        assertThat(governance.get("explanation")).isNotEmpty();
        for (JsonNode step : governance.get("explanation")) {
            assertThat(keys(step)).containsExactly("rule", "reason", "inputs");
        }
    }

    @Test
    void provenance_lists_every_setting_with_a_typed_value() throws IOException {
        JsonNode settings = Samples.MAPPER.readTree(Cli.evaluate(Samples.FOUNDING_GROUP.text()).out())
                .get("provenance").get("settings");
        List<SettingDefinition> definitions = Advisors.defaultAdvisor().settingDefinitions();

        assertThat(keys(settings)).containsExactlyElementsOf(definitions.stream().map(SettingDefinition::name).toList());
        for (SettingDefinition d : definitions) {
            JsonNode value = settings.get(d.name());
            if (d.type() == SettingType.DOMAINS || d.type() == SettingType.WORDS) {
                assertThat(value.isArray()).as(d.name()).isTrue();
                assertThat(value).extracting(JsonNode::asText).as(d.name())
                        .containsExactlyElementsOf(((Collection<?>) d.defaultValue()).stream().map(String::valueOf).toList());
            } else if (d.type() == SettingType.TEXT) {
                assertThat(value.asText()).as(d.name()).isEqualTo(d.defaultValue());
            } else {
                assertThat(value.isNumber()).as(d.name()).isTrue();
                assertThat(value.asDouble()).as(d.name()).isEqualTo(((Number) d.defaultValue()).doubleValue());
            }
        }
        assertThat(settings.get("governance.fewMembers").isIntegralNumber()).isTrue();
        assertThat(settings.get("governance.hybrid.centralizedDomains"))
                .extracting(JsonNode::asText).containsExactly("TECHNICAL", "OPERATIONAL");
    }

    private static String mode(Samples sample) throws IOException {
        return Samples.MAPPER.readTree(Cli.evaluate(sample.text()).out()).get("governance").get("mode").asText();
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
