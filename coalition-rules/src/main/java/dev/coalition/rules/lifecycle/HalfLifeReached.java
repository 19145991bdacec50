package dev.coalition.rules.lifecycle;

import dev.coalition.rules.policy.Explained;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: the coalition has reached the age at which alliances are said to lose half their
 * momentum.
 *
 * @param on     the day it reached it
 * @param reason why
 */
public record HalfLifeReached(LocalDate on, CharSequence reason) implements Explained {

    public HalfLifeReached {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        return Map.of("halfLifeReachedOn", on.toString());
    }
}
