package dev.coalition.rules.assessment;

import dev.coalition.rules.policy.Explained;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: a composition the rules offer.
 *
 * @param scope  the scope of the group that remains ({@link CompositionCandidate#scope()})
 * @param reason why it is offered, with the figures
 */
public record CompositionOffered(String scope, CharSequence reason) implements Explained {

    public CompositionOffered {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        return Map.of("scope", scope);
    }
}
