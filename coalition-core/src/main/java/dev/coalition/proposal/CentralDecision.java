package dev.coalition.proposal;

import java.time.Instant;

/**
 * The decision on a centrally decided proposal.
 *
 * @param by                   the id of the member that decided
 * @param verdict              what it decided
 * @param at                   when it decided
 * @param rationalePublishedAt when it published the reasons for its decision, or {@code null} when it has not
 */
public record CentralDecision(String by, Verdict verdict, Instant at, Instant rationalePublishedAt) {
}
