package dev.coalition.rules.lifecycle;

import dev.coalition.rules.policy.Explained;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: an item for the next renewal retreat's agenda.
 *
 * @param topic  what to discuss, e.g. {@code "Governance mode"}
 * @param reason why it is on the agenda
 */
public record AgendaItem(String topic, CharSequence reason) implements Explained {

    public AgendaItem {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        return Map.of("topic", topic);
    }
}
