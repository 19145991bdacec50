package dev.coalition.rules.conflict;

import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.StepOutcome;
import java.time.LocalDate;

/**
 * Input fact: where a conflict stands on the escalation ladder as of the decision date. With no
 * history, the current step is DIRECT_NEGOTIATION, started when the conflict was opened, ONGOING.
 *
 * @param step        the current (last tried) step
 * @param started     when it started
 * @param outcome     how it ended, or ONGOING
 * @param daysRunning days from its start to the decision date
 * @param asOf        the decision date
 * @param tried       whether the step is in the history (false when the conflict has no history yet)
 */
public record LadderState(EscalationStep step, LocalDate started, StepOutcome outcome, long daysRunning, LocalDate asOf,
                          boolean tried) {

    /** The next rung up, or {@code null} from the top. */
    public EscalationStep nextStep() {
        return step.next();
    }
}
