package dev.coalition.cli;

import static dev.coalition.cli.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --set} and {@code --policy} on {@code coalition evaluate}. */
class PolicyOptionsTest {

    private static JsonNode evaluateOk(String document, String... options) throws IOException {
        Cli.Result result = Cli.evaluate(document, options);
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        return Samples.MAPPER.readTree(result.out());
    }

    @Test
    void set_changes_the_setting_in_provenance_and_can_change_the_mode() throws IOException {
        JsonNode before = evaluateOk(Samples.CYBERSECURITY.text());
        JsonNode after = evaluateOk(Samples.CYBERSECURITY.text(), "--set", "governance.crisisUrgency=0.5");

        assertThat(before.at("/provenance/settings/governance.crisisUrgency").asDouble()).isEqualTo(0.8);
        assertThat(after.at("/provenance/settings/governance.crisisUrgency").asDouble()).isEqualTo(0.5);
        assertThat(after.at("/provenance/policyHash")).isEqualTo(before.at("/provenance/policyHash"));
        assertThat(before.at("/governance/mode").asText()).isEqualTo("HYBRID");
        assertThat(after.at("/governance/mode").asText()).isEqualTo("CENTRALIZED");
        assertThat(after.at("/governance/lead").isTextual()).isTrue();
    }

    @Test
    void set_is_repeatable_and_reads_domain_lists() throws IOException {
        JsonNode result = evaluateOk(Samples.CYBERSECURITY.text(),
                "--set", "governance.hybrid.centralizedDomains=TECHNICAL,FINANCIAL", "--set", "governance.quorum=0.6");

        assertThat(result.at("/provenance/settings/governance.hybrid.centralizedDomains"))
                .extracting(JsonNode::asText).containsExactly("TECHNICAL", "FINANCIAL");
        assertThat(result.at("/provenance/settings/governance.quorum").asDouble()).isEqualTo(0.6);
        assertThat(result.at("/governance/domains/FINANCIAL").asText()).isEqualTo("CENTRALIZED");
        assertThat(result.at("/governance/domains/OPERATIONAL").asText()).isEqualTo("DISTRIBUTED");
    }

    @Test
    void an_unknown_setting_is_refused_by_name() {
        assertRejected(Cli.evaluate(Samples.FOUNDING_GROUP.text(), "--set", "governance.crisisUrgncy=0.7"),
                "--set: unknown setting \"governance.crisisUrgncy\" (did you mean \"governance.crisisUrgency\"?); "
                        + "run 'coalition settings' to list them");
    }

    @Test
    void a_value_of_the_wrong_type_is_refused_naming_the_setting() {
        assertRejected(Cli.evaluate(Samples.FOUNDING_GROUP.text(), "--set", "governance.fewMembers=2.5"),
                "--set: governance.fewMembers: \"2.5\" is not an integer, e.g. 6");
    }

    @Test
    void every_bad_setting_is_reported_on_its_own_line() {
        Cli.Result result = Cli.evaluate(Samples.FOUNDING_GROUP.text(),
                "--set", "governance.crisisUrgency=1.5", "--set", "governance.quorum=0.4", "--set", "governance.nope=1");

        assertRejected(result,
                "--set: governance.crisisUrgency: 1.5 is outside 0..1",
                "--set: unknown setting \"governance.nope\"; run 'coalition settings' to list them");
    }

    @Test
    void a_set_without_equals_sign_is_a_usage_error() {
        assertRejected(Cli.evaluate(Samples.FOUNDING_GROUP.text(), "--set", "governance.crisisUrgency"),
                "--set: \"governance.crisisUrgency\" is not NAME=VALUE; give e.g. --set governance.crisisUrgency=0.7");
    }

