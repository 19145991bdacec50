package dev.coalition.rules;

import static dev.coalition.rules.PolicyAuthoringTest.bundled;
import static dev.coalition.rules.PolicyAuthoringTest.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.policy.SettingSource;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.PolicyCheck;
import dev.coalition.rules.api.PolicyCompilationException;
import dev.coalition.rules.api.PolicyDiagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule author's mistakes in a copy of a bundled file, each reported once, at the line (and
 * column) of the mistake, naming what exists instead, without the rule engine's internal names;
 * settings files of a policy directory laid over the bundled ones.
 */
class PolicyDiagnosticsTest {

    private static final String MODE = bundled("governance-mode.drl");
    private static final String CRISIS_PATTERN = "GovernanceContext( $urgency : decisionUrgency >= $crisis )";
    private static final String CRISIS_RULE = "Acute urgency calls for a lead organisation";

    @TempDir
    Path dir;

    private List<PolicyDiagnostic> diagnosticsOf(String fileName, String content) {
        write(fileName, content);
        PolicyCompilationException e = catchThrowableOfType(PolicyCompilationException.class,
                () -> CoalitionAdvisor.builder().policyDirectory(dir).build());
        assertThat(e).as("a PolicyCompilationException").isNotNull();
        assertThat(e.diagnostics()).allSatisfy(d -> assertThat(d.toString())
                .doesNotContain("org.drools", "org.kie", "[ERR", "Field Reader", "strict-mode", "Rule Compilation error"));
        return e.diagnostics();
    }

