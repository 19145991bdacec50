package dev.coalition.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.coalition.policy.Settings;
import dev.coalition.rules.api.PolicyCompilationException;
import dev.coalition.rules.api.PolicyDiagnostic;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the compiler checks before Drools sees a policy: unique rule names and ids across files, an
 * {@code @id} on every rule, and every setting a rule reads defined with the type its accessor
 * reads; each problem named by file, line, column and rule, in load order.
 */
class PolicyCompilerChecksTest {

    private static final Settings SETTINGS = settings("""
            house.count = 3
            house.count.type = integer
            house.count.description = A count.
            house.count.source = A test.
            house.share = 0.5
            house.share.type = decimal
            house.share.description = A share.
            house.share.source = A test.
            house.domains = FINANCIAL
            house.domains.type = domains
            house.domains.description = Domains.
            house.domains.source = A test.
            house.words = alpha, beta
            house.words.type = words
            house.words.description = Words.
            house.words.source = A test.
            house.line = a line
            house.line.type = text
            house.line.description = A line.
            house.line.source = A test.
            """);

    private static Settings settings(String properties) {
        try {
            return Settings.of(Settings.readDefinitions(new StringReader(properties), "house.settings.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PolicySource drl(String file, String... rules) {
        StringBuilder text = new StringBuilder("package dev.example.house;\n");
        for (String rule : rules) {
            text.append(rule).append('\n');
        }
        return new PolicySource(file, text.toString(), file);
    }

    /** A rule of three lines, with an id when {@code id} is not null and a condition reading settings. */
    private static String rule(String name, String id, String condition) {
        return "rule \"" + name + "\"" + (id == null ? "" : " @id(\"" + id + "\")") + "\nwhen " + condition + "\nthen end";
    }

    private static List<PolicyDiagnostic> problems(PolicySource... drls) {
        try {
            PolicyCompiler.check(List.of(drls), SETTINGS);
            return List.of();
        } catch (PolicyCompilationException e) {
            return e.diagnostics();
        }
    }

    @Test
    void aPolicyWithoutProblemsPasses() {
        assertThatCode(() -> PolicyCompiler.check(List.of(drl("a.drl",
                rule("Reads each setting", "house.reads",
                        "eval(integer(\"house.count\") > number(\"house.share\") && number(\"house.count\") > 0 "
                                + "&& domains(\"house.domains\") != null && words(\"house.words\") != null "
                                + "&& line(\"house.line\") != null)"))), SETTINGS))
                .doesNotThrowAnyException();
    }

    @Test
    void aRuleNameUsedTwiceAcrossFilesNamesWhereItWasFirstDeclared() {
        List<PolicyDiagnostic> problems = problems(
                drl("a.drl", rule("Same name", "house.one", "")),
                drl("b.drl", "", rule("Same name", "house.two", "")));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("b.drl");
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.rule()).isEqualTo("Same name");
            assertThat(d.message()).isEqualTo("duplicate rule name: \"Same name\" is already declared at a.drl:2; "
                    + "give each rule its own name");
        });
    }

    @Test
    void aRuleWithoutAnIdAndAnIdUsedTwiceAreRefused() {
        List<PolicyDiagnostic> problems = problems(drl("a.drl",
                rule("First", "house.same", ""),
                rule("Second", null, ""),
                rule("Third", "house.same", "")));

        assertThat(problems).extracting(PolicyDiagnostic::line, PolicyDiagnostic::rule, PolicyDiagnostic::message)
                .containsExactly(
                        tuple(5, "Second", "the rule has no @id(\"...\") metadata; give it a stable id such as "
                                + "@id(\"governance.my-rule\")"),
                        tuple(8, "Third", "duplicate rule id \"house.same\": already used at a.drl:2"));
    }

