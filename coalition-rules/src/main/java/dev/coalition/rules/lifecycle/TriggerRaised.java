package dev.coalition.rules.lifecycle;

import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: something that calls for the coalition to adapt at its next renewal.
 *
 * @param id      a stable identifier, e.g. {@code RENEWAL_OVERDUE}, {@code PILLAR_FALLING}
 * @param subject what it is about
 * @param reason  a sentence saying what happened and why it calls for adaptation
 */
public record TriggerRaised(String id, String subject, CharSequence reason) implements Explained {

    public TriggerRaised {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("trigger", id);
        inputs.put("subject", subject);
        return inputs;
    }
}
