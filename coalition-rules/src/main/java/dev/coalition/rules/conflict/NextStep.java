package dev.coalition.rules.conflict;

import dev.coalition.conflict.EscalationStep;
import dev.coalition.rules.policy.Explained;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: the step the conflict is on or escalates to, with its owner and time box.
 *
 * @param step        the rung
 * @param owner       who owns it
 * @param timeBoxDays its time box
 * @param dueOn       when it is due
 * @param reason      why
 */
public record NextStep(EscalationStep step, String owner, int timeBoxDays, LocalDate dueOn, CharSequence reason)
        implements Explained {

    public NextStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("step", step.name());
        inputs.put("owner", owner);
        inputs.put("timeBoxDays", timeBoxDays);
        inputs.put("dueOn", dueOn.toString());
        return inputs;
    }
}
