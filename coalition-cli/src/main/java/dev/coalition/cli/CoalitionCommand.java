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
 * The {@code coalition} command: {@code evaluate} a coalition document, write its HTML {@code report}, list the policy
 * {@code settings}, {@code check} a policy directory, list its {@code rules}, {@code test} it with scenario files.
 * Exit codes: 0 success; 1 internal error; 2 usage error, unreadable file, malformed JSON, invalid document or policy,
 * bad setting; 3 a scenario or a fairness law failed.
 */
@Command(name = "coalition", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, usageHelpWidth = 120,
        description = "Coalition governance as code: recommends how a coalition should govern itself, explained.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:internal error (one line; the stack trace with --debug)",
            "2:usage error, unreadable file, malformed JSON, invalid document, policy that does not compile, bad --set",
            "3:coalition test: a scenario failed; coalition check --fairness: a fairness law failed"
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
        } catch (RuntimeException | Error e) {
            // an Error (out of memory, stack overflow, ...) is not handed to the execution handler by picocli:
            // it is reported here, in one line like any internal error
            boolean debug = java.util.Arrays.asList(args).contains("--debug");
            return ErrorReporter.internalError(err, e, debug);
        }
    }

    /**
     * The command line with its subcommands, streams and error handling. Each thread builds it once
     * and reuses it (picocli sets every option back to its initial value before each parse): building
     * picocli's model by reflection costs more than evaluating a small document.
     */
    static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = COMMAND_LINES.get();
        ((EvaluateCommand) commandLine.getSubcommands().get("evaluate").getCommand()).streams(stdin, out);
        ((ReportCommand) commandLine.getSubcommands().get("report").getCommand()).streams(stdin, out);
        ((SettingsCommand) commandLine.getSubcommands().get("settings").getCommand()).out(out);
        ((TestCommand) commandLine.getSubcommands().get("test").getCommand()).streams(out, err);
        ((RulesCommand) commandLine.getSubcommands().get("rules").getCommand()).out(out);
        ((CheckCommand) commandLine.getSubcommands().get("check").getCommand()).out(out);
        commandLine.setOut(out);
        commandLine.setErr(err);
        ((ErrorReporter) commandLine.getExecutionExceptionHandler()).printTo(err);
        return commandLine;
    }

    private static final ThreadLocal<CommandLine> COMMAND_LINES = ThreadLocal.withInitial(CoalitionCommand::newCommandLine);

    private static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new CoalitionCommand());
        commandLine.addSubcommand(new EvaluateCommand());
        commandLine.addSubcommand(new ReportCommand());
        commandLine.addSubcommand(new SettingsCommand());
        commandLine.addSubcommand(new TestCommand());
        commandLine.addSubcommand(new RulesCommand());
        commandLine.addSubcommand(new CheckCommand());
        ErrorReporter reporter = new ErrorReporter();
        commandLine.setParameterExceptionHandler(reporter);
        commandLine.setExecutionExceptionHandler(reporter);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    @Override
    public Integer call() {
        throw new UserError("missing command: give evaluate FILE.json, report FILE.json, check DIR, test PATH, rules or settings (see 'coalition --help')");
    }
}
