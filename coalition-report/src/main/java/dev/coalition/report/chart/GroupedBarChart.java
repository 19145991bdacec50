package dev.coalition.report.chart;

import java.util.List;

/**
 * Vertical bars grouped by category (a member), one bar per series (weight, Banzhaf index,
 * Shapley–Shubik index), each series with its own fill pattern and a legend; the exact figure is
 * written above each bar. Each bar carries {@code data-series}, {@code data-category} and
 * {@code data-value} (the exact text).
 */
public final class GroupedBarChart {

    private static final double HEIGHT = 300;
    private static final double LEFT = 50;
    private static final double TOP = 40;
    private static final double BOTTOM = 70;
    private static final double BAR = 22;
    private static final double GAP = 26;

    private GroupedBarChart() {
    }

    /**
     * The chart; values are between 0 and 1 (shares of a whole).
     *
     * @param id         the chart's id in the page
     * @param title      what the bars show
     * @param categories the groups, in order
     * @param series     the bars of each group, one value per category
     */
    public static SvgElement of(String id, String title, List<String> categories, List<Series> series) {
        ChartIds.checked(id);
        if (categories.isEmpty() || series.isEmpty() || series.stream().anyMatch(s -> s.values().size() != categories.size())) {
            throw new IllegalArgumentException("series: each series needs one value for each of the " + categories.size()
                    + " categories, and there must be at least one category and one series");
        }
        double group = Math.max(series.size() * BAR + GAP, 160);
        double width = Math.max(LEFT + categories.size() * group + 20, 420);
        SvgElement svg = Greys.root(id, width, HEIGHT, title);
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double max = Math.max(series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(1), 1e-9);
        double step = max <= 0.5 ? 0.1 : 0.2;
        int ticks = (int) Math.ceil(max / step - 1e-9);
        double top = Math.min(1, ticks * step);
        for (int tick = 0; tick <= ticks; tick++) {
            double y = TOP + plotHeight * (1 - tick * step / top);
            svg.add("line").attr("x1", LEFT).attr("y1", y).attr("x2", width - 10).attr("y2", y).attr("stroke", tick == 0 ? "#444444" : "#dddddd");
            svg.append(Greys.label(LEFT - 6, y + 4, SvgElement.number(tick * step), "end"));
        }
        for (int c = 0; c < categories.size(); c++) {
            double x0 = LEFT + (group - series.size() * BAR) / 2 + c * group;
            for (int s = 0; s < series.size(); s++) {
                double value = Math.max(0, series.get(s).values().get(c));
                double h = plotHeight * Math.min(value, top) / top;
                double x = x0 + s * BAR;
                svg.add("rect").attr("class", "bar").attr("x", x).attr("y", TOP + plotHeight - h).attr("width", BAR - 2)
                        .attr("height", h).attr("fill", Greys.fill(id, s)).attr("stroke", "#111111")
                        .attr("data-series", series.get(s).name()).attr("data-category", categories.get(c))
                        .attr("data-value", series.get(s).texts().get(c));
            }
            svg.append(Greys.label(x0 + series.size() * BAR / 2, HEIGHT - BOTTOM + 16, categories.get(c), "middle"));
        }
        double legendX = LEFT;
        for (int s = 0; s < series.size(); s++) {
            svg.add("rect").attr("x", legendX).attr("y", 8).attr("width", 14).attr("height", 14)
                    .attr("fill", Greys.fill(id, s)).attr("stroke", "#111111");
            svg.append(Greys.label(legendX + 20, 20, series.get(s).name(), "start"));
            legendX += 30 + 7 * series.get(s).name().length();
        }
        return svg;
    }
}
