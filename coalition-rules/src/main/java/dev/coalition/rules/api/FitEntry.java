package dev.coalition.rules.api;

import dev.coalition.governance.Contingency;
import java.util.Objects;

/**
 * How one contingency of a coalition compares with what the recommended governance mode wants.
 *
 * @param contingency    the contingency
 * @param value          the coalition's figure for it (trust density, member count, 0..1 context figures, Blau index)
 * @param centralization for {@link Contingency#TRUST}, the Freeman in-degree centralization of trust; otherwise {@code null}
 * @param wanted         the band the recommended mode wants
 * @param matched        whether the figure lies inside the band
 * @param reason         a sentence comparing the figure with the band
 */
public record FitEntry(Contingency contingency, double value, Double centralization, Band wanted, boolean matched,
                       String reason) {

    public FitEntry {
        Objects.requireNonNull(contingency, "contingency");
        Objects.requireNonNull(wanted, "wanted");
        Objects.requireNonNull(reason, "reason");
    }
}
