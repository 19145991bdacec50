package dev.coalition.rules.proposal;

import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: the rules decided a proposal's outcome.
 *
 * @param proposal the proposal's id
 * @param outcome  {@code OPEN}, {@code PASSED}, {@code REJECTED}, {@code NO_QUORUM} or {@code APPROVED}
 * @param reason   why
 */
public record OutcomeDecided(String proposal, String outcome, CharSequence reason) implements Explained {

    public OutcomeDecided {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("proposal", proposal);
        inputs.put("outcome", outcome);
        return inputs;
    }
}
