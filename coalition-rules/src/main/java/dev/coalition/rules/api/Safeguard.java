package dev.coalition.rules.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A safeguard the recommended governance mode needs to stay legitimate and effective, e.g. a
 * rationale published within 48 hours of each central decision.
 *
 * @param id         a stable identifier, e.g. {@code PUBLISHED_RATIONALE}
 * @param parameters its parameters (deadline hours, categories without a seat, ...), in a stable order
 * @param reason     why the mode needs it, as a sentence
 */
public record Safeguard(String id, Map<String, Object> parameters, String reason) {

    public Safeguard {
        Objects.requireNonNull(id, "id");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters, "parameters")));
        Objects.requireNonNull(reason, "reason");
    }
}
