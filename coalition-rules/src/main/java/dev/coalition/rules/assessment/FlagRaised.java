package dev.coalition.rules.assessment;

import dev.coalition.rules.api.Severity;
import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: a flag a rule raised about a group of candidates.
 *
 * @param scope    the group ({@link AssessedGroup#scope()})
 * @param id       WIDE_SPREAD, LOW_EXIT_FLEXIBILITY, NO_PRIOR_TIES, UNSERVED_WANT or WEAK_PAIR
 * @param severity how urgently to act
 * @param subject  what it is about: a dimension, a candidate, {@code candidate:resource}, {@code a+b} or {@code candidates}
 * @param reason   a sentence with the figures compared
 */
public record FlagRaised(String scope, String id, Severity severity, String subject, CharSequence reason) implements Explained {

    public FlagRaised {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
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
