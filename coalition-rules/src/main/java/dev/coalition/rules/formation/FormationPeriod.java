package dev.coalition.rules.formation;

import java.time.LocalDate;

/**
 * Fact: how long formation took, in whole weeks (rounded down).
 *
 * @param weeks     whole weeks from {@code startedOn} to {@code end}
 * @param startedOn when formation started
 * @param end       the first joint project's date, or asOf when none is set
 * @param endsAt    what {@code end} is: {@code "first joint project"} or {@code "asOf"}
 */
public record FormationPeriod(long weeks, LocalDate startedOn, LocalDate end, String endsAt) {
}
