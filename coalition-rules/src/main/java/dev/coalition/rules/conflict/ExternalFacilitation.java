package dev.coalition.rules.conflict;

import dev.coalition.rules.policy.Explained;
import java.util.Map;

/**
 * Result fact: the conflict needs an external facilitator; members are no longer eligible to mediate.
 *
 * @param reason why
 */
public record ExternalFacilitation(CharSequence reason) implements Explained {

    @Override
    public Map<String, Object> inputs() {
        return Map.of("externalFacilitatorRequired", true);
    }
}
