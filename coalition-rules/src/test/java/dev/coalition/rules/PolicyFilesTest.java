package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.CoalitionAdvisor.KnowledgeBaseOrigin;
import dev.coalition.rules.api.PolicyCompilationException;
import dev.coalition.rules.api.PolicyDiagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files make a policy: a directory's DRL and settings files, in name order after the bundled
 * ones, nothing else in it; settings defined once across all settings files; a policy file
 * identical to the bundled one is the same policy for provenance.
 */
class PolicyFilesTest {

    private static final String EMPTY_DRL = "package dev.coalition.policies.custom;\n";

    @Test
    void aDirectoryAddsItsPolicyFilesInNameOrderAndIgnoresEveryOtherFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("governance-zeta.drl"), EMPTY_DRL);
        Files.writeString(dir.resolve("governance-alpha.drl"), EMPTY_DRL);
        Files.writeString(dir.resolve("README.md"), "Our governance notes.");
        Files.writeString(dir.resolve("governance-old.drl.bak"), "not a policy");

        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().policyDirectory(dir).build()) {
            List<String> files = advisor.policyFiles();

            assertThat(files.subList(files.size() - 2, files.size())).containsExactly("governance-alpha.drl", "governance-zeta.drl");
            assertThat(files).doesNotContain("README.md", "governance-old.drl.bak");
            assertThat(advisor.knowledgeBases()).containsEntry("governance", KnowledgeBaseOrigin.COMPILED)
                    .containsEntry("value", KnowledgeBaseOrigin.NOT_BUILT);
        }
    }

    @Test
    void aSettingDefinedAgainInAnotherFileMayChangeItsValueAndWordingButNotItsType() {
        // a settings file of one's own is laid over the bundled ones: repeating a definition with the same type and range
        // changes its value, description and source; a different type is an error at that line
        String again = """
                governance.fewMembers = 5
                governance.fewMembers.type = integer
                governance.fewMembers.min = 2
                governance.fewMembers.description = Defined a second time.
                governance.fewMembers.source = This test.
                """;
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().policyFile("custom.settings.properties", again).build()) {
            assertThat(advisor.settings().integer("governance.fewMembers")).isEqualTo(5);
            assertThat(advisor.settings().definition("governance.fewMembers").description()).isEqualTo("Defined a second time.");
        }

        PolicyCompilationException e = catchThrowableOfType(PolicyCompilationException.class,
                () -> CoalitionAdvisor.builder().policyFile("custom.settings.properties",
                        again.replace(".type = integer", ".type = decimal")).build());

        assertThat(e).isNotNull();
        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("custom.settings.properties");
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).startsWith("governance.fewMembers.type: decimal differs from integer in ")
                    .contains("governance.settings.properties")
                    .endsWith("a policy may change a setting's value, description and source, not its type, min, max or atMost");
        });
    }

    @Test
    void aMalformedSettingsFileIsReportedByItsName() {
        PolicyCompilationException e = catchThrowableOfType(PolicyCompilationException.class,
                () -> CoalitionAdvisor.builder().policyFile("custom.settings.properties", "custom.size.type = integer\n").build());

        assertThat(e).isNotNull();
        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("custom.settings.properties");
            assertThat(d.message()).contains("custom.size");
        });
    }

    @Test
    void aPolicyFileIdenticalToTheBundledOneHasTheBundledPolicysHash() {
        try (CoalitionAdvisor bundled = CoalitionAdvisor.withDefaultPolicies();
             CoalitionAdvisor same = CoalitionAdvisor.builder()
                     .policyFile("governance-lead.drl", PolicyAuthoringTest.bundled("governance-lead.drl")).build()) {
            assertThat(same.policyHash()).isEqualTo(bundled.policyHash());
        }
    }
}
