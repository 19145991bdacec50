package dev.coalition.rules.api;

import java.util.Objects;

/**
 * A problem in a policy file, found when the policy is compiled.
 *
 * @param file    the policy file's name, e.g. {@code governance-mode.drl}
 * @param line    the line, from 1; 0 when the problem concerns the file as a whole
 * @param column  the column, from 1; 0 when it is not known
 * @param rule    the name of the rule the line belongs to, or {@code null}
 * @param message what is wrong
 */
public record PolicyDiagnostic(String file, int line, int column, String rule, String message) {

    public PolicyDiagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line " + line + ", column " + column + ": give 0 (unknown) or more");
        }
    }

    /** A problem at a line whose column is not known. */
    public PolicyDiagnostic(String file, int line, String rule, String message) {
        this(file, line, 0, rule, message);
    }

    /** The diagnostic as {@code FILE:LINE:COLUMN: rule "NAME": MESSAGE} ({@code FILE:LINE: ...} without a column, no rule part outside a rule). */
    @Override
    public String toString() {
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + (rule == null ? "" : "rule \"" + rule + "\": ") + message;
    }
}
