package dev.coalition.cli;

import static dev.coalition.cli.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coalition.policy.SettingDefinition;
import dev.coalition.policy.SettingType;
import dev.coalition.policy.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coalition settings}: every setting, readable and as JSON. */
class SettingsCommandTest {

    private static final Settings DEFAULTS = Advisors.defaultAdvisor().settings();

    @Test
    void lists_every_setting_with_type_range_default_current_value_description_and_source() {
        Cli.Result result = Cli.run("settings");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        String flat = result.out().replaceAll("\\s+", " ");
        assertThat(DEFAULTS.definitions()).hasSizeGreaterThan(10);
        for (SettingDefinition d : DEFAULTS.definitions()) {
            String value = DEFAULTS.text(d.name());
            assertThat(result.out()).contains("\n" + d.name() + " = " + value + "\n");
            String block = flat.substring(flat.indexOf(" " + d.name() + " = "));
            assertThat(block).contains("type: " + d.type().name().toLowerCase())
                    .contains("range: " + (d.range().isEmpty() ? "any" : d.range()))
                    .contains("default: " + value)
                    .contains("current: " + value)
                    .contains("description: " + d.description().replaceAll("\\s+", " "))
                    .contains("source: " + d.source().replaceAll("\\s+", " "));
        }
    }

    @Test
    void shows_a_changed_value_beside_its_default() {
        Cli.Result result = Cli.run("settings", "--set", "governance.crisisUrgency=0.7");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("\ngovernance.crisisUrgency = 0.7   (changed; default 0.8)\n")
                .contains("  default:     0.8\n  current:     0.7\n");
    }

    @Test
    void shows_where_each_value_came_from(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("governance.settings.properties"), "# our threshold\ngovernance.crisisUrgency = 0.99\n");
        int quorumLine = CheckCommandTest.lineOf(CheckCommandTest.bundled("governance.settings.properties"), "governance.quorum =");

        Cli.Result result = Cli.run("settings", "--policy", dir.toString(), "--set", "governance.fewMembers=5");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("\ngovernance.crisisUrgency = 0.99   (changed; default 0.8)\n")
                .contains("  current:     0.99\n  value from:  " + dir.resolve("governance.settings.properties") + ":2\n")
                .contains("  current:     5\n  value from:  --set\n")
                .contains("  current:     0.5\n  value from:  bundled governance.settings.properties:" + quorumLine + "\n");
        JsonNode json = Samples.MAPPER.readTree(Cli.run("settings", "--json", "--policy", dir.toString()).out());
        assertThat(json.get("settings")).filteredOn(s -> s.get("name").asText().equals("governance.crisisUrgency"))
                .singleElement().satisfies(s -> assertThat(s.get("valueFrom").asText())
                        .isEqualTo(dir.resolve("governance.settings.properties") + ":2"));
    }

    @Test
    void lists_every_setting_as_json() throws IOException {
        Cli.Result result = Cli.run("settings", "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode root = Samples.MAPPER.readTree(result.out());
        assertThat(root.get("provenance").get("policyHash").asText()).isEqualTo(Advisors.defaultAdvisor().policyHash());
        List<String> names = new ArrayList<>();
        for (JsonNode s : root.get("settings")) {
            names.add(s.get("name").asText());
            List<String> keys = new ArrayList<>();
            s.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactly("name", "type", "default", "value", "valueFrom", "min", "max", "description", "source");
            SettingDefinition d = DEFAULTS.definition(s.get("name").asText());
            assertThat(s.get("type").asText()).isEqualTo(d.type().name().toLowerCase());
            assertThat(s.get("description").asText()).isEqualTo(d.description());
            assertThat(s.get("source").asText()).isEqualTo(d.source());
            if (d.type() == SettingType.DOMAINS || d.type() == SettingType.WORDS) {
                assertThat(s.get("value").isArray()).isTrue();
            } else if (d.type() == SettingType.TEXT) {
                assertThat(s.get("value").asText()).isEqualTo(d.defaultValue());
            } else {
                assertThat(s.get("value").asDouble()).isEqualTo(((Number) d.defaultValue()).doubleValue());
            }
        }
        assertThat(names).containsExactlyElementsOf(DEFAULTS.definitions().stream().map(SettingDefinition::name).toList());
    }

    @Test
    void json_shows_the_current_value() throws IOException {
        JsonNode root = Samples.MAPPER.readTree(Cli.run("settings", "--json", "--set", "governance.fewMembers=5").out());

        for (JsonNode s : root.get("settings")) {
            if (s.get("name").asText().equals("governance.fewMembers")) {
                assertThat(s.get("default").asInt()).isEqualTo(6);
                assertThat(s.get("value").asInt()).isEqualTo(5);
                return;
            }
        }
        throw new AssertionError("governance.fewMembers is not listed");
    }

    @Test
    void a_bad_setting_is_refused() {
        assertRejected(Cli.run("settings", "--set", "governance.fewMembers=many"),
                "--set: governance.fewMembers: \"many\" is not an integer, e.g. 6");
    }
}
