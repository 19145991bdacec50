package dev.coalition.rules.conflict;

import dev.coalition.conflict.ConflictType;
import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: a conflict type and its role, PRIMARY or SECONDARY, with what led there.
 *
 * @param type    the type
 * @param role    PRIMARY or SECONDARY
 * @param because the subjects (or the behaviour) that led there
 * @param reason  why
 */
public record TypeRole(ConflictType type, String role, List<String> because, CharSequence reason) implements Explained {

    public TypeRole {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
        because = List.copyOf(because);
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("type", type.name());
        inputs.put("role", role);
        inputs.put("because", because);
        return inputs;
    }
}
