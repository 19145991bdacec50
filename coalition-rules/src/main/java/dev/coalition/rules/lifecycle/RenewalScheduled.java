package dev.coalition.rules.lifecycle;

import dev.coalition.rules.policy.Explained;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: when the next renewal is due.
 *
 * @param due    the day it is due
 * @param reason why
 */
public record RenewalScheduled(LocalDate due, CharSequence reason) implements Explained {

    public RenewalScheduled {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        return Map.of("renewalDue", due.toString());
    }
}
