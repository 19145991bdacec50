package dev.coalition.rules.value;

import dev.coalition.value.PeerAttribution;
import java.util.Objects;

/**
 * Input fact: a peer attribution as computed, for the rules that look for problems in it.
 *
 * @param attribution the attribution
 */
public record AttributionOutcome(PeerAttribution.Attribution attribution) {

    public AttributionOutcome {
        Objects.requireNonNull(attribution, "attribution");
    }

    /** The share of the whole left unallocated, as a number. */
    public double unallocated() {
        return attribution.unallocated().doubleValue();
    }

    /** How many members got a negative share. */
    public int negativeShares() {
        return (int) attribution.shares().values().stream().filter(f -> f.signum() < 0).count();
    }
}
