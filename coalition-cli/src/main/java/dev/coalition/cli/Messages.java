package dev.coalition.cli;

import java.util.regex.Pattern;

/** Turns messages of libraries and exceptions into single lines fit for a user. */
final class Messages {

    private static final Pattern START_MARKER =
            Pattern.compile("\\(start marker at \\[Source: [^;\\]]*(?:\\([^)]*\\))?[^;\\]]*; line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\[Source: [^\\]]*\\]");
    private static final Pattern FROM_SETTING = Pattern.compile(",? from `[^`]*`");
    private static final Pattern ENABLE_FEATURE = Pattern.compile(":? ?enable `[^`]*` to allow");
    private static final Pattern FEATURE_NOT_ENABLED =
            Pattern.compile("\\s*\\(not recognized as one since Feature '[^']*' not enabled for parser\\)");
    private static final Pattern BACKTICKED = Pattern.compile("\\s*`[^`]*`");

    private Messages() {
    }

    /** An exception's message on one line; its simple class name when it has none. */
    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return oneLine(message);
    }

    /** A message on one line. */
    static String oneLine(String message) {
        return message.replaceAll("\\s+", " ").strip();
    }

    /** A JSON parser's message on one line, without its source description or class names. */
    static String jsonProblem(String message) {
        if (message == null || message.isBlank()) {
            return "malformed JSON";
        }
        String text = START_MARKER.matcher(message).replaceAll("(opened at line $1, column $2)");
        text = SOURCE.matcher(text).replaceAll("");
        text = FROM_SETTING.matcher(text).replaceAll("");
        text = ENABLE_FEATURE.matcher(text).replaceAll(" (not allowed in JSON)");
        text = FEATURE_NOT_ENABLED.matcher(text).replaceAll(" (JSON has no comments)");
        text = BACKTICKED.matcher(text).replaceAll("");
        text = text.replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? "malformed JSON" : text;
    }
}
