package dev.coalition.rules.value;

import dev.coalition.value.Principle;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Input fact: a distribution was asked for: the policy it names, if any, the coalition's stated
 * principles, and which inputs it gives.
 *
 * @param namedPolicy        the policy the request names, or {@code null}
 * @param principles         the coalition's stated principles
 * @param contributionsGiven whether every member's contribution is given
 * @param needsGiven         whether every member's need and the need weight are given
 * @param gameGiven          whether a cooperative game is given
 */
public record DistributionAsked(String namedPolicy, Set<Principle> principles, boolean contributionsGiven,
                                boolean needsGiven, boolean gameGiven) {

    public DistributionAsked {
        principles = principles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(principles));
    }

    /** Whether the request names a policy. */
    public boolean policyNamed() {
        return namedPolicy != null;
    }
}
