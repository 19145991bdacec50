package dev.coalition.rules;

import dev.coalition.rules.policy.Explained;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact of test policies: a note that only explains (it is no part of any answer), so that
 * its reason is read only when the explanation is.
 *
 * @param reason the note
 */
public record CountedNote(CharSequence reason) implements Explained {

    public CountedNote {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        return Map.of();
    }
}
