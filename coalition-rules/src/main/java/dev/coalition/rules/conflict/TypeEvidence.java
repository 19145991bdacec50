package dev.coalition.rules.conflict;

import dev.coalition.conflict.ConflictType;
import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Result fact: a subject points to a conflict type.
 *
 * @param type    the type
 * @param subject the subject
 * @param reason  why
 */
public record TypeEvidence(ConflictType type, String subject, CharSequence reason) implements Explained {

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("type", type.name());
        inputs.put("subject", subject);
        return inputs;
    }
}
