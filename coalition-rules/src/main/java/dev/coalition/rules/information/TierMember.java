package dev.coalition.rules.information;

/**
 * Fact: a member belongs to an information tier.
 *
 * @param tier   the tier's name
 * @param member the member's id
 */
public record TierMember(String tier, String member) {
}
