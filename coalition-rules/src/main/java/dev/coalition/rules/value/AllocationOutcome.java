package dev.coalition.rules.value;

import dev.coalition.value.Allocation;
import dev.coalition.value.Guarantee;
import java.util.Objects;

/**
 * Input fact: an allocation as computed, for the rules that look for fairness problems in it.
 *
 * @param allocation the allocation
 */
public record AllocationOutcome(Allocation allocation) {

    public AllocationOutcome {
        Objects.requireNonNull(allocation, "allocation");
    }

    /** How many members have a negative exact share (a non-monotone game). */
    public int negativeShares() {
        return allocation.negativeShares().size();
    }

    /** Whether the shares are estimates. */
    public boolean approximate() {
        return allocation.guarantee() == Guarantee.APPROXIMATE;
    }

    /** The policy applied. */
    public String policy() {
        return allocation.policy();
    }
}
