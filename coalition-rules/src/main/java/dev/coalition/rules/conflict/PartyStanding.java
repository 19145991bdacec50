package dev.coalition.rules.conflict;

/**
 * Input fact: how embedded a party is in the coalition, for proposing who leaves if the coalition
 * diverges.
 *
 * @param member       the party
 * @param trustedBy    how many members trust it
 * @param votingWeight its voting weight
 */
public record PartyStanding(String member, int trustedBy, long votingWeight) {
}
