package dev.coalition.cli;

import static dev.coalition.cli.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.rules.api.PolicyRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coalition rules}: every rule in force, one aligned line each, bundled, replaced or added. */
class RulesCommandTest {

    private static final String EXTRA = """
            // governance-extra.drl: a rule author's own finding.
            package dev.coalition.policies.governance;

            import dev.coalition.rules.governance.ModeChoice;

            rule "A chosen mode is worth noting"
                @id("governance.extra.noted")
                @source("our steering group, 2026")
            when
                ModeChoice()
            then
            end
            """;

    private static String bundled(String fileName) {
        try (InputStream in = RulesCommandTest.class.getResourceAsStream("/dev/coalition/policies/" + fileName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table's lines after the heading line: the column headings, then one line per rule. */
    private static List<String> table(Cli.Result result) {
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        List<String> lines = Arrays.asList(result.out().split("\n"));
        return lines.subList(1, lines.size());
    }

    @Test
    void lists_every_bundled_rule_with_id_area_location_origin_and_source_in_aligned_columns() {
        List<PolicyRule> rules = Advisors.defaultAdvisor().rules();
        Cli.Result result = Cli.run("rules");

        List<String> table = table(result);
        assertThat(result.out()).startsWith(rules.size() + " rules in force (");
        assertThat(result.out().lines().findFirst().orElseThrow())
                .endsWith(": " + rules.size() + " bundled, 0 replaced, 0 added");
        String headings = table.get(0);
        assertThat(headings).startsWith("ID  ").contains("AREA", "FILE:LINE", "ORIGIN").endsWith("SOURCE");
        assertThat(table).hasSize(rules.size() + 1);
        assertThat(rules).hasSizeGreaterThan(100);
        for (int i = 0; i < rules.size(); i++) {
            PolicyRule rule = rules.get(i);
            String line = table.get(i + 1);
            assertThat(line).startsWith(rule.id() + " ");
            assertThat(line.indexOf(" " + rule.area() + " ") + 1).as(line).isEqualTo(headings.indexOf("AREA"));
            assertThat(line.indexOf(rule.location())).as(line).isEqualTo(headings.indexOf("FILE:LINE"));
            assertThat(line.indexOf("bundled")).as(line).isEqualTo(headings.indexOf("ORIGIN"));
            assertThat(line.substring(headings.indexOf("SOURCE"))).isEqualTo(rule.source());
        }
        assertThat(table).anySatisfy(line -> assertThat(line).startsWith("governance.lead.most-trusted ")
                .contains(" governance ", " governance-lead.drl:18 ", " bundled ")
                .endsWith("Provan & Kenis 2008: lead organisation"));
    }

    @Test
    void a_policy_directory_shows_which_rules_replace_bundled_files_and_which_are_added(@TempDir Path dir) throws IOException {
        String lead = bundled("governance-lead.drl").replace("\"A lead organisation is the member the others trust most\"",
                "\"The most trusted member leads\"").replace("@source(\"Provan & Kenis 2008: lead organisation\")",
                "@source(\"our charter\")");
        Files.writeString(dir.resolve("governance-lead.drl"), lead);
        Files.writeString(dir.resolve("governance-extra.drl"), EXTRA);

        Cli.Result result = Cli.run("rules", "--policy", dir.toString());
        List<String> table = table(result);
        int origin = table.get(0).indexOf("ORIGIN");
        List<String> rules = table.subList(1, table.size());

        assertThat(rules).filteredOn(line -> line.startsWith("replaced", origin)).singleElement().satisfies(line -> assertThat(line)
                .startsWith("governance.lead.most-trusted ").contains(" governance-lead.drl:18 ").endsWith(" our charter"));
        assertThat(rules).filteredOn(line -> line.startsWith("added", origin)).singleElement().satisfies(line -> assertThat(line)
                .startsWith("governance.extra.noted ").contains(" governance ", " governance-extra.drl:6 ")
                .endsWith(" our steering group, 2026"));
        assertThat(rules).filteredOn(line -> line.startsWith("bundled", origin))
                .hasSize(Advisors.defaultAdvisor().rules().size() - 1);
        assertThat(result.out().lines().findFirst().orElseThrow())
                .endsWith(": " + (rules.size() - 2) + " bundled, 1 replaced, 1 added");
    }

    @Test
    void a_file_that_names_no_area_takes_part_in_all(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("my-rules.drl"), EXTRA.replace("governance.extra.noted", "mine.noted"));

        assertThat(table(Cli.run("rules", "--policy", dir.toString())))
                .anySatisfy(line -> assertThat(line).startsWith("mine.noted ").contains(" all ", " my-rules.drl:6 ", " added "));
    }

    @Test
    void a_policy_the_lint_refuses_is_reported_by_file_line_and_rule(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("governance-extra.drl"), EXTRA.replace("then\n", "then\n    System.exit(3);\n"));

        assertRejected(Cli.run("rules", "--policy", dir.toString()),
                "governance-extra.drl:12: rule \"A chosen mode is worth noting\": System is refused: a policy may not use "
                        + "System, as it could read the host's environment and properties, write to its streams or stop the "
                        + "JVM; compute what the rules need in Java and insert it as a fact (README, \"Policy files are code\")");
    }

    @Test
    void a_missing_policy_directory_is_refused() {
        assertRejected(Cli.run("rules", "--policy", "no-such-dir"),
                "--policy no-such-dir: no such directory; give a directory of *.drl and *.settings.properties files");
    }
}
