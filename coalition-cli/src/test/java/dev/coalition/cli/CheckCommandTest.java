package dev.coalition.cli;

import static dev.coalition.cli.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coalition check [--policy] DIR}: a sound policy is OK with its rule and file counts; each
 * kind of mistake a rule author makes in a copy of a bundled file is one line at the line of the
 * mistake, exit 2.
 */
class CheckCommandTest {

    private static final String MODE = bundled("governance-mode.drl");
    private static final String SETTINGS = bundled("governance.settings.properties");
    private static final String CRISIS_PATTERN = "GovernanceContext( $urgency : decisionUrgency >= $crisis )";
    private static final String CRISIS_RULE = "rule \"Acute urgency calls for a lead organisation\": ";

    @TempDir
    Path dir;

    static String bundled(String fileName) {
        try (InputStream in = CheckCommandTest.class.getResourceAsStream("/dev/coalition/policies/" + fileName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the first line containing the text. */
    static int lineOf(String text, String part) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + part);
    }

    private Cli.Result check(String fileName, String content) {
        write(fileName, content);
        return Cli.run("check", dir.toString());
    }

    private void write(String fileName, String content) {
        try {
            Files.writeString(dir.resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String brokenMode(String pattern) {
        String broken = MODE.replace(CRISIS_PATTERN, pattern);
        assertThat(broken).isNotEqualTo(MODE);
        return broken;
    }

    @Test
    void a_sound_policy_is_ok_given_positionally_or_with_policy() {
        write("governance.settings.properties", "governance.crisisUrgency = 0.99\n");

        Cli.Result positional = Cli.run("check", dir.toString());
        Cli.Result option = Cli.run("check", "--policy", dir.toString());

        assertThat(positional.exitCode()).isZero();
        assertThat(positional.err()).isEmpty();
        assertThat(positional.out()).matches("OK: \\d+ rules in 34 files\n");
        assertThat(option.out()).isEqualTo(positional.out());
        assertThat(option.exitCode()).isZero();
    }

    @Test
    void a_misspelt_field() {
        int line = lineOf(MODE, CRISIS_PATTERN);

        assertRejected(check("governance-mode.drl", brokenMode("GovernanceContext( $urgency : decisionUrgncy >= $crisis )")),
                "governance-mode.drl:" + line + ":35: " + CRISIS_RULE + "GovernanceContext has no field \"decisionUrgncy\" "
                        + "(did you mean decisionUrgency?); its fields are decisionUrgency, goalConsensus, networkCompetencyNeed, "
                        + "strategicStability");
    }

    @Test
    void an_unknown_fact_type() {
        int line = lineOf(MODE, CRISIS_PATTERN);

        Cli.Result result = check("governance-mode.drl", brokenMode("GovernanceContxt( $urgency : decisionUrgency >= $crisis )"));

        Rejections.assertCleanRejection(result);
        assertThat(result.errLines()).singleElement().asString().startsWith("governance-mode.drl:" + line + ":5: " + CRISIS_RULE
                + "unknown fact type \"GovernanceContxt\" (did you mean GovernanceContext?); the imported packages "
                + "dev.coalition.governance, dev.coalition.policy, dev.coalition.rules.governance hold ");
    }

    @Test
    void a_missing_parenthesis() {
        int line = lineOf(MODE, CRISIS_PATTERN);

        assertRejected(check("governance-mode.drl", brokenMode("GovernanceContext( $urgency : decisionUrgency >= $crisis")),
                "governance-mode.drl:" + line + ":61: " + CRISIS_RULE
                        + "missing ')': the '(' at column 22 is not closed before 'then'; close the pattern with ')'");
    }

    @Test
    void a_wrong_import() {
        String broken = MODE.replace("import dev.coalition.policy.Settings;\n",
                "import dev.coalition.policy.Settings;\nimport dev.coalition.policy.Severity;\n");

        assertRejected(check("governance-mode.drl", broken),
                "governance-mode.drl:" + lineOf(broken, "policy.Severity") + ":8: cannot import dev.coalition.policy.Severity: "
                        + "there is no such type; Severity is in dev.coalition.rules.api (import dev.coalition.rules.api.Severity;)");
    }

    @Test
    void a_duplicate_rule_name() {
        String broken = MODE.replace("rule \"Without a crisis the best-fitting mode is recommended\"",
                "rule \"Acute urgency calls for a lead organisation\"");

        assertRejected(check("governance-mode.drl", broken),
                "governance-mode.drl:" + lineOf(MODE, "rule \"Without a crisis") + ": " + CRISIS_RULE
                        + "duplicate rule name: \"Acute urgency calls for a lead organisation\" is already declared at "
                        + "governance-mode.drl:" + lineOf(MODE, "rule \"Acute urgency") + "; give each rule its own name");
    }

    @Test
    void an_unknown_setting_in_a_rule() {
        String broken = MODE.replaceFirst("number\\(\"governance.crisisUrgency\"\\)", "number(\"governance.crisisUrgncy\")");

        assertRejected(check("governance-mode.drl", broken),
                "governance-mode.drl:" + lineOf(broken, "governance.crisisUrgncy") + ":33: " + CRISIS_RULE
                        + "unknown setting \"governance.crisisUrgncy\" (did you mean \"governance.crisisUrgency\"?); "
                        + "define it in a *.settings.properties file beside the DRL");
    }

    @Test
    void an_unknown_setting_in_a_settings_file() {
        assertRejected(check("governance.settings.properties", "governance.crisisUrgncy = 0.9\n"),
                "governance.settings.properties:1: unknown setting \"governance.crisisUrgncy\" (did you mean "
                        + "\"governance.crisisUrgency\"?); a value alone changes a setting defined elsewhere, and a new setting "
                        + "needs governance.crisisUrgncy = DEFAULT, governance.crisisUrgncy.type (integer, decimal, domains, "
                        + "words or text), governance.crisisUrgncy.description, governance.crisisUrgncy.source and, for "
                        + "numbers, governance.crisisUrgncy.min or governance.crisisUrgncy.max");
    }

    @Test
    void a_value_only_override_is_ok_and_an_out_of_range_one_is_not() {
        Cli.Result ok = check("governance.settings.properties", "governance.crisisUrgency = 0.99\n");
        Cli.Result outOfRange = check("governance.settings.properties", "# crisis\n\ngovernance.crisisUrgency = 1.5\n");

        assertThat(ok.exitCode()).isZero();
        assertRejected(outOfRange, "governance.settings.properties:3: governance.crisisUrgency: 1.5 is outside 0..1; "
                + "give a decimal number in 0..1");
    }

    @Test
    void a_new_setting_without_type() {
        assertRejected(check("my.settings.properties", "my.threshold = 3\nmy.threshold.description = A threshold.\n"),
                "my.settings.properties:1: my.threshold.type is missing: a new setting needs my.threshold = DEFAULT, "
                        + "my.threshold.type (integer, decimal, domains, words or text), my.threshold.description, "
                        + "my.threshold.source and, for numbers, my.threshold.min or my.threshold.max");
    }

    @Test
    void a_copied_settings_file_with_a_value_changed_is_ok() {
        assertThat(check("governance.settings.properties",
                SETTINGS.replace("governance.crisisUrgency = 0.8", "governance.crisisUrgency = 0.99")).out()).startsWith("OK: ");
    }

    @Test
    void a_missing_directory_or_none_is_a_usage_error() {
        Path missing = dir.resolve("nope");

        assertRejected(Cli.run("check", missing.toString()),
                missing + ": no such directory; give a directory of *.drl and *.settings.properties files");
        assertRejected(Cli.run("check", "--policy", missing.toString()),
                "--policy " + missing + ": no such directory; give a directory of *.drl and *.settings.properties files");
        assertRejected(Cli.run("check"),
                "check: give the policy directory, e.g. 'coalition check my-policy' or 'coalition check --policy my-policy'");
    }
    @Test
    void java_a_policy_may_not_use_is_refused_as_a_problem_not_an_internal_error() {
        Cli.Result result = check("governance-extra.drl", """
                package dev.coalition.policies.governance;

                import dev.coalition.rules.governance.ModeChoice;

                rule "A chosen mode is worth noting"
                    @id("extra.noted")
                    @source("our steering group")
                when
                    ModeChoice( $m : mode )
                then
                    System.out.println("chosen: " + $m);
                end
                """);

        assertRejected(result, "governance-extra.drl:11: rule \"A chosen mode is worth noting\": System is refused: a policy may "
                + "not use System, as it could read the host's environment and properties, write to its streams or stop the JVM; "
                + "compute what the rules need in Java and insert it as a fact (README, \"Policy files are code\")");
    }

    // --- --fairness: the fairness laws on distributions the policy decides ---

    @Test
    void a_value_policy_that_shares_equally_when_the_game_should_decide_breaks_the_null_player_law() {
        String honoured = "insert(new PrincipleAssessment(Principle.RECOGNITION_OF_ALL_VALUE_TYPES, true, \"SHAPLEY\",";
        String policy = bundled("value-policy.drl");
        assertThat(policy).contains(honoured);
        write("value-policy.drl", policy.replace(honoured,
                "insert(new PrincipleAssessment(Principle.RECOGNITION_OF_ALL_VALUE_TYPES, true, \"EQUAL\","));

        Cli.Result result = Cli.run("check", "--fairness", "--seed", "42", "--cases", "200", dir.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        assertThat(result.out()).startsWith("OK: ")
                .contains("Fairness check of advisor (policy sha256:", "200 cases from seed 42")
                .containsPattern("  BROKEN NULL_PLAYER_GETS_NOTHING +in \\d+ of \\d+ cases; first in case \\d+")
                .contains("NULL_PLAYER_GETS_NOTHING broken by advisor (applying EQUAL)", "FAILED: 1 of 10 laws broken");
    }

    @Test
    void a_sound_value_policy_keeps_every_law_and_without_fairness_none_is_checked() {
        write("value-policy.drl", bundled("value-policy.drl"));

        Cli.Result fair = Cli.run("check", "--fairness", "--cases", "50", dir.toString());
        Cli.Result plain = Cli.run("check", dir.toString());

        assertThat(fair.exitCode()).as(fair.err()).isZero();
        assertThat(fair.out()).contains("50 cases from seed 1", "PASSED: every law held (10 laws, 50 cases)");
        assertThat(plain.out()).doesNotContain("Fairness");
    }

    @Test
    void a_number_of_cases_out_of_range_or_a_seed_without_fairness_is_a_usage_error() {
        write("governance.settings.properties", "governance.crisisUrgency = 0.99\n");

        assertRejected(Cli.run("check", "--fairness", "--cases", "0", dir.toString()),
                "--cases: 0 is outside 1..1000000; give e.g. --cases 200");
        assertRejected(Cli.run("check", "--seed", "7", dir.toString()),
                "--seed: only --fairness generates cases; add --fairness or leave the option out");
    }
}
