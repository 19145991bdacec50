package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.PolicyCheck;
import dev.coalition.rules.api.PolicyCompilationException;
import dev.coalition.rules.api.PolicyDiagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A custom policy with problems in several files reports them in the order a rule author fixes
 * them: imports that cannot be resolved first (they cause the rest), then file by file in load
 * order, line by line.
 */
class DiagnosticOrderTest {

    private static final String BROKEN_RULE = """
            package dev.coalition.policies.governance;

            rule "Broken"
                @id("house.broken")
                @source("test")
            when
                eval(
            then
            end
            """;

    private static final String BAD_IMPORT = """
            package dev.coalition.policies.value;

            import dev.coalition.NoSuchFact;

            rule "Uses a missing fact"
                @id("house.missing-fact")
                @source("test")
            when
                NoSuchFact()
            then
            end
            """;

    @Test
    void unresolvableImportsComeFirstThenFilesInLoadOrderThenLines() {
        PolicyCompilationException e = catchThrowableOfType(PolicyCompilationException.class, () -> CoalitionAdvisor.builder()
                .policyFile("governance-house.drl", BROKEN_RULE)
                .policyFile("value-house.drl", BAD_IMPORT)
                .build());

        assertThat(e).isNotNull();
        assertThat(e.diagnostics()).isNotEmpty();
        PolicyDiagnostic first = e.diagnostics().get(0);
        assertThat(first.file()).isEqualTo("value-house.drl");
        assertThat(first.message()).startsWith("cannot import ");
        assertThat(e.diagnostics()).filteredOn(d -> !d.message().startsWith("cannot import "))
                .extracting(PolicyDiagnostic::file).startsWith("governance-house.drl");
        assertThat(e.diagnostics()).filteredOn(d -> d.file().equals("governance-house.drl"))
                .extracting(PolicyDiagnostic::line).isSorted();
    }

    @Test
    void checkingAPolicyDirectoryReportsInTheSameOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("governance-house.drl"), BROKEN_RULE);
        Files.writeString(dir.resolve("value-house.drl"), BAD_IMPORT);

        PolicyCheck check = PolicyCheck.of(dir);

        assertThat(check.ok()).isFalse();
        assertThat(check.problems().get(0).file()).isEqualTo("value-house.drl");
        assertThat(check.problems().get(0).message()).startsWith("cannot import ");
        assertThat(check.problems()).filteredOn(d -> !d.message().startsWith("cannot import "))
                .extracting(PolicyDiagnostic::file).startsWith("governance-house.drl");
        assertThat(check.problems()).filteredOn(d -> d.file().equals("governance-house.drl"))
                .extracting(d -> d.line() * 10_000 + d.column()).isSorted();
    }
}
