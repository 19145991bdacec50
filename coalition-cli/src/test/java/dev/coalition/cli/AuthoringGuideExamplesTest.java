package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of {@code docs/authoring-guide.md} run as the guide says: each policy checks,
 * each scenario passes with the policy and the change shows without it, and the files the guide
 * prints are the files in {@code docs/examples/}.
 */
class AuthoringGuideExamplesTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final Path EIGHT = DOCS.resolve("examples/eight-is-few");
    private static final Path HOUSE = DOCS.resolve("examples/house-rules");

    @Test
    void raising_few_members_to_eight_turns_an_eight_member_coalition_from_hybrid_to_shared_governance() {
        Cli.Result check = Cli.run("check", EIGHT.resolve("policy").toString());
        Cli.Result withPolicy = Cli.run("test", "--policy", EIGHT.resolve("policy").toString(), EIGHT.resolve("scenarios").toString());
        Cli.Result bundled = Cli.run("test", EIGHT.resolve("scenarios").toString());

        assertThat(check.out()).isEqualTo("OK: 193 rules in 34 files\n");
        assertThat(withPolicy.exitCode()).as(withPolicy.err()).isZero();
        assertThat(withPolicy.out()).isEqualTo("""
                PASS eight members are few: no hybrid structure, shared governance that fits badly
                PASS before the change: eight members are many enough for a hybrid structure
                2 passed, 0 failed
                """);
        assertThat(bundled.exitCode()).as("without the policy the bundled value 6 stands").isEqualTo(3);
        assertThat(bundled.out()).contains("FAIL eight members are few: no hybrid structure, shared governance that fits badly: "
                + "governance.mode: expected \"DISTRIBUTED\", got \"HYBRID\"", "1 passed, 1 failed");
    }

    @Test
    void the_eight_member_coalition_is_hybrid_by_default_and_shared_with_the_policy() {
        String document = EIGHT.resolve("eight-members.json").toString();

        Cli.Result before = Cli.run("evaluate", "--format", "text", document);
        Cli.Result after = Cli.run("evaluate", "--format", "text", "--policy", EIGHT.resolve("policy").toString(), document);

        assertThat(before.out()).contains("Mode: HYBRID");
        assertThat(after.out()).contains("Mode: DISTRIBUTED", "A hybrid structure is ruled out. The coalition's number of "
                + "participants, 8, lies outside the band a layered, hybrid structure wants (9 or more).");
    }

    @Test
    void a_rule_of_our_own_with_a_setting_of_our_own_checks_and_raises_its_finding() {
        Cli.Result check = Cli.run("check", HOUSE.resolve("policy").toString());
        Cli.Result scenarios = Cli.run("test", "--policy", HOUSE.resolve("policy").toString(), HOUSE.resolve("scenarios").toString());

        assertThat(check.out()).isEqualTo("OK: 194 rules in 35 files\n");
        assertThat(scenarios.exitCode()).as(scenarios.out() + scenarios.err()).isZero();
        assertThat(scenarios.out()).endsWith("2 passed, 0 failed\n");
    }

    @Test
    void the_guide_prints_the_example_files_as_they_are() throws IOException {
        String guide = read(DOCS.resolve("authoring-guide.md"));

        assertThat(guide).contains(read(EIGHT.resolve("policy/governance.settings.properties")),
                read(HOUSE.resolve("policy/house.settings.properties")),
                read(HOUSE.resolve("policy/governance-house-rules.drl")));
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }
}
