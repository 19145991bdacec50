package dev.coalition.rules.proposal;

import java.time.Instant;

/**
 * Fact: something dated after the analysis instant, which is therefore left out.
 *
 * @param proposal the proposal's id
 * @param what     what it is, e.g. {@code "the vote of m3"}, {@code "the decision"}
 * @param at       the date it carries
 * @param asOf     the analysis instant
 */
public record DatedAfterAsOf(String proposal, String what, Instant at, Instant asOf) {
}
