package dev.coalition.rules.health;

import dev.coalition.value.Fraction;

/**
 * Fact: a pillar's latest score, exact.
 *
 * @param pillar the pillar's name, e.g. {@code OPERATIONAL_INTEROPERABILITY}
 * @param score  its latest score in 0..1
 */
public record PillarHealth(String pillar, Fraction score) {
}
