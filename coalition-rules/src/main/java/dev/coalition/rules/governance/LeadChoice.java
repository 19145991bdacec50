package dev.coalition.rules.governance;

import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: the member chosen to lead a centralized coalition.
 *
 * @param memberId the member's id
 * @param inDegree how many other members trust it
 * @param reason   why it was chosen
 */
public record LeadChoice(String memberId, int inDegree, CharSequence reason) implements Explained {

    public LeadChoice {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("member", memberId);
        inputs.put("inDegree", inDegree);
        return inputs;
    }
}
