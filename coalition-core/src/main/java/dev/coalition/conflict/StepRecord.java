package dev.coalition.conflict;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step tried in a conflict's history.
 *
 * @param step    the rung of the ladder
 * @param date    when the step started
 * @param outcome how it ended, or ONGOING
 */
public record StepRecord(EscalationStep step, LocalDate date, StepOutcome outcome) {

    public StepRecord {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
    }
}
