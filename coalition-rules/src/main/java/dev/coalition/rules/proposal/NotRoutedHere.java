package dev.coalition.rules.proposal;

/**
 * Fact: input the proposal's route does not use: votes on a centrally decided proposal, or a
 * central decision on a proposal the members vote on.
 *
 * @param proposal the proposal's id
 * @param what     what was given, e.g. {@code "3 votes"}, {@code "a decision"}
 * @param domain   the proposal's decision domain
 * @param routedTo how that domain is decided: {@code CENTRALIZED} or {@code DISTRIBUTED}
 */
public record NotRoutedHere(String proposal, String what, String domain, String routedTo) {
}
