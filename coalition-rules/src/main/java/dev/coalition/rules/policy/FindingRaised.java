package dev.coalition.rules.policy;

import dev.coalition.rules.api.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: a rule found a problem worth acting on. Becomes a
 * {@link dev.coalition.rules.api.Finding} of the decision.
 *
 * @param id       a stable identifier, e.g. {@code CATEGORY_WITHOUT_SEAT}
 * @param severity how urgently to act
 * @param subject  what it is about
 * @param reason   a sentence saying what is wrong and what to do
 */
public record FindingRaised(String id, Severity severity, String subject, CharSequence reason) implements Explained {

    public FindingRaised {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("finding", id);
        inputs.put("severity", severity.name());
        inputs.put("subject", subject);
        return inputs;
    }
}
