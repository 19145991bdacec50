package dev.coalition.rules.formation;

/**
 * Fact: one formation step and whether it was completed.
 *
 * @param step      the step's name, e.g. {@code GOVERNANCE_AGREED}
 * @param order     its place in the steps' order, from 0
 * @param completed whether it was completed
 */
public record FormationStepState(String step, int order, boolean completed) {
}
