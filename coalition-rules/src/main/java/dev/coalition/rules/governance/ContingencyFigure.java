package dev.coalition.rules.governance;

import dev.coalition.governance.Contingency;
import java.util.Objects;

/**
 * Input fact: a coalition's figure for one contingency, computed in Java before the rules run.
 *
 * @param contingency    the contingency
 * @param value          the figure: trust density, member count, a 0..1 context figure, or the Blau index
 * @param centralization for TRUST, the Freeman in-degree centralization of trust; {@code null} otherwise
 */
public record ContingencyFigure(Contingency contingency, double value, Double centralization) {

    public ContingencyFigure {
        Objects.requireNonNull(contingency, "contingency");
    }
}
