package dev.coalition.rules.api;

import dev.coalition.value.Rebalancing;
import java.util.List;
import java.util.Objects;

/**
 * A periodic value review: each member's standing, the next budget's payout, and findings such as
 * a member persistently below target. Immutable.
 *
 * @param review       the standings and the allocation of the budget
 * @param nextReviewOn when the next review is due (one {@code value.reviewPeriodMonths} later), or
 *                     {@code null} when the review was not dated
 * @param findings     problems worth acting on
 * @param explanation  the computation steps and the rules that fired
 */
public record RebalanceAdvice(Rebalancing.Review review, java.time.LocalDate nextReviewOn, List<Finding> findings,
                              List<ExplanationStep> explanation) {

    public RebalanceAdvice {
        Objects.requireNonNull(review, "review");
        findings = List.copyOf(findings);
        explanation = List.copyOf(explanation);
    }
}
