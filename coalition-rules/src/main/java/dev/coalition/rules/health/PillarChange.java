package dev.coalition.rules.health;

import dev.coalition.value.Fraction;
import java.time.LocalDate;

/**
 * Fact: how a pillar changed since the previous assessment, exact; only when there is one.
 *
 * @param pillar       the pillar's name
 * @param previousDate the date of the previous assessment
 * @param previous     its score then
 * @param latest       its latest score
 * @param drop         previous − latest: positive when the pillar fell
 */
public record PillarChange(String pillar, LocalDate previousDate, Fraction previous, Fraction latest, Fraction drop) {
}
