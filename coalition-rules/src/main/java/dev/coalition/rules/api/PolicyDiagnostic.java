package dev.coalition.rules.api;

import java.util.Objects;

/**
 * A problem in a policy file, found when the policy is compiled.
 *
 * @param file    the policy file's name, e.g. {@code governance-mode.drl}
 * @param line    the line, from 1; 0 when the problem concerns the file as a whole
 * @param rule    the name of the rule the line belongs to, or {@code null}
 * @param message what is wrong
 */
public record PolicyDiagnostic(String file, int line, String rule, String message) {

    public PolicyDiagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** The diagnostic as {@code file:line: [rule "name"] message}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (rule == null ? "" : "rule \"" + rule + "\": ") + message;
    }
}
