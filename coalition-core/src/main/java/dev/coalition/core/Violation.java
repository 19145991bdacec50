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

    /** The problem as a single line {@code PATH: MESSAGE}, or just the message when the path is empty. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
