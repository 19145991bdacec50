package dev.coalition.rules.information;

import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: a rule grants a member access to an item.
 *
 * @param item   the item's id
 * @param member the id of the member that sees it
 * @param rule   the granting rule's {@code @id}, as the answer names it
 * @param reason why the member sees it
 */
public record AccessGranted(String item, String member, String rule, CharSequence reason) implements Explained {

    public AccessGranted {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("item", item);
        inputs.put("member", member);
        return inputs;
    }
}
