package dev.coalition.communication;

import dev.coalition.value.Fraction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One entry of a coalition's communication plan: a layer, how often, in which format, how many
 * hours a month it takes and whom it reaches. Any value is accepted here so that every problem can
 * be reported with its path by {@link CommunicationPlan#violations}.
 *
 * @param layer         the layer it serves
 * @param cadence       how often it takes place
 * @param format        a formal meeting, or written and asynchronous
 * @param hoursPerMonth the hours it takes in a month, exact (a quarterly 6-hour session is 2); more than 0
 * @param audience      whom it reaches: member ids or member categories (a category reaches each of its members)
 * @param reason        why the entry is in the plan, for a proposed entry; {@code null} for an entry given
 */
public record CommunicationEntry(Layer layer, Cadence cadence, Format format, Fraction hoursPerMonth, List<String> audience,
                                 String reason) {

    public CommunicationEntry {
        audience = audience == null ? null : Collections.unmodifiableList(new ArrayList<>(audience));
    }

    /** An entry as a coalition plans it, without a reason. */
    public static CommunicationEntry of(Layer layer, Cadence cadence, Format format, Fraction hoursPerMonth,
                                        List<String> audience) {
        return new CommunicationEntry(layer, cadence, format, hoursPerMonth, audience, null);
    }

    /** Whether it is a formal meeting. */
    public boolean meeting() {
        return format == Format.MEETING;
    }
}
