package dev.coalition.rules.lifecycle;

import java.time.LocalDate;

/**
 * Fact: a membership change that took effect by the day of the review.
 *
 * @param kind   {@code ADMIT} or {@code DEPART}
 * @param member the member admitted or departing
 * @param on     the day it took effect
 */
public record MembershipChangeSeen(String kind, String member, LocalDate on) {
}
