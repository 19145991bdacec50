package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/** Assertions on a rejected run: exit 2, nothing on stdout, nothing on stderr but one line per problem. */
final class Rejections {

    /** A problem line: {@code PATH: MESSAGE}, the path from the root with {@code .key} and {@code [i]}. */
    static final Pattern PROBLEM_LINE = Pattern.compile(
            "(?:[A-Za-z_$][A-Za-z0-9_$]*|\\[\"[^\"]*\"\\])(?:\\.[A-Za-z_$][A-Za-z0-9_$]*|\\[\\d+\\]|\\[\"[^\"]*\"\\])*: \\S.*");
    /** A malformed-JSON line. */
    static final Pattern MALFORMED_LINE = Pattern.compile("line \\d+, column \\d+: \\S.*");

    private Rejections() {
    }

    /** Asserts the run was rejected with exactly these stderr lines, in this order. */
    static void assertRejected(Cli.Result result, String... lines) {
        assertThat(result.errLines()).containsExactly(lines);
        assertCleanRejection(result);
    }

    /** Asserts exit 2, no stdout, stderr ending with a newline and free of exceptions and stack frames. */
    static void assertCleanRejection(Cli.Result result) {
        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).endsWith("\n").doesNotContain("\r");
        assertThat(result.err()).doesNotContain("Exception", "\tat ", "com.fasterxml", "picocli.", "org.drools",
                "org.kie", "StreamRead");
        assertThat(result.errLines()).isNotEmpty().allSatisfy(line -> assertThat(line).isNotBlank());
    }
}
