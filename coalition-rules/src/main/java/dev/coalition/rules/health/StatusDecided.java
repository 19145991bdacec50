package dev.coalition.rules.health;

import dev.coalition.rules.policy.Explained;
import java.util.Map;

/**
 * Result fact: the alliance's health status, HEALTHY, AT_RISK or CRITICAL.
 *
 * @param status the status
 * @param reason why
 */
public record StatusDecided(String status, CharSequence reason) implements Explained {

    @Override
    public Map<String, Object> inputs() {
        return Map.of("status", status);
    }
}
