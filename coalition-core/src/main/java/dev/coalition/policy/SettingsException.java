package dev.coalition.policy;

/**
 * Thrown for an unknown setting name, a value of the wrong type or a value out of range. The
 * message names the setting, what was wrong and what is allowed.
 */
public final class SettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message a sentence that starts with the setting's name */
    public SettingsException(String message) {
        super(message);
    }
}
