package dev.coalition.rules.governance;

import dev.coalition.governance.Contingency;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.policy.Explained;
import dev.coalition.rules.policy.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: the band of a contingency that a governance mode wants, and the weight a match earns.
 *
 * @param mode              the mode
 * @param contingency       the contingency
 * @param min               the smallest figure wanted (inclusive)
 * @param max               the largest figure wanted (inclusive); {@code Double.POSITIVE_INFINITY} for no upper end
 * @param weight            what a match adds to the mode's score
 * @param reason            why the mode wants this band
 */
public record Wanted(GovernanceMode mode, Contingency contingency, double min, double max, int weight, CharSequence reason)
        implements Explained {

    public Wanted {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(contingency, "contingency");
        Objects.requireNonNull(reason, "reason");
        if (min > max) {
            throw new IllegalArgumentException("a band " + Text.band(min, max) + " for " + mode + " " + contingency
                    + " has min above max; check the settings that define it");
        }
    }

    /** The band as text, e.g. {@code 0.6..1}. */
    public String band() {
        return Text.band(min, max);
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("mode", mode.name());
        inputs.put("contingency", contingency.name());
        inputs.put("min", min);
        inputs.put("max", Double.isInfinite(max) ? null : max);
        inputs.put("weight", weight);
        return inputs;
    }
}
