package dev.coalition.rules.lifecycle;

import java.time.LocalDate;

/**
 * Fact: where a coalition stands in its life on the day of the review.
 *
 * @param formedOn    when it was formed
 * @param asOf        the day of the review
 * @param lastRenewal the last renewal held by {@code asOf}, or {@code null} when none was
 * @param periodStart the start of the current renewal period: {@code lastRenewal}, or {@code formedOn}
 * @param ageMonths   whole months from {@code formedOn} to {@code asOf}
 */
public record LifecycleClock(LocalDate formedOn, LocalDate asOf, LocalDate lastRenewal, LocalDate periodStart,
                             long ageMonths) {
}
