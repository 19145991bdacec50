package dev.coalition.rules.communication;

/**
 * Fact: how many entries of a communication plan reach a member (one fact per member, counted in
 * Java from the audiences, a category reaching each of its members).
 *
 * @param member  the member's id
 * @param entries how many entries reach it
 */
public record MemberChannels(String member, int entries) {
}
