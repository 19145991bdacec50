package dev.coalition.rules.lifecycle;

import java.time.LocalDate;

/**
 * Fact: how many times a conflict escalated (moved to a new rung) in the current renewal period.
 *
 * @param conflict    the conflict's id
 * @param escalations the steps after its first, dated from {@code since} to the day of the review
 * @param since       the start of the current renewal period
 */
public record ConflictEscalations(String conflict, int escalations, LocalDate since) {
}
