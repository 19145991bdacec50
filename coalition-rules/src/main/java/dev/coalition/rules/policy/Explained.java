package dev.coalition.rules.policy;

import java.util.Map;

/**
 * A result fact that explains itself. Every fact a rule inserts that implements this interface
 * becomes one step of the decision's explanation, attributed to the rule that inserted it.
 */
public interface Explained {

    /**
     * Why the fact was inserted: a sentence built from the facts the rule matched. A
     * {@link Sentence} (from {@link Text#sentence(String, Object...)}) is formatted only when the
     * explanation is read; a {@code String}, as plain concatenation gives, works as well. A record
     * whose component is a {@code String reason} still implements this.
     */
    CharSequence reason();

    /** The named inputs the rule used, in a stable order. */
    Map<String, Object> inputs();
}
