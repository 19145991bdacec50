package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coalition test}: scenario files run against the policy, PASS and FAIL lines, exit codes. */
class TestCommandTest {

    @TempDir
    Path dir;

    /** A scenario on a sample, with its expectations to fill in. */
    private static ObjectNode scenario(String name, Samples sample) {
        ObjectNode scenario = Samples.MAPPER.createObjectNode();
        scenario.put("name", name);
        scenario.set("document", sample.tree());
        scenario.putObject("expect");
        return scenario;
    }

    private static ObjectNode expect(ObjectNode scenario) {
        return (ObjectNode) scenario.get("expect");
    }

    private Path write(String file, Object scenario) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, scenario instanceof String text ? text : Samples.json(scenario));
        return path;
    }

    private static Cli.Result test(Object... args) {
        String[] all = new String[args.length + 1];
        all[0] = "test";
        for (int i = 0; i < args.length; i++) {
            all[i + 1] = args[i].toString();
        }
        return Cli.run(all);
    }

    @Test
    void a_scenario_whose_expectations_hold_passes_with_exit_0() throws IOException {
        ObjectNode cyber = scenario("cybersecurity is hybrid", Samples.CYBERSECURITY);
        expect(cyber).put("governance.mode", "HYBRID");
        expect(cyber).putNull("governance.lead");
        expect(cyber).put("governance.fit[1].value", 10.0);
        expect(cyber).putArray("governance.findings");

        Cli.Result result = test(write("cyber.scenario.json", cyber));

        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("PASS cybersecurity is hybrid\n1 passed, 0 failed\n");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void a_value_that_differs_fails_with_one_line_per_expectation_and_exit_3() throws IOException {
        ObjectNode cyber = scenario("cyber", Samples.CYBERSECURITY);
        expect(cyber).put("governance.mode", "CENTRALIZED");
        expect(cyber).put("governance.domains.TECHNICAL", "CENTRALIZED");
        expect(cyber).put("governance.fit[0].matched", false);

        Cli.Result result = test(write("cyber.scenario.json", cyber));

        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("""
                FAIL cyber: governance.mode: expected "CENTRALIZED", got "HYBRID"
                FAIL cyber: governance.fit[0].matched: expected false, got true
                0 passed, 1 failed
                """);
        assertThat(result.exitCode()).isEqualTo(TestCommand.SCENARIO_FAILED);
    }

    @Test
    void a_path_the_answer_does_not_have_fails_naming_the_keys_where_it_stops() throws IOException {
        ObjectNode cyber = scenario("cyber", Samples.CYBERSECURITY);
        expect(cyber).put("governance.mod", "HYBRID");
        expect(cyber).put("conflicts[0].stage", 4);
        expect(cyber).put("governance.fit[7].value", 1);
        expect(cyber).put("governance.mode.name", "HYBRID");

        Cli.Result result = test(write("cyber.scenario.json", cyber));

        assertThat(result.out().lines()).containsExactly(
                "FAIL cyber: governance.mod: does not exist: governance has no key \"mod\"; its keys are mode, lead, fit, "
                        + "domains, safeguards, findings, explanation",
                "FAIL cyber: conflicts[0].stage: does not exist: the answer has no key \"conflicts\"; its keys are "
                        + "schemaVersion, provenance, governance",
                "FAIL cyber: governance.fit[7].value: does not exist: governance.fit has 7 items, governance.fit[0] to "
                        + "governance.fit[6]",
                "FAIL cyber: governance.mode.name: does not exist: governance.mode is a string, not an object",
                "0 passed, 1 failed");
        assertThat(result.exitCode()).isEqualTo(TestCommand.SCENARIO_FAILED);
    }

    @Test
    void a_path_with_a_star_collects_a_field_over_a_list_compared_as_a_set() throws IOException {
        // the pandemic response has CATEGORY_WITHOUT_SEAT three times, then CRISIS_OVERRIDE
        ObjectNode anyOrder = scenario("any order", Samples.PANDEMIC_RESPONSE);
        expect(anyOrder).putArray("governance.findings[*].id").add("CRISIS_OVERRIDE").add("CATEGORY_WITHOUT_SEAT");
        ObjectNode oneMissing = scenario("one missing", Samples.PANDEMIC_RESPONSE);
        expect(oneMissing).putArray("governance.findings[*].id").add("CATEGORY_WITHOUT_SEAT");
        ObjectNode oneTooMany = scenario("one too many", Samples.PANDEMIC_RESPONSE);
        expect(oneTooMany).putArray("governance.findings[*].id").add("CATEGORY_WITHOUT_SEAT").add("CRISIS_OVERRIDE")
                .add("POOR_FIT");

        Cli.Result result = test(write("a.scenario.json", anyOrder), write("b.scenario.json", oneMissing),
                write("c.scenario.json", oneTooMany));

        String got = "got [\"CATEGORY_WITHOUT_SEAT\",\"CATEGORY_WITHOUT_SEAT\",\"CATEGORY_WITHOUT_SEAT\",\"CRISIS_OVERRIDE\"]";
        assertThat(result.out().lines()).containsExactly(
                "PASS any order",
                "FAIL one missing: governance.findings[*].id: expected [\"CATEGORY_WITHOUT_SEAT\"], " + got,
                "FAIL one too many: governance.findings[*].id: expected [\"CATEGORY_WITHOUT_SEAT\",\"CRISIS_OVERRIDE\","
                        + "\"POOR_FIT\"], " + got,
                "1 passed, 2 failed");
    }

    @Test
    void a_quoted_key_holds_dots_and_scenario_settings_apply_to_their_scenario_only() throws IOException {
        ObjectNode raised = scenario("threshold raised", Samples.PANDEMIC_RESPONSE);
        raised.putObject("settings").put("governance.crisisUrgency", "0.96");
        expect(raised).put("provenance.settings[\"governance.crisisUrgency\"]", 0.96);
        expect(raised).put("governance.mode", "HYBRID");
        ObjectNode byDefault = scenario("default threshold", Samples.PANDEMIC_RESPONSE);
        expect(byDefault).put("provenance.settings[\"governance.crisisUrgency\"]", 0.8);
        expect(byDefault).put("governance.mode", "CENTRALIZED");

        Cli.Result result = test(write("1.scenario.json", raised), write("2.scenario.json", byDefault));

        assertThat(result.out()).isEqualTo("PASS threshold raised\nPASS default threshold\n2 passed, 0 failed\n");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void a_setting_the_policy_refuses_fails_its_scenario() throws IOException {
        ObjectNode scenario = scenario("too urgent", Samples.PANDEMIC_RESPONSE);
        scenario.putObject("settings").put("governance.crisisUrgency", 1.5);
        expect(scenario).put("governance.mode", "HYBRID");

        Cli.Result result = test(write("s.scenario.json", scenario));

        assertThat(result.out()).isEqualTo("FAIL too urgent: settings: governance.crisisUrgency: 1.5 is outside 0..1\n"
                + "0 passed, 1 failed\n");
        assertThat(result.exitCode()).isEqualTo(TestCommand.SCENARIO_FAILED);
    }

    @Test
    void an_invalid_document_fails_with_its_problems_and_every_other_scenario_still_runs() throws IOException {
        ObjectNode invalid = scenario("unknown member", Samples.FOUNDING_GROUP);
        ((ArrayNode) invalid.get("document").get("members").get(1).get("trusts")).add("nobody");
        ((ObjectNode) invalid.get("document").get("context")).put("goalConsensus", 1.5);
        expect(invalid).put("governance.mode", "DISTRIBUTED");
        ObjectNode valid = scenario("valid", Samples.FOUNDING_GROUP);
        expect(valid).put("governance.mode", "DISTRIBUTED");

        Cli.Result result = test(write("a.scenario.json", invalid), write("b.scenario.json", valid));

        assertThat(result.out().lines()).containsExactly(
                "FAIL unknown member: members[1].trusts[3]: unknown member \"nobody\"",
                "FAIL unknown member: context.goalConsensus: 1.5 is outside 0..1",
                "PASS valid",
                "1 passed, 1 failed");
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isEqualTo(TestCommand.SCENARIO_FAILED);
    }

    @Test
    void a_malformed_scenario_file_is_reported_on_stderr_with_exit_2_even_when_a_scenario_fails() throws IOException {
        ObjectNode unknownKey = scenario("unknown key", Samples.FOUNDING_GROUP);
        expect(unknownKey).put("governance.mode", "DISTRIBUTED");
        unknownKey.put("expected", "DISTRIBUTED");
        ObjectNode noExpect = scenario("no expect", Samples.FOUNDING_GROUP);
        noExpect.remove("expect");
        noExpect.remove("name");
        ObjectNode badPath = scenario("bad path", Samples.FOUNDING_GROUP);
        expect(badPath).put("governance..mode", "DISTRIBUTED");
        expect(badPath).put("governance.findings[*].id", "POOR_FIT");
        ObjectNode failing = scenario("failing", Samples.FOUNDING_GROUP);
        expect(failing).put("governance.mode", "HYBRID");

        Cli.Result result = test(write("a.scenario.json", unknownKey), write("b.scenario.json", noExpect),
                write("c.scenario.json", badPath), write("d.scenario.json", "{\"name\": \"cut short\", \"expect\": {"),
                write("e.scenario.json", "[]"), write("f.scenario.json", failing));

        String a = dir.resolve("a.scenario.json").toString();
        String b = dir.resolve("b.scenario.json").toString();
        String c = dir.resolve("c.scenario.json").toString();
        assertThat(result.errLines()).containsExactly(
                a + ": expected: unknown field (did you mean \"expect\"?); the fields of a scenario are name, document, "
                        + "settings, expect",
                b + ": name: is missing; a scenario needs name, document, expect (settings is optional)",
                b + ": expect: is missing; a scenario needs name, document, expect (settings is optional)",
                c + ": expect[\"governance..mode\"]: is not a path: expected a key after '.' (a word; quote any other key "
                        + "as [\"key\"]) at character 12; write paths as the problems do, e.g. governance.findings[0].id, "
                        + "governance.findings[*].id, provenance.settings[\"governance.crisisUrgency\"]",
                c + ": expect[\"governance.findings[*].id\"]: must be an array, not a string: a path with [*] collects a "
                        + "list of values, compared as a set, e.g. {\"governance.findings[*].id\": [\"POOR_FIT\"]}",
                dir.resolve("d.scenario.json") + ": line 1, column 34: Unexpected end-of-input: expected close marker for "
                        + "Object (opened at line 1, column 33)",
                dir.resolve("e.scenario.json") + ": must be a JSON object with name, document, settings (optional) and "
                        + "expect, not an array");
        assertThat(result.out()).isEqualTo("FAIL failing: governance.mode: expected \"HYBRID\", got \"DISTRIBUTED\"\n"
                + "0 passed, 1 failed\n");
        assertThat(result.exitCode()).isEqualTo(ErrorReporter.INVALID_INPUT);
    }

    @Test
    void a_policy_that_does_not_build_stops_the_run_with_exit_2_even_with_failing_scenarios() throws IOException {
        Path policy = Files.createDirectory(dir.resolve("policy"));
        Files.writeString(policy.resolve("broken.drl"), "package dev.coalition.policies.extra;\nrule \"Broken\" when X( then end\n");
        ObjectNode failing = scenario("failing", Samples.FOUNDING_GROUP);
        expect(failing).put("governance.mode", "HYBRID");

        Cli.Result result = test("--policy", policy, write("scenarios/f.scenario.json", failing));

        Rejections.assertCleanRejection(result);
        assertThat(result.errLines()).allSatisfy(line -> assertThat(line).startsWith("broken.drl:"));
    }

    @Test
    void a_directory_is_searched_recursively_for_scenario_files_in_sorted_order() throws IOException {
        for (String file : new String[] {"b/z.scenario.json", "a/deeper/y.scenario.json", "a/x.scenario.json", "c.scenario.json"}) {
            ObjectNode scenario = scenario(file, Samples.FOUNDING_GROUP);
            expect(scenario).put("governance.mode", "DISTRIBUTED");
            write("tree/" + file, scenario);
        }
        write("tree/a/not-a-scenario.json", "{\"this\": \"is ignored\"}");

        Cli.Result result = test(dir.resolve("tree"));

        assertThat(result.out().lines()).containsExactly("PASS a/deeper/y.scenario.json", "PASS a/x.scenario.json",
                "PASS b/z.scenario.json", "PASS c.scenario.json", "4 passed, 0 failed");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void a_path_that_does_not_exist_or_holds_no_scenario_is_exit_2() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));

        Cli.Result result = test(dir.resolve("nope.scenario.json"), empty);

        assertThat(result.errLines()).containsExactly(dir.resolve("nope.scenario.json") + ": cannot read: no such file or directory",
                empty + ": holds no scenario file; scenario files are named NAME.scenario.json");
        assertThat(result.out()).isEqualTo("0 passed, 0 failed\n");
        assertThat(result.exitCode()).isEqualTo(ErrorReporter.INVALID_INPUT);
    }

    @Test
    void no_path_is_a_usage_error() {
        Rejections.assertRejected(Cli.run("test"), "Missing required parameter: 'PATH' (see 'coalition test --help')");
    }
}
