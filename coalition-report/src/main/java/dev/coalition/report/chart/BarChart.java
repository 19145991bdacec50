package dev.coalition.report.chart;

import java.util.List;

/**
 * Horizontal bars, one per row (a member's share), with the exact figure at the end of each bar;
 * a negative figure is drawn to the left of the zero line. Each bar carries {@code data-label} and
 * {@code data-value} (the exact text).
 */
public final class BarChart {

    private static final double WIDTH = 640;
    private static final double LEFT = 180;
    private static final double RIGHT = 110;
    private static final double ROW = 26;

    private BarChart() {
    }

    /**
     * The chart.
     *
     * @param id     the chart's id in the page
     * @param title  what the bars show
     * @param labels the rows' names
     * @param bars   the figures, one per row, with their exact texts
     */
    public static SvgElement of(String id, String title, List<String> labels, Series bars) {
        ChartIds.checked(id);
        if (labels.isEmpty() || labels.size() != bars.values().size()) {
            throw new IllegalArgumentException("bars: give one figure for each of the " + labels.size() + " rows, at least one");
        }
        double height = 20 + labels.size() * ROW + 10;
        SvgElement svg = Greys.root(id, WIDTH, height, title);
        double min = Math.min(0, bars.values().stream().mapToDouble(Double::doubleValue).min().orElse(0));
        double max = Math.max(0, bars.values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
        double span = max - min == 0 ? 1 : max - min;
        double plot = WIDTH - LEFT - RIGHT;
        double zero = LEFT + plot * (-min / span);
        for (int i = 0; i < labels.size(); i++) {
            double value = bars.values().get(i);
            double y = 20 + i * ROW;
            double length = plot * Math.abs(value) / span;
            double x = value < 0 ? zero - length : zero;
            svg.append(Greys.label(LEFT - 8, y + ROW / 2 + 2, labels.get(i), "end"));
            svg.add("rect").attr("class", "bar").attr("x", x).attr("y", y + 4).attr("width", Math.max(length, 0.5))
                    .attr("height", ROW - 8).attr("fill", Greys.fill(id, value < 0 ? 1 : 0)).attr("stroke", "#111111")
                    .attr("data-label", labels.get(i)).attr("data-value", bars.texts().get(i));
            svg.append(Greys.label((value < 0 ? zero : x + length) + 6, y + ROW / 2 + 2, bars.texts().get(i), "start"));
        }
        svg.add("line").attr("x1", zero).attr("y1", 14).attr("x2", zero).attr("y2", height - 6).attr("stroke", "#444444");
        return svg;
    }
}
