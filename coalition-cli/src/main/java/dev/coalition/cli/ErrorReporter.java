package dev.coalition.cli;

import dev.coalition.rules.api.PolicyRuntimeException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into stderr lines and exit codes: a problem the user can fix (bad option,
 * unreadable file, malformed JSON, invalid document, policy that does not compile) gives one line
 * per problem and exit 2; anything else is an internal error: one line and exit 1, with the stack
 * trace only under {@code --debug}. Nothing else reaches stderr.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {

    /** Exit code for success. */
    static final int OK = 0;
    /** Exit code for an internal error. */
    static final int INTERNAL_ERROR = 1;
    /** Exit code for a usage error, an unreadable file, malformed JSON or invalid content. */
    static final int INVALID_INPUT = 2;
    /** Exit code for a check of behaviour that failed: a scenario ({@code test}) or a fairness law ({@code check --fairness}). */
    static final int CHECK_FAILED = 3;

    private PrintWriter err;

    /** Sets where the problems of the next run go. */
    void printTo(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        print(err == null ? command.getErr() : err, Messages.oneLine(ex) + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
        return INVALID_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        PrintWriter err = this.err == null ? command.getErr() : this.err;
        if (ex instanceof UserError problems) {
            problems.lines().forEach(line -> print(err, line));
            return INVALID_INPUT;
        }
        return internalError(err, ex, debug(parseResult));
    }

    /**
     * Reports an unexpected failure, an {@link Error} (out of memory, stack overflow) included: one
     * line, and the stack trace when asked for.
     */
    static int internalError(PrintWriter err, Throwable ex, boolean debug) {
        String what = ex instanceof PolicyRuntimeException ? "the policy failed: " : "internal error: ";
        String message = ex instanceof Error ? ex.getClass().getSimpleName()
                + (ex.getMessage() == null || ex.getMessage().isBlank() ? "" : ": " + Messages.oneLine(ex)) : Messages.oneLine(ex);
        print(err, what + message + (debug ? "" : " (run with --debug for details)"));
        if (debug) {
            ex.printStackTrace(err);
            err.flush();
        }
        return INTERNAL_ERROR;
    }

    /** Whether --debug was given to the command or any of its subcommands. */
    static boolean debug(ParseResult parseResult) {
        for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static void print(PrintWriter err, String line) {
        err.print(printable(line));
        err.print('\n');
        err.flush();
    }

    /** The line with control characters escaped, so that one problem stays on one line. */
    static String printable(String line) {
        StringBuilder text = new StringBuilder(line.length());
        line.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                text.append(String.format("\\u%04x", c));
            } else {
                text.appendCodePoint(c);
            }
        });
        return text.toString();
    }
}
