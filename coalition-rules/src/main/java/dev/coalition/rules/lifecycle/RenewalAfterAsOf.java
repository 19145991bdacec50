package dev.coalition.rules.lifecycle;

import java.time.LocalDate;

/**
 * Fact: a renewal dated after the day of the review, and therefore left out of it.
 *
 * @param on   its date
 * @param asOf the day of the review
 */
public record RenewalAfterAsOf(LocalDate on, LocalDate asOf) {
}
