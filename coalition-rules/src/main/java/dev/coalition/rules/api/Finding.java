package dev.coalition.rules.api;

import java.util.Objects;

/**
 * A problem worth acting on, raised by a policy rule.
 *
 * @param id       a stable identifier, e.g. {@code CATEGORY_WITHOUT_SEAT}
 * @param severity how urgently to act
 * @param subject  what the finding is about: a member id, a category, a contingency
 * @param reason   a sentence a person can read, saying what is wrong and what to do
 */
public record Finding(String id, Severity severity, String subject, String reason) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
    }
}
