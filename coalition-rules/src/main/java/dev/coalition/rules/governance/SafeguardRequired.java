package dev.coalition.rules.governance;

import dev.coalition.rules.policy.Explained;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: a safeguard the recommended governance needs.
 *
 * @param id         a stable identifier, e.g. {@code PUBLISHED_RATIONALE}
 * @param parameters its parameters, in the order given
 * @param reason     why it is needed
 */
public record SafeguardRequired(String id, Map<String, Object> parameters, CharSequence reason) implements Explained {

    public SafeguardRequired {
        Objects.requireNonNull(id, "id");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters, "parameters")));
        Objects.requireNonNull(reason, "reason");
    }

    /** A safeguard without parameters. */
    public SafeguardRequired(String id, CharSequence reason) {
        this(id, Map.of(), reason);
    }

    /** A safeguard with one parameter. */
    public SafeguardRequired(String id, String name, Object value, CharSequence reason) {
        this(id, single(name, value), reason);
    }

    /** A safeguard with two parameters. */
    public SafeguardRequired(String id, String name1, Object value1, String name2, Object value2, CharSequence reason) {
        this(id, pair(name1, value1, name2, value2), reason);
    }

    private static Map<String, Object> single(String name, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(name, value);
        return map;
    }

    private static Map<String, Object> pair(String name1, Object value1, String name2, Object value2) {
        Map<String, Object> map = single(name1, value1);
        map.put(name2, value2);
        return map;
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("safeguard", id);
        inputs.putAll(parameters);
        return inputs;
    }
}
