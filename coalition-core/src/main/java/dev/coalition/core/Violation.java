package dev.coalition.core;

import java.util.Objects;

/**
 * One problem found in an input: where it is and what is wrong.
 *
 * <p>The {@code path} uses the same notation as the JSON document the command line reads:
 * {@code .key} for object keys (the leading dot is dropped at the root) and {@code [i]} for
 * array items counted from 0, for example {@code members[3].trusts[0]}. An empty path means the
 * document as a whole.
 *
 * @param path    where the problem is, from the root of the document
 * @param message what is wrong and, where it helps, what is allowed
 */
public record Violation(String path, String message) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** How many characters of a value {@link #quote(String)} shows before shortening it. */
    public static final int QUOTED_LENGTH = 40;

    /**
     * A value the user gave, quoted for a message: in double quotes, with {@code "} and {@code \}
     * escaped and control characters written as {@code \}{@code uXXXX}, and shortened when it is
     * longer than {@value #QUOTED_LENGTH} characters to its first {@value #QUOTED_LENGTH} and how
     * long it is: {@code "aaaa…(10000000 characters)"}. Every message that echoes input uses it, so a
     * huge value never makes a huge message. {@code null} is quoted as {@code null}.
     */
    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.codePointCount(0, value.length()) > QUOTED_LENGTH
                ? value.substring(0, value.offsetByCodePoints(0, QUOTED_LENGTH)) : value;
        StringBuilder quoted = new StringBuilder(shown.length() + 32).append('"');
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append(shown.length() < value.length() ? more(value) : "").append('"').toString();
    }

    /**
     * A value the user gave, unquoted (for a number as written), shortened as {@link #quote(String)}
     * shortens it: {@code 1111…(100000 characters)}.
     */
    public static String shortened(String value) {
        if (value == null || value.codePointCount(0, value.length()) <= QUOTED_LENGTH) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, QUOTED_LENGTH)) + more(value);
    }

    private static String more(String value) {
        return "\u2026(" + value.length() + " characters)";
    }

    /** The problem as a single line {@code PATH: MESSAGE}, or just the message when the path is empty. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
