package dev.coalition.cli;

import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.PolicyCheck;
import dev.coalition.rules.api.PolicyDiagnostic;
import dev.coalition.testkit.FairnessCheck;
import dev.coalition.testkit.FairnessReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coalition check [--policy] DIR}: builds the bundled policy with a policy directory laid over
 * it, every decision area whose DRL it changes compiled from source, and reports every problem as
 * {@code FILE:LINE:COLUMN: rule "NAME": MESSAGE} (exit 2), or {@code OK: N rules in M files} (exit 0).
 * With {@code --fairness} a policy that builds is then checked against the fairness laws with generated
 * distributions ({@link FairnessCheck}): the report is printed, and a broken law exits with 3.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 120,
        versionProvider = VersionProvider.class,
        description = {"Check a policy directory: the bundled policy with DIR's *.drl and *.settings.properties files laid "
                + "over it, every decision area whose DRL it changes compiled from source, with every check an advisor makes when it is built.",
                "Prints 'OK: N rules in M files', or one line per problem on stderr (FILE:LINE:COLUMN: rule \"NAME\": MESSAGE) "
                        + "and exits with 2.",
                "--fairness then checks the fairness laws on distributions the policy decides: a broken law prints its "
                        + "counterexample and exits with 3."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The policy directory (or give it with --policy).")
    Path directory;

    @Option(names = "--policy", paramLabel = "DIR", description = "The policy directory, as an option.")
    Path policyDirectory;

    @Option(names = "--fairness", description = "Also check the fairness laws (shares add up, members alike treated alike, "
            + "a higher contribution never lowers a share, ...) on generated distributions decided by the policy.")
    boolean fairness;

    @Option(names = "--cases", paramLabel = "N",
            description = "With --fairness: how many distributions to generate (default " + FairnessCheck.DEFAULT_CASES + "; 1.."
                    + FairnessCheck.MAX_CASES + ").")
    Integer cases;

    @Option(names = "--seed", paramLabel = "S",
            description = "With --fairness: the seed of the generated distributions (default " + FairnessCheck.DEFAULT_SEED
                    + "); the same seed checks the same distributions.")
    Long seed;

    private PrintWriter out;

    /** Sets where the verdict goes, before each run. */
    void out(PrintWriter out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        Path dir = chosenDirectory();
        checkFairnessOptions();
        List<String> problems = new ArrayList<>();
        PolicyCheck check = PolicyCheck.of(dir);
        check.problems().stream().map(PolicyDiagnostic::toString).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new UserError(problems);
        }
        out.print(check.summary() + "\n");
        if (fairness) {
            return checkFairness(dir);
        }
        out.flush();
        return ErrorReporter.OK;
    }

    private void checkFairnessOptions() {
        if (!fairness && (cases != null || seed != null)) {
            throw new UserError((cases != null ? "--cases" : "--seed") + ": only --fairness generates cases; add --fairness "
                    + "or leave the option out");
        }
        if (cases != null && (cases < 1 || cases > FairnessCheck.MAX_CASES)) {
            throw new UserError("--cases: " + cases + " is outside 1.." + FairnessCheck.MAX_CASES + "; give e.g. --cases 200");
        }
    }

    private int checkFairness(Path dir) {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().policyDirectory(dir).build()) {
            FairnessReport report = FairnessCheck.of(advisor)
                    .seed(seed == null ? FairnessCheck.DEFAULT_SEED : seed)
                    .cases(cases == null ? FairnessCheck.DEFAULT_CASES : cases).run();
            report.lines().forEach(line -> out.print(line + "\n"));
            out.flush();
            return report.passed() ? ErrorReporter.OK : ErrorReporter.CHECK_FAILED;
        }
    }

    /** The one directory given, positionally or with --policy, that exists. */
    private Path chosenDirectory() {
        if (directory == null && policyDirectory == null) {
            throw new UserError("check: give the policy directory, e.g. 'coalition check my-policy' or 'coalition check --policy my-policy'");
        }
        if (directory != null && policyDirectory != null && !directory.equals(policyDirectory)) {
            throw new UserError("check: two directories given (" + directory + " and --policy " + policyDirectory
                    + "); give one");
        }
        Path dir = directory != null ? directory : policyDirectory;
        if (!Files.isDirectory(dir)) {
            throw new UserError((policyDirectory != null ? "--policy " : "") + dir + ": " + (Files.exists(dir)
                    ? "is not a directory" : "no such directory") + "; give a directory of *.drl and *.settings.properties files");
        }
        return dir;
    }
}