    @Test
    void anUnknownSettingIsNamedAtItsColumnWithTheNearestKnownName() {
        List<PolicyDiagnostic> problems = problems(drl("a.drl", rule("Reads", "house.reads", "eval(integer(\"house.cout\") > 1)")));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.column()).isEqualTo(20);
            assertThat(d.rule()).isEqualTo("Reads");
            assertThat(d.message()).isEqualTo("unknown setting \"house.cout\" (did you mean \"house.count\"?); "
                    + "define it in a *.settings.properties file beside the DRL");
        });
    }

    @Test
    void eachAccessorReadsOnlyItsOwnTypeAndTheMessageNamesTheRightOne() {
        List<PolicyDiagnostic> problems = problems(drl("a.drl", rule("Reads", "house.reads",
                "eval(integer(\"house.share\") + words(\"house.domains\") + domains(\"house.words\") "
                        + "+ line(\"house.count\") + number(\"house.line\"))")));

        assertThat(problems).extracting(PolicyDiagnostic::message).containsExactly(
                "setting \"house.share\" is a decimal number; read it with number(\"house.share\"), not integer(...)",
                "setting \"house.domains\" is a comma-separated list of decision domains; read it with "
                        + "domains(\"house.domains\"), not words(...)",
                "setting \"house.words\" is a comma-separated list of words; read it with words(\"house.words\"), "
                        + "not domains(...)",
                "setting \"house.count\" is an integer; read it with integer(\"house.count\"), not line(...)",
                "setting \"house.line\" is a line of text; read it with line(\"house.line\"), not number(...)");
    }

    @Test
    void problemsAreListedInLoadOrderThenByLineWithTheRefusalsOfTheLint() {
        PolicySource first = drl("z-first.drl", rule("No id", null, ""), rule("Exits", "house.exits", "eval(true)")
                .replace("then end", "then System.exit(0); end"));
        PolicySource second = drl("a-second.drl", rule("Also no id", null, ""));

        assertThatThrownBy(() -> PolicyCompiler.check(List.of(first, second), SETTINGS))
                .isInstanceOfSatisfying(PolicyCompilationException.class, e -> assertThat(e.diagnostics())
                        .extracting(PolicyDiagnostic::file, PolicyDiagnostic::line)
                        .containsExactly(tuple("z-first.drl", 2), tuple("z-first.drl", 7), tuple("a-second.drl", 2)));
    }

    @Test
    void theFolderOfAFileFollowsItsPackage() {
        assertThat(PolicyCompiler.folderOf("// a policy\n  package dev.example.house;\nrule ...")).isEqualTo("dev/example/house/");
        assertThat(PolicyCompiler.folderOf("package dev.example\nrule ...")).isEqualTo("dev/example/");
        assertThat(PolicyCompiler.folderOf("rule \"No package\" when then end")).isEmpty();
    }

    @Test
    void withinAFileSettingProblemsAndRuleProblemsAreInLineOrder() {
        PolicySource first = drl("z-first.drl",
                rule("Reads", "house.reads", "eval(integer(\"house.nothing\") > 1)"),
                rule("No id", null, ""));
        PolicySource second = drl("a-second.drl", rule("Also no id", null, ""));

        assertThat(problems(first, second)).extracting(PolicyDiagnostic::file, PolicyDiagnostic::line)
                .containsExactly(tuple("z-first.drl", 3), tuple("z-first.drl", 5), tuple("a-second.drl", 2));
    }

    @Test
    void aCompilingPolicyHasNoProblems() {
        assertThat(PolicyCompiler.problems(List.of(drl("a.drl", rule("Fine", "house.fine", ""))), SETTINGS)).isEmpty();
    }

    @Test
    void theLintsRefusalsAndTheOutlinesProblemsComeInLoadOrder() {
        PolicySource first = drl("z-first.drl", rule("Exits", "house.exits", "").replace("then end", "then System.exit(0); end"));
        PolicySource second = drl("a-second.drl", rule("No id", null, ""));

        assertThat(PolicyCompiler.problems(List.of(first, second), SETTINGS))
                .extracting(PolicyDiagnostic::file, PolicyDiagnostic::line)
                .containsExactly(tuple("z-first.drl", 4), tuple("a-second.drl", 2));
    }

    @Test
    void aBadImportIsListedFirstAndOnceInsteadOfEveryRuleItBroke() {
        PolicySource first = drl("z-first.drl", rule("No id", null, ""));
        PolicySource second = new PolicySource("a-second.drl", """
                package dev.example.house;
                import dev.coalition.rules.govrnance.Wanted;
                rule "Uses it" @id("house.uses")
                when
                    Wanted( )
                then
                end
                """, "a-second.drl");

        List<PolicyDiagnostic> problems = PolicyCompiler.problems(List.of(first, second), SETTINGS);

        assertThat(problems.get(0).message()).startsWith("cannot import dev.coalition.rules.govrnance.Wanted: there is no such type");
        assertThat(problems.get(0).file()).isEqualTo("a-second.drl");
        assertThat(problems).extracting(PolicyDiagnostic::message)
                .filteredOn(m -> m.startsWith("cannot import")).hasSize(1);
        assertThat(problems).extracting(PolicyDiagnostic::message)
                .noneMatch(m -> m.contains("Only a type can be imported") || m.contains("Parser returned a null Package"));
        assertThat(problems).extracting(PolicyDiagnostic::file, PolicyDiagnostic::line).contains(tuple("z-first.drl", 2));
    }

    @Test
    void aDuplicateRuleNameIsSaidOnceInOurWordsNotTheEngines() {
        List<PolicyDiagnostic> problems = PolicyCompiler.problems(List.of(
                drl("a.drl", rule("Same name", "house.one", "")),
                drl("b.drl", rule("Same name", "house.two", ""))), SETTINGS);

        assertThat(problems).extracting(PolicyDiagnostic::message).containsExactly(
                "duplicate rule name: \"Same name\" is already declared at a.drl:2; give each rule its own name");
    }

    @Test
    void aSyntaxErrorIsReportedWithoutTheEnginesFollowUp() {
        List<PolicyDiagnostic> problems = PolicyCompiler.problems(List.of(drl("a.drl",
                "rule \"Broken\" @id(\"house.broken\")\nwhen\n    eval( 1 > \nthen\nend")), SETTINGS);

        assertThat(problems).isNotEmpty().allSatisfy(d -> {
            assertThat(d.file()).isEqualTo("a.drl");
            assertThat(d.message()).doesNotContain("Parser returned a null Package");
        });
    }
}
