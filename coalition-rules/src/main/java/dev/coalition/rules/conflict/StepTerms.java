package dev.coalition.rules.conflict;

import dev.coalition.conflict.EscalationStep;
import dev.coalition.rules.policy.Explained;
import dev.coalition.rules.policy.Text;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Result fact, policy knowledge: who owns a rung of the escalation ladder and how long it may run.
 *
 * @param step        the rung
 * @param owner       who owns it
 * @param timeBoxDays its time box in days
 */
public record StepTerms(EscalationStep step, String owner, int timeBoxDays) implements Explained {

    @Override
    public CharSequence reason() {
        return Text.sentence("{} is owned by {} and may run {} days.", step, owner, timeBoxDays);
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("step", step.name());
        inputs.put("owner", owner);
        inputs.put("timeBoxDays", timeBoxDays);
        return inputs;
    }
}
