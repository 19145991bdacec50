package dev.coalition.rules.lifecycle;

/**
 * Fact: a finding another decision raised for the coalition (its health, its value portfolios),
 * which the lifecycle rules may take as a reason to adapt.
 *
 * @param area    the decision area that raised it, e.g. {@code health}
 * @param id      the finding's id, e.g. {@code PILLAR_FALLING}
 * @param subject what it is about
 * @param reason  its sentence
 */
public record FindingSeen(String area, String id, String subject, String reason) {
}
