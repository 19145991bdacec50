package dev.coalition.proposal;

import java.time.Instant;

/**
 * One member's vote on a proposal.
 *
 * @param member the voting member's id
 * @param choice how it voted
 * @param at     when the vote was cast
 */
public record Vote(String member, Choice choice, Instant at) {
}
