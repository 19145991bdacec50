package dev.coalition.cli;

import static dev.coalition.cli.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.rules.api.CoalitionAdvisor;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version, usage errors and internal errors of the {@code coalition} command. */
class CommandLineTest {

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void help_goes_to_stdout_with_exit_0(String option) {
        Cli.Result result = Cli.run(option);

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("Usage: coalition").contains("evaluate", "settings", "test", "Exit codes:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "settings", "test"})
    void each_command_has_help(String command) {
        Cli.Result result = Cli.run(command, "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("Usage: coalition " + command).contains("--set", "--policy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void version_goes_to_stdout_with_exit_0(String option) {
        Cli.Result result = Cli.run(option);

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo(CoalitionAdvisor.libraryVersion() + System.lineSeparator());
    }

    @Test
    void no_command_is_a_usage_error() {
        assertRejected(Cli.run(), "missing command: give evaluate FILE.json, report FILE.json, check DIR, test PATH, rules or settings (see 'coalition --help')");
    }

    @Test
    void a_missing_file_argument_is_a_usage_error() {
        assertRejected(Cli.run("evaluate"), "Missing required parameter: 'FILE' (see 'coalition evaluate --help')");
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        Cli.Result result = Cli.run("evaluate", "--colour", "-");

        Rejections.assertCleanRejection(result);
        assertThat(result.errLines()).singleElement().asString().contains("--colour").endsWith("(see 'coalition evaluate --help')");
    }

    @Test
    void an_unknown_command_is_a_usage_error() {
        Cli.Result result = Cli.run("evaluat");

        Rejections.assertCleanRejection(result);
        assertThat(result.errLines()).singleElement().asString().contains("evaluat");
    }

    @Test
    void debug_is_accepted_before_and_after_the_command() {
        assertThat(Cli.runWithInput(Samples.FOUNDING_GROUP.text(), "--debug", "evaluate", "-").exitCode()).isZero();
        assertThat(Cli.runWithInput(Samples.FOUNDING_GROUP.text(), "evaluate", "--debug", "-").exitCode()).isZero();
    }

    @Test
    void an_internal_error_is_one_line_without_debug_and_a_stack_trace_with_it() {
        StringWriter quiet = new StringWriter();
        StringWriter loud = new StringWriter();

        int quietCode = ErrorReporter.internalError(new PrintWriter(quiet), new IllegalStateException("it broke\nbadly"), false);
        int loudCode = ErrorReporter.internalError(new PrintWriter(loud), new IllegalStateException("it broke"), true);

        assertThat(quietCode).isEqualTo(1);
        assertThat(quiet.toString()).isEqualTo("internal error: it broke badly (run with --debug for details)\n");
        assertThat(loudCode).isEqualTo(1);
        assertThat(loud.toString()).startsWith("internal error: it broke\n").contains("\tat ");
    }

    @Test
    void problem_lines_never_span_lines() {
        String text = Samples.FOUNDING_GROUP.text().replace("\"id\": \"acme\"", "\"id\": \"ac\\nme\"");

        Cli.Result result = Cli.evaluate(text);

        Rejections.assertCleanRejection(result);
        assertThat(result.errLines()).first().asString()
                .isEqualTo("members[0].id: \"ac\\u000ame\" is not a valid id: use 1 to 64 letters, digits, '_' or '-'");
    }
}
