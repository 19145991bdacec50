package dev.coalition.rules.proposal;

import java.time.Instant;

/**
 * Fact: a vote cast after voting closed.
 *
 * @param proposal the proposal's id
 * @param member   the member that voted
 * @param at       when it voted
 * @param closes   when voting closed
 */
public record IgnoredVote(String proposal, String member, Instant at, Instant closes) {
}
