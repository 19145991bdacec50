package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.core.Coalition;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.PolicyCompilationException;
import dev.coalition.rules.api.PolicyDiagnostic;
import dev.coalition.rules.api.PolicyRuntimeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule authors change and add policy files: mistakes are reported by file, line and rule when the
 * advisor is built, and a policy that misbehaves while deciding fails with a
 * {@link PolicyRuntimeException}, never a Drools stack trace.
 */
class PolicyAuthoringTest {

    private static final String HEADER = """
            package dev.coalition.policies.governance;

            import dev.coalition.core.Coalition;
            import dev.coalition.policy.Settings;
            import dev.coalition.governance.GovernanceMode;
            import dev.coalition.network.TrustNetwork;
            import dev.coalition.rules.governance.LeadChoice;
            import dev.coalition.rules.governance.ModeChoice;

            """;

    static String bundled(String fileName) {
        try (InputStream in = PolicyAuthoringTest.class.getResourceAsStream("/dev/coalition/policies/" + fileName)) {
            assertThat(in).as(fileName).isNotNull();
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

    private static List<PolicyDiagnostic> diagnosticsOf(CoalitionAdvisor.Builder builder) {
        PolicyCompilationException e = catchThrowableOfType(PolicyCompilationException.class, builder::build);
        assertThat(e).as("a PolicyCompilationException").isNotNull();
        assertThat(e.getMessage()).startsWith("the policy does not compile:");
        return e.diagnostics();
    }

    // --- compile-time problems ---

    @Test
    void aSyntaxErrorIsReportedWithFileLineAndRule() {
        String lead = bundled("governance-lead.drl");
        String broken = lead.replace("ModeChoice( mode == GovernanceMode.CENTRALIZED )", "ModeChoice( mode == GovernanceMode.CENTRALIZED");
        assertThat(broken).isNotEqualTo(lead);
        int brokenLine = lineOf(broken, "ModeChoice( mode == GovernanceMode.CENTRALIZED");

        List<PolicyDiagnostic> diagnostics = diagnosticsOf(CoalitionAdvisor.builder().policyFile("governance-lead.drl", broken));

        // one diagnostic: Drools' follow-up "Parser returned a null Package" (line 0) for the same file adds nothing
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("governance-lead.drl");
            assertThat(d.line()).as("the line where the ')' is missing, not the next").isEqualTo(brokenLine);
            assertThat(d.rule()).isEqualTo("A lead organisation is the member the others trust most");
            assertThat(d.toString()).startsWith("governance-lead.drl:" + d.line() + ":" + d.column()
                    + ": rule \"A lead organisation is the member the others trust most\": missing ')'");
            assertThat(d.message()).doesNotContain("Parser returned a null Package");
        });
    }

