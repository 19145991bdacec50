package dev.coalition.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code coalition test PATH...}: runs scenario files ({@code *.scenario.json}) against the policy and
 * prints {@code PASS NAME} or one {@code FAIL NAME: PATH: ...} line per failed expectation for each
 * scenario, then {@code N passed, M failed}. Every scenario runs. Exit codes: 0 when all pass, 3
 * when any fails, 2 when a scenario file cannot be read or is malformed, or the policy does not
 * build (2 wins over 3).
 */
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 120,
        versionProvider = VersionProvider.class,
        description = {
            "Run scenario files against the policy: each holds a coalition document, settings for it (optional) and "
                    + "what the answer of 'coalition evaluate' must hold, by path: {\"name\": \"...\", \"document\": {...}, "
                    + "\"settings\": {\"NAME\": \"VALUE\"}, \"expect\": {\"governance.mode\": \"HYBRID\", "
                    + "\"governance.findings[*].id\": [\"POOR_FIT\"]}}. Format: schema/coalition-scenario.schema.json.",
            "Prints PASS NAME, or FAIL NAME: PATH: ... for each expectation not met, then N passed, M failed. "
                    + "A malformed scenario file is reported on standard error as FILE: PATH: MESSAGE."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every scenario passed",
            "1:internal error",
            "2:usage error, a scenario file that cannot be read or is malformed, a policy that does not build, bad --set",
            "3:a scenario failed"
        })
final class TestCommand implements Callable<Integer> {

    /** Exit code when a scenario failed and nothing else went wrong. */
    static final int SCENARIO_FAILED = ErrorReporter.CHECK_FAILED;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "A scenario file, or a directory searched recursively for *.scenario.json files (sorted).")
    List<String> paths = new ArrayList<>();

    @Mixin
    PolicyOptions policy = new PolicyOptions();

    private PrintWriter out;
    private PrintWriter err;

    /** Sets where the results and the problems of the next run go. */
    void streams(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        policy.overrides();
        List<String> problems = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : ScenarioFiles.find(paths, problems)) {
            try {
                scenarios.add(ScenarioFile.read(file));
            } catch (UserError e) {
                problems.addAll(e.lines());
            }
        }
        problems.forEach(line -> print(err, line));
        int passed = 0;
        int failed = 0;
        try (ScenarioAdvisors advisors = ScenarioAdvisors.of(policy)) {
            for (Scenario scenario : scenarios) {
                List<String> failures = ScenarioCheck.failures(scenario, advisors);
                if (failures.isEmpty()) {
                    passed++;
                    print(out, "PASS " + scenario.name());
                } else {
                    failed++;
                    failures.forEach(failure -> print(out, "FAIL " + scenario.name() + ": " + failure));
                }
            }
        }
        print(out, passed + " passed, " + failed + " failed");
        return !problems.isEmpty() ? ErrorReporter.INVALID_INPUT : failed > 0 ? SCENARIO_FAILED : ErrorReporter.OK;
    }

    private static void print(PrintWriter writer, String line) {
        writer.print(ErrorReporter.printable(line));
        writer.print('\n');
        writer.flush();
    }
}
