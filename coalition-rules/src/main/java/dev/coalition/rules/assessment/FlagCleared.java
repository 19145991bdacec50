package dev.coalition.rules.assessment;

import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: a flag of all the candidates that an offered composition no longer raises.
 *
 * @param scope   the scope of the group that remains
 * @param id      the flag's id
 * @param subject the flag's subject
 * @param reason  a sentence saying so
 */
public record FlagCleared(String scope, String id, String subject, CharSequence reason) implements Explained {

    public FlagCleared {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("scope", scope);
        inputs.put("flag", id);
        inputs.put("subject", subject);
        return inputs;
    }
}
