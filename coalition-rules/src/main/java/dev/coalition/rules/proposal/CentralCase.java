package dev.coalition.rules.proposal;

import java.time.Instant;

/**
 * Fact: a proposal of a centralized domain and where its decision stands as of the analysis instant.
 *
 * @param proposal             the proposal's id
 * @param decided              whether a decision was taken by the analysis instant
 * @param verdict              {@code APPROVED} or {@code REJECTED}, or {@code null} when not decided
 * @param by                   the id of the member that decided, or {@code null}
 * @param decidedAt            when it decided, or {@code null}
 * @param rationalePublished   whether its rationale was published by the analysis instant
 * @param secondsToRationale   seconds from the decision to the rationale's publication (0 when not published)
 * @param secondsSinceDecision seconds from the decision to the analysis instant (0 when not decided)
 * @param rationalePublishedAt when the rationale was published, or {@code null}
 */
public record CentralCase(String proposal, boolean decided, String verdict, String by, Instant decidedAt,
                          boolean rationalePublished, long secondsToRationale, long secondsSinceDecision,
                          Instant rationalePublishedAt) {
}
