package dev.coalition.rules.api;

import java.util.Objects;

/**
 * A flag of all the candidates that a composition suggestion would clear.
 *
 * @param id      the flag's id, e.g. {@code WIDE_SPREAD}
 * @param subject the flag's subject, e.g. {@code INNOVATION}
 */
public record ClearedFlag(String id, String subject) {

    public ClearedFlag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
    }
}