    @Test
    void a_policy_that_does_not_compile_is_reported_by_file_and_line(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.drl"), """
                package dev.coalition.policies.extra;

                import dev.coalition.governance.GovernanceMode;

                rule "A broken rule"
                    @id("extra.broken")
                when
                    NoSuchFact( mode == GovernanceMode.CENTRALIZED )
                then
                    insert("never")
                end
                """);

        Cli.Result result = Cli.evaluate(Samples.FOUNDING_GROUP.text(), "--policy", dir.toString());

        Rejections.assertCleanRejection(result);
        assertThat(result.errLines()).allSatisfy(line -> assertThat(line).matches("broken\\.drl:\\d+(:\\d+)?: rule \"A broken rule\": .+"));
        assertThat(result.errLines()).anySatisfy(line -> assertThat(line).startsWith("broken.drl:8:").contains("NoSuchFact"));
    }

    @Test
    void compiling_a_policy_writes_nothing_to_the_process_streams(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.drl"), "package dev.coalition.policies.extra;\nrule \"Broken\" when X( then end\n");
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Cli.Result broken;
        Cli.Result changed;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            broken = Cli.evaluate(Samples.FOUNDING_GROUP.text(), "--policy", dir.toString());
            changed = Cli.evaluate(Samples.FOUNDING_GROUP.text(), "--set", "governance.quorum=0.7");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
        Rejections.assertCleanRejection(broken);
        assertThat(broken.errLines()).allSatisfy(line -> assertThat(line).startsWith("broken.drl:"));
        assertThat(changed.exitCode()).isZero();
        assertThat(changed.err()).isEmpty();
    }

    @Test
    void a_policy_directory_can_add_settings_of_its_own(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("extra.settings.properties"), """
                extra.threshold = 3
                extra.threshold.type = integer
                extra.threshold.min = 0
                extra.threshold.description = A threshold of the rule author's own.
                extra.threshold.source = This test.
                """);

        JsonNode result = evaluateOk(Samples.FOUNDING_GROUP.text(), "--policy", dir.toString(), "--set", "extra.threshold=5");

        assertThat(result.at("/provenance/settings/extra.threshold").asInt()).isEqualTo(5);
        assertThat(result.at("/provenance/policyHash").asText()).isNotEqualTo(Advisors.defaultAdvisor().policyHash());
        assertThat(result.at("/governance/mode").asText()).isEqualTo("DISTRIBUTED");
    }

    @Test
    void a_bad_value_for_a_setting_of_a_policy_directory_is_refused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("extra.settings.properties"), """
                extra.threshold = 3
                extra.threshold.type = integer
                extra.threshold.min = 0
                extra.threshold.description = A threshold of the rule author's own.
                extra.threshold.source = This test.
                """);

        assertRejected(Cli.evaluate(Samples.FOUNDING_GROUP.text(), "--policy", dir.toString(), "--set", "extra.threshold=-1"),
                "--set: extra.threshold: -1 is outside 0..");
    }

    @Test
    void a_malformed_settings_file_is_reported_by_file_and_line(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("extra.settings.properties"), "extra.threshold = 3\nextra.threshold.type = colour\n");

        Cli.Result result = Cli.evaluate(Samples.FOUNDING_GROUP.text(), "--policy", dir.toString());

        Rejections.assertCleanRejection(result);
        assertRejected(result, "extra.settings.properties:2: extra.threshold.type: \"colour\" is not a type; use integer, decimal, "
                + "domains, words or text");
    }

    @Test
    void a_missing_policy_directory_is_a_usage_error(@TempDir Path dir) {
        Path missing = dir.resolve("nope");

        assertRejected(Cli.evaluate(Samples.FOUNDING_GROUP.text(), "--policy", missing.toString()),
                "--policy " + missing + ": no such directory; give a directory of *.drl and *.settings.properties files");
    }

    @Test
    void a_policy_that_fails_while_deciding_is_an_error_of_one_line(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("boom.drl"), """
                package dev.coalition.policies.extra;

                import dev.coalition.core.Coalition;

                rule "A rule that fails"
                    @id("extra.boom")
                when
                    Coalition()
                then
                    throw new IllegalStateException("boom");
                end
                """);

        Cli.Result quiet = Cli.evaluate(Samples.FOUNDING_GROUP.text(), "--policy", dir.toString());
        Cli.Result debug = Cli.evaluate(Samples.FOUNDING_GROUP.text(), "--debug", "--policy", dir.toString());

        assertThat(quiet.exitCode()).isEqualTo(1);
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.errLines()).singleElement().asString()
                .startsWith("the policy failed: ").contains("A rule that fails").endsWith("(run with --debug for details)");
        assertThat(quiet.err()).doesNotContain("\tat ");
        assertThat(debug.exitCode()).isEqualTo(1);
        assertThat(debug.errLines().get(0)).startsWith("the policy failed: ").doesNotContain("--debug");
        assertThat(debug.err()).contains("\tat ");
    }
}
