package dev.coalition.rules.conflict;

import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: the member that leaves in a dignified divergence.
 *
 * @param member   the member
 * @param proposed whether the policy proposed it (rather than the conflict naming it)
 * @param reason   why
 */
public record LeavingChoice(String member, boolean proposed, CharSequence reason) implements Explained {

    public LeavingChoice {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("member", member);
        inputs.put("proposed", proposed);
        return inputs;
    }
}
