package dev.coalition.cli;

import dev.coalition.rules.api.PolicyCheck;
import dev.coalition.rules.api.PolicyDiagnostic;
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
 * it, every decision area compiled from source, and reports every problem as
 * {@code FILE:LINE:COLUMN: rule "NAME": MESSAGE} (exit 2), or {@code OK: N rules in M files} (exit 0).
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 120,
        versionProvider = VersionProvider.class,
        description = {"Check a policy directory: the bundled policy with DIR's *.drl and *.settings.properties files laid "
                + "over it, every decision area compiled from source, with every check an advisor makes when it is built.",
                "Prints 'OK: N rules in M files', or one line per problem on stderr (FILE:LINE:COLUMN: rule \"NAME\": MESSAGE) "
                        + "and exits with 2."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The policy directory (or give it with --policy).")
    Path directory;

    @Option(names = "--policy", paramLabel = "DIR", description = "The policy directory, as an option.")
    Path policyDirectory;

    private PrintWriter out;

    /** Sets where the verdict goes, before each run. */
    void out(PrintWriter out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        Path dir = chosenDirectory();
        List<String> problems = new ArrayList<>();
        PolicyCheck check = PolicyCheck.of(dir);
        check.problems().stream().map(PolicyDiagnostic::toString).forEach(problems::add);
        // further checks of the same directory (e.g. the fairness laws) add their problems here
        if (!problems.isEmpty()) {
            throw new UserError(problems);
        }
        out.print(check.summary() + "\n");
        out.flush();
        return ErrorReporter.OK;
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
