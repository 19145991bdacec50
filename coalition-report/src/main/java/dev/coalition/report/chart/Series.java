package dev.coalition.report.chart;

import java.util.List;
import java.util.Objects;

/**
 * One named row of figures a chart draws: each value in chart units (a share or a score, mostly
 * between 0 and 1) beside the exact text a reader sees for it ({@code "7/20"}, {@code "0.35"}).
 *
 * @param name   what the figures are of, shown in the legend
 * @param values the figures to draw, one per category or point
 * @param texts  the exact figures as text, one per value
 */
public record Series(String name, List<Double> values, List<String> texts) {

    /** Copies the lists; values and texts must be as many. */
    public Series {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        texts = List.copyOf(texts);
        if (values.size() != texts.size()) {
            throw new IllegalArgumentException("texts: " + texts.size() + " texts for " + values.size()
                    + " values in series \"" + name + "\"; give one text per value");
        }
    }
}
