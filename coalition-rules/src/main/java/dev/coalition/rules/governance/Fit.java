package dev.coalition.rules.governance;

import dev.coalition.governance.Contingency;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: whether a coalition's figure for one contingency lies in the band a mode wants.
 *
 * @param wanted  the band compared with
 * @param figure  the coalition's figure
 * @param matched whether it lies inside
 * @param reason  a sentence comparing the two
 */
public record Fit(Wanted wanted, ContingencyFigure figure, boolean matched, CharSequence reason) implements Explained {

    public Fit {
        Objects.requireNonNull(wanted, "wanted");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(reason, "reason");
    }

    /** The mode whose band was compared. */
    public GovernanceMode mode() {
        return wanted.mode();
    }

    /** The contingency compared. */
    public Contingency contingency() {
        return wanted.contingency();
    }

    /** The weight of the contingency for the mode. */
    public int weight() {
        return wanted.weight();
    }

    /** What the match adds to the mode's score: its weight when matched, else 0. */
    public int earned() {
        return matched ? wanted.weight() : 0;
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("mode", mode().name());
        inputs.put("contingency", contingency().name());
        inputs.put("value", figure.value());
        if (figure.centralization() != null) {
            inputs.put("centralization", figure.centralization());
        }
        inputs.put("band", wanted.band());
        inputs.put("matched", matched);
        return inputs;
    }
}
