package dev.coalition.rules.value;

/**
 * Input fact: a member's standing after a periodic value review.
 *
 * @param member                     the member
 * @param fulfilment                 what it has received as a share of what it should have, after this period
 * @param previousReviewsBelowTarget how many consecutive reviews before this one left it below target (the caller's history)
 */
public record ReviewStanding(String member, double fulfilment, int previousReviewsBelowTarget) {
}
