package dev.coalition.cli;

import java.util.List;

/**
 * A problem the user can fix: a bad option, an unreadable file, malformed JSON, an invalid
 * document or a policy that does not compile. Each line is printed on its own to stderr, and the
 * command exits with code 2. Never carries a stack trace to the user.
 */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> lines;

    UserError(List<String> lines) {
        super(String.join("\n", lines), null, false, false);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a UserError needs at least one line");
        }
        this.lines = List.copyOf(lines);
    }

    UserError(String line) {
        this(List.of(line));
    }

    /** The lines to print, one problem each. */
    List<String> lines() {
        return lines;
    }
}
