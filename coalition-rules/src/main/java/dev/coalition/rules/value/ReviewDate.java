package dev.coalition.rules.value;

import java.time.LocalDate;

/**
 * Input fact: the date of a periodic value review.
 *
 * @param on the review date
 */
public record ReviewDate(LocalDate on) {
}
