package dev.coalition.proposal;

import java.time.Instant;

/**
 * Input a member gave on a centrally decided proposal (a comment, a position paper).
 *
 * @param member the member's id
 * @param at     when the input was received
 */
public record MemberInput(String member, Instant at) {
}
