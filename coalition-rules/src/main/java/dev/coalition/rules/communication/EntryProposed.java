package dev.coalition.rules.communication;

import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: a rule proposes an entry of the communication plan.
 *
 * @param layer         {@code OPERATIONAL}, {@code TACTICAL}, {@code STRATEGIC} or {@code INNOVATION}
 * @param cadence       {@code DAILY}, {@code WEEKLY}, {@code MONTHLY} or {@code QUARTERLY}
 * @param format        {@code MEETING} or {@code ASYNC}
 * @param hoursPerMonth the hours a month it takes
 * @param audience      the ids of the members it reaches
 * @param reason        why it is proposed
 */
public record EntryProposed(String layer, String cadence, String format, int hoursPerMonth, List<String> audience,
                            CharSequence reason) implements Explained {

    public EntryProposed {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(reason, "reason");
        audience = List.copyOf(audience);
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("layer", layer);
        inputs.put("cadence", cadence);
        inputs.put("format", format);
        inputs.put("hoursPerMonth", hoursPerMonth);
        return inputs;
    }
}
