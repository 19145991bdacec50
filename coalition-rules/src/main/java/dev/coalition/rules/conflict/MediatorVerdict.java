package dev.coalition.rules.conflict;

import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: one reason for or against a mediator candidate. A candidate with any EXCLUDED
 * verdict is not eligible; eligible candidates are ranked by the merit of their verdicts (higher
 * first), then by id.
 *
 * @param candidate the candidate's id
 * @param kind      ELIGIBLE, MERIT or EXCLUDED
 * @param merit     what the verdict adds to the candidate's rank (0 unless MERIT)
 * @param reason    the reason, as a sentence
 */
public record MediatorVerdict(String candidate, String kind, int merit, CharSequence reason) implements Explained {

    public MediatorVerdict {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("candidate", candidate);
        inputs.put("kind", kind);
        inputs.put("merit", merit);
        return inputs;
    }
}
