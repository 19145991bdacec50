package dev.coalition.cli;

import dev.coalition.core.Violation;

/**
 * A problem in the input document, with where it starts in the source text, so that problems
 * can be reported in document order.
 *
 * @param path    the path of the field or item concerned, e.g. {@code members[3].trusts[0]}
 * @param message what is wrong
 * @param offset  where the path (or its nearest existing ancestor) starts in the source, or -1 if not yet known
 */
record Problem(String path, String message, long offset) {

    static Problem at(String path, String message) {
        return new Problem(path, message, -1);
    }

    /** The line printed to stderr: {@code PATH: MESSAGE}. */
    String line() {
        return new Violation(path, message).toString();
    }
}
