package dev.coalition.rules.conflict;

import dev.coalition.conflict.ConflictType;
import java.util.Set;

/**
 * Input fact: someone who might mediate a conflict, with the figures the mediator rules compare
 * (computed from the trust network).
 *
 * @param id              member or external mediator id
 * @param external        whether it comes from outside the coalition
 * @param party           whether it is a party to the conflict
 * @param partiesTrusting how many parties trust it
 * @param partiesTied     how many parties it has a trust tie with, either way
 * @param parties         how many parties there are
 * @param expertise       the kinds of conflict it mediates
 */
public record MediatorCandidate(String id, boolean external, boolean party, int partiesTrusting, int partiesTied,
                                int parties, Set<ConflictType> expertise) {

    /** Whether it has trust ties with some parties but none with others: an ally of one side. */
    public boolean allyOfOneSide() {
        return partiesTied > 0 && partiesTied < parties;
    }

    /** Whether every party trusts it. */
    public boolean trustedByAllParties() {
        return parties > 0 && partiesTrusting == parties;
    }
}
