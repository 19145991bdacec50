package dev.coalition.rules.conflict;

import dev.coalition.conflict.EscalationStep;

/**
 * Result fact, policy knowledge: who owns a rung of the escalation ladder and how long it may run.
 *
 * @param step        the rung
 * @param owner       who owns it
 * @param timeBoxDays its time box in days
 */
public record StepTerms(EscalationStep step, String owner, int timeBoxDays) {
}