    private void write(String fileName, String content) {
        try {
            Files.writeString(dir.resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String brokenMode(String replacement) {
        String broken = MODE.replace(CRISIS_PATTERN, replacement);
        assertThat(broken).isNotEqualTo(MODE);
        return broken;
    }

    // --- DRL ---

    @Test
    void aMisspeltFieldIsOneLineAtTheMisspellingNamingTheFieldsThatExist() {
        String broken = brokenMode("GovernanceContext( $urgency : decisionUrgncy >= $crisis )");
        int line = lineOf(broken, "decisionUrgncy");

        List<PolicyDiagnostic> diagnostics = diagnosticsOf("governance-mode.drl", broken);

        assertThat(diagnostics).containsExactly(new PolicyDiagnostic("governance-mode.drl", line, 35, CRISIS_RULE,
                "GovernanceContext has no field \"decisionUrgncy\" (did you mean decisionUrgency?); its fields are "
                        + "decisionUrgency, goalConsensus, networkCompetencyNeed, strategicStability"));
        assertThat(diagnostics.get(0)).hasToString("governance-mode.drl:" + line + ":35: rule \"" + CRISIS_RULE
                + "\": GovernanceContext has no field \"decisionUrgncy\" (did you mean decisionUrgency?); its fields are "
                + "decisionUrgency, goalConsensus, networkCompetencyNeed, strategicStability");
    }

    @Test
    void anUnknownFactTypeIsOneLineNamingTheNearestImportedType() {
        String broken = brokenMode("GovernanceContxt( $urgency : decisionUrgency >= $crisis )");
        int line = lineOf(broken, "GovernanceContxt");

        List<PolicyDiagnostic> diagnostics = diagnosticsOf("governance-mode.drl", broken);

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(line);
            assertThat(d.column()).isEqualTo(5);
            assertThat(d.rule()).isEqualTo(CRISIS_RULE);
            assertThat(d.message()).startsWith("unknown fact type \"GovernanceContxt\" (did you mean GovernanceContext?); "
                            + "the imported packages dev.coalition.governance, dev.coalition.policy, dev.coalition.rules.governance hold ")
                    .contains("Contingency, ").contains("ModeChoice, ").doesNotContain("Coalition, ");
        });
    }

    @Test
    void anUnknownTypeThatIsNotImportedSaysWhatToImport() {
        String broken = brokenMode("Member( $urgency : id == \"a\" )");
        int line = lineOf(broken, "Member(");

        List<PolicyDiagnostic> diagnostics = diagnosticsOf("governance-mode.drl", broken);

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(line);
            assertThat(d.message()).startsWith("unknown fact type \"Member\" (did you mean Member? add import dev.coalition.core.Member;)");
        });
    }

    @Test
    void aMissingParenthesisIsReportedAtItsOwnLineInWords() {
        String broken = brokenMode("GovernanceContext( $urgency : decisionUrgency >= $crisis");
        int line = lineOf(broken, "decisionUrgency >= $crisis");

        List<PolicyDiagnostic> diagnostics = diagnosticsOf("governance-mode.drl", broken);

        assertThat(diagnostics).containsExactly(new PolicyDiagnostic("governance-mode.drl", line, 61, CRISIS_RULE,
                "missing ')': the '(' at column 22 is not closed before 'then'; close the pattern with ')'"));
    }

    @Test
    void aWrongImportIsReportedAtItsLineNamingThePackageThatHoldsTheType() {
        String broken = MODE.replace("import dev.coalition.policy.Settings;\n",
                "import dev.coalition.policy.Settings;\nimport dev.coalition.policy.Severity;\n");
        int line = lineOf(broken, "import dev.coalition.policy.Severity;");

        List<PolicyDiagnostic> diagnostics = diagnosticsOf("governance-mode.drl", broken);

        assertThat(diagnostics).containsExactly(new PolicyDiagnostic("governance-mode.drl", line, 8, null,
                "cannot import dev.coalition.policy.Severity: there is no such type; Severity is in dev.coalition.rules.api "
                        + "(import dev.coalition.rules.api.Severity;)"));
    }

    @Test
    void aDuplicateRuleNameStaysAnError() {
        String broken = MODE.replace("rule \"Without a crisis the best-fitting mode is recommended\"", "rule \"" + CRISIS_RULE + "\"");
        int first = lineOf(MODE, "rule \"" + CRISIS_RULE + "\"");
        int second = lineOf(MODE, "rule \"Without a crisis the best-fitting mode is recommended\"");

        List<PolicyDiagnostic> diagnostics = diagnosticsOf("governance-mode.drl", broken);

        assertThat(diagnostics).containsExactly(new PolicyDiagnostic("governance-mode.drl", second, CRISIS_RULE,
                "duplicate rule name: \"" + CRISIS_RULE + "\" is already declared at governance-mode.drl:" + first
                        + "; give each rule its own name"));
    }

    @Test
    void anUnknownSettingInARuleStaysAnErrorWithItsColumn() {
        String broken = MODE.replaceFirst("number\\(\"governance.crisisUrgency\"\\)", "number(\"governance.crisisUrgncy\")");
        int line = lineOf(broken, "governance.crisisUrgncy");

        List<PolicyDiagnostic> diagnostics = diagnosticsOf("governance-mode.drl", broken);

        assertThat(diagnostics).containsExactly(new PolicyDiagnostic("governance-mode.drl", line, 33, CRISIS_RULE,
                "unknown setting \"governance.crisisUrgncy\" (did you mean \"governance.crisisUrgency\"?); define it in a "
                        + "*.settings.properties file beside the DRL"));
    }

    // --- settings files ---

    @Test
    void aValueAloneInAPolicyDirectoryOverridesTheBundledValue() {
        write("governance.settings.properties", "# our crisis threshold\ngovernance.crisisUrgency = 0.99\n");

        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().policyDirectory(dir).build()) {
            assertThat(advisor.settings().number("governance.crisisUrgency")).isEqualTo(0.99);
            assertThat(advisor.settings().number("governance.quorum")).as("the other settings stay").isEqualTo(0.5);
            assertThat(advisor.settingSources().get("governance.crisisUrgency"))
                    .isEqualTo(new SettingSource(SettingSource.Kind.POLICY_FILE, dir.resolve("governance.settings.properties").toString(), 2));
            assertThat(advisor.settingSources().get("governance.quorum").toString())
                    .isEqualTo("bundled governance.settings.properties:" + lineOf(bundled("governance.settings.properties"), "governance.quorum ="));
            assertThat(Explanations.ruleIds(advisor.recommendGovernance(Cases.strangersInACrisis())))
                    .as("urgency 0.95 is no crisis at 0.99").doesNotContain("governance.crisis-centralizes");
        }
        try (CoalitionAdvisor overridden = CoalitionAdvisor.builder().policyDirectory(dir).setting("governance.crisisUrgency", "0.7").build()) {
            assertThat(overridden.settingSources().get("governance.crisisUrgency")).isEqualTo(SettingSource.override());
        }
    }

    @Test
    void aCopiedSettingsFileWithOneValueChangedWorks() {
        String settings = bundled("governance.settings.properties").replace("governance.crisisUrgency = 0.8", "governance.crisisUrgency = 0.99");
        write("governance.settings.properties", settings);

        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().policyDirectory(dir).build()) {
            assertThat(advisor.settings().number("governance.crisisUrgency")).isEqualTo(0.99);
            assertThat(advisor.settings().definition("governance.crisisUrgency").defaultValue()).isEqualTo(0.8);
        }
    }

    @Test
    void anOutOfRangeValueIsAnErrorAtItsFileAndLine() {
        List<PolicyDiagnostic> diagnostics = diagnosticsOf("governance.settings.properties", "\ngovernance.crisisUrgency = 1.5\n");

        assertThat(diagnostics).containsExactly(new PolicyDiagnostic("governance.settings.properties", 2, null,
                "governance.crisisUrgency: 1.5 is outside 0..1; give a decimal number in 0..1"));
        assertThat(diagnostics.get(0)).hasToString(
                "governance.settings.properties:2: governance.crisisUrgency: 1.5 is outside 0..1; give a decimal number in 0..1");
    }

    @Test
    void aValueForASettingNobodyDefinesNamesTheNearestSetting() {
        List<PolicyDiagnostic> diagnostics = diagnosticsOf("governance.settings.properties", "governance.crisisUrgncy = 0.9\n");

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).startsWith("unknown setting \"governance.crisisUrgncy\" (did you mean \"governance.crisisUrgency\"?); "
                    + "a value alone changes a setting defined elsewhere");
        });
    }

    @Test
    void aNewSettingWithoutTypeIsAnErrorAtItsFirstLine() {
        List<PolicyDiagnostic> diagnostics = diagnosticsOf("my.settings.properties",
                "# a threshold of our own\nmy.threshold = 3\nmy.threshold.description = A threshold.\nmy.threshold.source = Ours.\n");

        assertThat(diagnostics).containsExactly(new PolicyDiagnostic("my.settings.properties", 2, null,
                "my.threshold.type is missing: a new setting needs my.threshold = DEFAULT, my.threshold.type (integer, decimal, "
                        + "domains, words or text), my.threshold.description, my.threshold.source and, for numbers, "
                        + "my.threshold.min or my.threshold.max"));
    }

    @Test
    void aNewNumericSettingNeedsARange() {
        List<PolicyDiagnostic> diagnostics = diagnosticsOf("my.settings.properties",
                "my.threshold = 3\nmy.threshold.type = integer\nmy.threshold.description = A threshold.\nmy.threshold.source = Ours.\n");

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).startsWith("setting my.threshold needs my.threshold.min or my.threshold.max; ");
        });
    }

    @Test
    void aPolicyFileMayNotChangeTheRangeOfABundledSetting() {
        List<PolicyDiagnostic> diagnostics = diagnosticsOf("governance.settings.properties",
                "governance.crisisUrgency = 1.5\ngovernance.crisisUrgency.max = 2\n");

        assertThat(diagnostics).extracting(PolicyDiagnostic::line, PolicyDiagnostic::message).contains(
                org.assertj.core.groups.Tuple.tuple(2, "governance.crisisUrgency.max: 2 differs from 1 in bundled "
                        + "governance.settings.properties:" + lineOf(bundled("governance.settings.properties"), "governance.crisisUrgency.type")
                        + "; a policy may change a setting's value, description and source, not its type, min, max or atMost"));
    }

    @Test
    void aNameGivenTwiceInOneFileIsAnError() {
        List<PolicyDiagnostic> diagnostics = diagnosticsOf("governance.settings.properties",
                "governance.quorum = 0.6\ngovernance.quorum = 0.7\n");

        assertThat(diagnostics).containsExactly(new PolicyDiagnostic("governance.settings.properties", 2, null,
                "governance.quorum is given twice in this file, at lines 1 and 2; keep one"));
    }

    @Test
    void valuesThatContradictEachOtherAreReportedAtTheValue() {
        List<PolicyDiagnostic> diagnostics = diagnosticsOf("governance.settings.properties", "governance.trust.lowDensity = 0.9\n");

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("governance.settings.properties");
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).startsWith("governance.trust.lowDensity: 0.9 is above governance.trust.highDensity (0.6)");
        });
    }

    // --- checking a whole policy ---

    @Test
    void checkingASoundPolicyCountsItsRulesAndFiles() {
        write("governance.settings.properties", "governance.crisisUrgency = 0.99\n");

        PolicyCheck check = PolicyCheck.of(dir);

        assertThat(check.problems()).isEmpty();
        assertThat(check.files()).isEqualTo(34);
        assertThat(check.summary()).isEqualTo("OK: " + check.rules() + " rules in 34 files");
        assertThat(check.rules()).isGreaterThan(80);
    }

    @Test
    void checkingFindsTheProblemsOfSettingsAndRulesTogether() {
        write("governance.settings.properties", "governance.crisisUrgency = 1.5\n");
        write("governance-mode.drl", brokenMode("GovernanceContext( $urgency : decisionUrgncy >= $crisis )"));

        PolicyCheck check = PolicyCheck.of(dir);

        assertThat(check.ok()).isFalse();
        assertThat(check.problems()).extracting(PolicyDiagnostic::file)
                .containsExactly("governance.settings.properties", "governance-mode.drl");
    }
}
