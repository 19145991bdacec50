package dev.coalition.rules.assessment;

import dev.coalition.rules.policy.Explained;
import dev.coalition.value.Fraction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Policy constant: a decimal threshold setting as the exact figure it was written as, so that
 * the flag rules compare exact figures with it exactly.
 *
 * @param setting the setting's name, e.g. {@code assessment.maxSpread}
 * @param value   its value, exact
 * @param reason  what the threshold decides
 */
public record Threshold(String setting, Fraction value, CharSequence reason) implements Explained {

    public Threshold {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("setting", setting);
        inputs.put("value", value.toString());
        return inputs;
    }
}
