package dev.coalition.policy;

/**
 * Thrown for an unknown setting name, a value of the wrong type or a value out of range. The
 * message names the setting, what was wrong and what is allowed.
 */
public final class SettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient java.util.List<String> problems;

    /** @param message a sentence that starts with the setting's name */
    public SettingsException(String message) {
        super(message);
        this.problems = java.util.List.of(message);
    }

    /** @param problems one sentence per problem, each starting with the setting's name; at least one */
    public SettingsException(java.util.List<String> problems) {
        super(String.join("\n", problems));
        this.problems = java.util.List.copyOf(problems);
    }

    /** Every problem, one sentence each (a single one for most failures). */
    public java.util.List<String> problems() {
        return problems;
    }
}
