package dev.coalition.rules.conflict;

import dev.coalition.conflict.Resolvability;
import dev.coalition.rules.policy.Explained;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: whether the conflict is resolvable; a policy inserts exactly one.
 *
 * @param value  the verdict
 * @param reason why
 */
public record ResolvabilityVerdict(Resolvability value, CharSequence reason) implements Explained {

    public ResolvabilityVerdict {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        return Map.of("resolvability", value.name());
    }
}
