package dev.coalition.rules.policy;

import java.util.Map;

/**
 * A result fact that explains itself. Every fact a rule inserts that implements this interface
 * becomes one step of the decision's explanation, attributed to the rule that inserted it.
 */
public interface Explained {

    /** Why the fact was inserted: a sentence built from the facts the rule matched. */
    String reason();

    /** The named inputs the rule used, in a stable order. */
    Map<String, Object> inputs();
}
