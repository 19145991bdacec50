package dev.coalition.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code coalition} command: {@code evaluate} a coalition document, list the policy
 * {@code settings}. Exit codes: 0 success; 1 internal error; 2 usage error, unreadable file,
 * malformed JSON, invalid document or policy, bad setting.
 */
@Command(name = "coalition", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, usageHelpWidth = 120,
        description = "Coalition governance as code: recommends how a coalition should govern itself, explained.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:internal error (one line; the stack trace with --debug)",
            "2:usage error, unreadable file, malformed JSON, invalid document, policy that does not compile, bad --set"
        })
public final class CoalitionCommand implements Callable<Integer> {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print the stack trace of an internal error.")
    boolean debug;

    private CoalitionCommand() {
    }

    /** Runs the command and exits the JVM with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        int code = run(System.in, out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command in this process.
     *
     * @param stdin what {@code -} reads
     * @param out   where results, help and version go
     * @param err   where problems go, one per line
     * @return the exit code
     */
    public static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
        try {
            return commandLine(stdin, out, err).execute(args);
        } catch (RuntimeException | LinkageError e) {
            boolean debug = java.util.Arrays.asList(args).contains("--debug");
            return ErrorReporter.internalError(err, e, debug);
        }
    }

    /** The command line with its subcommands, streams and error handling. */
    static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new CoalitionCommand());
        commandLine.addSubcommand(new EvaluateCommand(stdin));
        commandLine.addSubcommand(new SettingsCommand());
        ErrorReporter reporter = new ErrorReporter();
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(reporter);
        commandLine.setExecutionExceptionHandler(reporter);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    @Override
    public Integer call() {
        throw new UserError("missing command: give 'evaluate FILE.json' or 'settings' (see 'coalition --help')");
    }
}