    @Test
    void aTypeErrorInAConditionIsReportedWithFileLineAndRule() {
        String lead = bundled("governance-lead.drl");
        String broken = lead.replace("ModeChoice( mode == GovernanceMode.CENTRALIZED )", "ModeChoice( colour == \"red\" )");
        int brokenLine = lineOf(broken, "colour");

        List<PolicyDiagnostic> diagnostics = diagnosticsOf(CoalitionAdvisor.builder().policyFile("governance-lead.drl", broken));

        assertThat(diagnostics).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("governance-lead.drl");
            assertThat(d.line()).isEqualTo(brokenLine);
            assertThat(d.rule()).isEqualTo("A lead organisation is the member the others trust most");
        });
    }

    @Test
    void aRuleNameUsedInTwoFilesIsAnError() {
        String extra = HEADER + """
                rule "A lead organisation is the member the others trust most"
                    @id("custom.lead-again")
                when
                    ModeChoice( mode == GovernanceMode.CENTRALIZED )
                then
                end
                """;

        List<PolicyDiagnostic> diagnostics = diagnosticsOf(CoalitionAdvisor.builder().policyFile("custom.drl", extra));

        int leadLine = lineOf(bundled("governance-lead.drl"), "rule \"A lead organisation is the member the others trust most\"");
        assertThat(diagnostics).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("custom.drl");
            assertThat(d.line()).isEqualTo(lineOf(extra, "rule \""));
            assertThat(d.rule()).isEqualTo("A lead organisation is the member the others trust most");
            assertThat(d.message()).contains("duplicate rule name").contains("governance-lead.drl:" + leadLine);
        });
    }

    @Test
    void aRuleWithoutIdIsAnError() {
        String extra = HEADER + """
                rule "Somebody should always lead"
                when
                    Coalition()
                then
                end
                """;

        List<PolicyDiagnostic> diagnostics = diagnosticsOf(CoalitionAdvisor.builder().policyFile("custom.drl", extra));

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("custom.drl");
            assertThat(d.line()).isEqualTo(lineOf(extra, "rule \""));
            assertThat(d.rule()).isEqualTo("Somebody should always lead");
            assertThat(d.message()).contains("no @id");
        });
    }

    @Test
    void anIdUsedByTwoRulesIsAnError() {
        String extra = HEADER + """
                rule "Somebody should always lead"
                    @id("governance.lead.most-trusted")
                when
                    Coalition()
                then
                end
                """;

        List<PolicyDiagnostic> diagnostics = diagnosticsOf(CoalitionAdvisor.builder().policyFile("custom.drl", extra));

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("Somebody should always lead");
            assertThat(d.message()).contains("duplicate rule id \"governance.lead.most-trusted\"");
        });
    }

    @Test
    void readingAnUnknownSettingIsAnErrorNamingTheLine() {
        String extra = HEADER + """
                rule "Nope is never reached"
                    @id("custom.nope")
                when
                    Settings( $nope : number("governance.nope") )
                    Coalition()
                then
                end
                """;

        List<PolicyDiagnostic> diagnostics = diagnosticsOf(CoalitionAdvisor.builder().policyFile("custom.drl", extra));

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("custom.drl");
            assertThat(d.line()).isEqualTo(lineOf(extra, "governance.nope"));
            assertThat(d.rule()).isEqualTo("Nope is never reached");
            assertThat(d.message()).contains("unknown setting \"governance.nope\"");
        });
    }

    @Test
    void aMisspeltSettingSuggestsTheRightName() {
        String mode = bundled("governance-mode.drl");
        String misspelt = mode.replace("number(\"governance.crisisUrgency\")", "number(\"governance.crisisUrgncy\")");

        List<PolicyDiagnostic> diagnostics = diagnosticsOf(CoalitionAdvisor.builder().policyFile("governance-mode.drl", misspelt));

        assertThat(diagnostics).hasSize(2).allSatisfy(d -> {
            assertThat(d.file()).isEqualTo("governance-mode.drl");
            assertThat(d.message()).contains("did you mean \"governance.crisisUrgency\"?");
        });
        assertThat(diagnostics).extracting(PolicyDiagnostic::rule)
                .containsExactly("Acute urgency calls for a lead organisation", "Without a crisis the best-fitting mode is recommended");
    }

    @Test
    void readingASettingWithTheWrongAccessorIsAnError() {
        String extra = HEADER + """
                rule "Urgency read as a whole number"
                    @id("custom.wrong-accessor")
                when
                    Settings( $crisis : integer("governance.crisisUrgency") )
                then
                end
                """;

        List<PolicyDiagnostic> diagnostics = diagnosticsOf(CoalitionAdvisor.builder().policyFile("custom.drl", extra));

        assertThat(diagnostics).anySatisfy(d -> {
            assertThat(d.line()).isEqualTo(lineOf(extra, "integer(\"governance.crisisUrgency\")"));
            assertThat(d.message()).contains("read it with number(\"governance.crisisUrgency\")");
        });
    }

    @Test
    void everyProblemInEveryFileIsReportedAtOnce() {
        String noId = HEADER + """
                rule "No id here"
                when
                    Coalition()
                then
                end
                """;
        String unknownSetting = HEADER + """
                rule "Unknown setting here"
                    @id("custom.unknown-setting")
                when
                    Settings( $x : number("governance.nope") )
                then
                end
                """;

        List<PolicyDiagnostic> diagnostics = diagnosticsOf(CoalitionAdvisor.builder()
                .policyFile("a-custom.drl", noId).policyFile("b-custom.drl", unknownSetting));

        assertThat(diagnostics).extracting(PolicyDiagnostic::file).contains("a-custom.drl", "b-custom.drl");
    }

    @Test
    void onlyDrlAndSettingsFilesArePolicyFiles() {
        assertThatThrownBy(() -> CoalitionAdvisor.builder().policyFile("notes.txt", "hello").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notes.txt");
    }

    // --- run-time problems ---

    @Test
    void aRunawayPolicyIsStoppedAtTheFiringCap() {
        String runaway = HEADER + """
                rule "Every note asks for another"
                    @id("custom.runaway")
                when
                    $note : String()
                then
                    insert($note + "!");
                end

                rule "A coalition starts a note"
                    @id("custom.start")
                when
                    Coalition()
                then
                    insert("note");
                end
                """;

        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().policyFile("custom-runaway.drl", runaway)
                .maxRuleFirings(100).build()) {
            PolicyRuntimeException e = catchThrowableOfType(PolicyRuntimeException.class,
                    () -> advisor.recommendGovernance(Cases.foundingGroup()));

            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("fired 100 rules").contains("the cap is 100")
                    .contains("Every note asks for another");
        }
    }

    @Test
    void aPolicyWithoutTheModeRulesGivesAnIncompleteAnswerNotAStackTrace() {
        String empty = """
                // governance-mode.drl replaced: the mode rules are gone
                package dev.coalition.policies.governance;
                """;

        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().policyFile("governance-mode.drl", empty).build()) {
            assertThatThrownBy(() -> advisor.recommendGovernance(Cases.foundingGroup()))
                    .isExactlyInstanceOf(PolicyRuntimeException.class)
                    .hasMessageStartingWith("the governance policy must insert exactly one ModeChoice but inserted 0");
        }
    }

    @Test
    void aPolicyMissingABandCannotScoreThatMode() {
        String bands = bundled("governance-bands.drl");
        int start = bands.indexOf("rule \"A hybrid structure suits highly diverse members\"");
        String withoutBand = bands.substring(0, start);

        CoalitionAdvisorTest.Recorder recorder = new CoalitionAdvisorTest.Recorder();

        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().policyFile("governance-bands.drl", withoutBand)
                .listener(recorder).build()) {
            PolicyRuntimeException e = catchThrowableOfType(PolicyRuntimeException.class,
                    () -> advisor.recommendGovernance(Cases.foundingGroup()));

            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("exactly one ModeChoice but inserted 0");
        }
        // governance.mode.score does not fire for a mode with a contingency left unassessed, so there is no best fit
        assertThat(recorder.steps).filteredOn(s -> s.rule().equals("governance.mode.score"))
                .extracting(s -> s.inputs().get("mode")).containsExactlyInAnyOrder("CENTRALIZED", "DISTRIBUTED");
        assertThat(recorder.steps).noneSatisfy(s -> assertThat(s.rule()).isEqualTo("governance.mode.best-fit"));
    }

    @Test
    void aPolicyChoosingTwoModesIsContradictory() {
        String extra = HEADER + """
                rule "Always share"
                    @id("custom.always-share")
                when
                    Coalition()
                then
                    insert(new ModeChoice(GovernanceMode.DISTRIBUTED, false, "We always share."));
                end
                """;

        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().policyFile("custom.drl", extra).build()) {
            assertThatThrownBy(() -> advisor.recommendGovernance(Cases.star().build()))
                    .isExactlyInstanceOf(PolicyRuntimeException.class)
                    .hasMessageContaining("exactly one ModeChoice but inserted 2");
        }
    }

    @Test
    void aFailingConsequenceIsReportedAsAPolicyFailureNamingTheRule() {
        String extra = HEADER + """
                rule "Leads must be approved"
                    @id("custom.approval")
                when
                    LeadChoice()
                then
                    throw new IllegalStateException("no approval on file");
                end
                """;

        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().policyFile("custom.drl", extra).build()) {
            assertThat(advisor.recommendGovernance(Cases.foundingGroup()).mode()).as("no lead, no failure")
                    .isEqualTo(GovernanceMode.DISTRIBUTED);
            assertThatThrownBy(() -> advisor.recommendGovernance(Cases.star().build()))
                    .isExactlyInstanceOf(PolicyRuntimeException.class)
                    .hasMessage("the governance policy failed in rule \"Leads must be approved\": no approval on file")
                    .hasRootCauseInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aFailingConsequenceIsReportedByItsRootCauseOnly() {
        String extra = HEADER + """
                rule "Leads must be approved by the board"
                    @id("custom.board-approval")
                when
                    LeadChoice()
                then
                    throw new IllegalStateException("approval check failed",
                        new RuntimeException(new IllegalArgumentException("board register   unreachable")));
                end
                """;

        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().policyFile("custom.drl", extra).build()) {
            assertThatThrownBy(() -> advisor.recommendGovernance(Cases.star().build()))
                    .isExactlyInstanceOf(PolicyRuntimeException.class)
                    .hasMessage("the governance policy failed in rule \"Leads must be approved by the board\": board register unreachable");
        }
    }

    // --- customising ---

    @Test
    void anEditedBundledPolicyChangesTheResult() {
        String lead = bundled("governance-lead.drl");
        String firstListed = lead
                .replace("$trust : TrustNetwork()", "$trust : TrustNetwork()\n    Coalition( $first : members.get(0).id() )")
                .replace("insert(new LeadChoice($trust.mostTrusted(), $trust.maxInDegree(),",
                        "insert(new LeadChoice($first, $trust.inDegree($first),");
        assertThat(firstListed).isNotEqualTo(lead);

        try (CoalitionAdvisor defaults = CoalitionAdvisor.withDefaultPolicies();
             CoalitionAdvisor custom = CoalitionAdvisor.builder().policyFile("governance-lead.drl", firstListed).build()) {
            Coalition spokeFirst = Coalition.builder("Spoke first")
                    .formedOn(LocalDate.of(2024, 1, 1))
                    .member("s1", "Spoke 1", "hospital", 1, "hub")
                    .member("s2", "Spoke 2", "hospital", 1, "hub")
                    .member("hub", "Hub", "hospital", 1)
                    .context(new GovernanceContext(0.9, 0.5, 0.5, 0.5))
                    .build();

            assertThat(defaults.recommendGovernance(spokeFirst).lead()).isEqualTo("hub");
            GovernanceRecommendation edited = custom.recommendGovernance(spokeFirst);
            assertThat(edited.lead()).isEqualTo("s1");
            assertThat(edited.findings("UNTRUSTED_LEAD")).as("the findings follow the edited lead").hasSize(1);
            assertThat(custom.policyHash()).isNotEqualTo(defaults.policyHash());
        }
    }

    @Test
    void aPolicyDirectoryReplacesBundledFilesAndAddsSettings(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("custom.settings.properties"), """
                custom.bigCoalition = 9
                custom.bigCoalition.type = integer
                custom.bigCoalition.min = 2
                custom.bigCoalition.description = From this many members a coalition is big.
                custom.bigCoalition.source = Our own rule of thumb.
                """);
        Files.writeString(dir.resolve("custom-findings.drl"), HEADER + """
                import dev.coalition.rules.policy.FindingRaised;
                import dev.coalition.rules.api.Severity;

                rule "A big coalition is worth a note"
                    @id("custom.big")
                when
                    Settings( $big : integer("custom.bigCoalition") )
                    Coalition( members.size() >= $big )
                then
                    insert(new FindingRaised("BIG", Severity.INFO, "members", "The coalition is big."));
                end
                """);

        try (CoalitionAdvisor custom = CoalitionAdvisor.builder().policyDirectory(dir).build();
             CoalitionAdvisor stricter = CoalitionAdvisor.builder().policyDirectory(dir).setting("custom.bigCoalition", "11").build()) {
            assertThat(custom.policyFiles()).contains("custom.settings.properties", "custom-findings.drl");
            assertThat(custom.recommendGovernance(Cases.cybersecurity()).findings("BIG")).hasSize(1);
            assertThat(custom.recommendGovernance(Cases.foundingGroup()).findings("BIG")).isEmpty();
            assertThat(Explanations.ruleIds(custom.recommendGovernance(Cases.cybersecurity()))).contains("custom.big");
            assertThat(stricter.recommendGovernance(Cases.cybersecurity()).findings("BIG")).isEmpty();
        }
    }
}
