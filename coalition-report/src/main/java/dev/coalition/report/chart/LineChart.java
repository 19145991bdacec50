package dev.coalition.report.chart;

import java.util.List;

/**
 * Lines over time for a few series of figures between 0 and 1, each with its own dash pattern and
 * marker and its name at the end of its line. Each point carries {@code data-series},
 * {@code data-x} and {@code data-value} (the exact text).
 */
public final class LineChart {

    private static final double WIDTH = 640;
    private static final double HEIGHT = 280;
    private static final double LEFT = 50;
    private static final double RIGHT = 210;
    private static final double TOP = 20;
    private static final double BOTTOM = 40;

    private LineChart() {
    }

    /**
     * The chart.
     *
     * @param id     the chart's id in the page
     * @param title  what the lines show
     * @param xs     the points in time, in order, as labels
     * @param series the lines, one value per point in time
     */
    public static SvgElement of(String id, String title, List<String> xs, List<Series> series) {
        ChartIds.checked(id);
        if (xs.isEmpty() || series.stream().anyMatch(s -> s.values().size() != xs.size())) {
            throw new IllegalArgumentException("series: each line needs one value for each of the " + xs.size() + " points in time");
        }
        SvgElement svg = Greys.root(id, WIDTH, HEIGHT, title);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        for (int tick = 0; tick <= 4; tick++) {
            double y = TOP + plotHeight * (1 - tick / 4.0);
            svg.add("line").attr("x1", LEFT).attr("y1", y).attr("x2", LEFT + plotWidth).attr("y2", y)
                    .attr("stroke", tick == 0 ? "#444444" : "#dddddd");
            svg.append(Greys.label(LEFT - 6, y + 4, SvgElement.number(tick / 4.0), "end"));
        }
        for (int i = 0; i < xs.size(); i++) {
            svg.append(Greys.label(x(i, xs.size(), plotWidth), HEIGHT - BOTTOM + 18, xs.get(i), "middle"));
        }
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            double[] xy = new double[2 * xs.size()];
            for (int i = 0; i < xs.size(); i++) {
                xy[2 * i] = x(i, xs.size(), plotWidth);
                xy[2 * i + 1] = TOP + plotHeight * (1 - clamp(line.values().get(i)));
            }
            svg.add("polyline").attr("points", Greys.points(xy)).attr("fill", "none").attr("stroke", "#222222")
                    .attr("stroke-width", 2).attr("stroke-dasharray", Greys.dash(s));
            for (int i = 0; i < xs.size(); i++) {
                svg.append(Greys.marker(s, xy[2 * i], xy[2 * i + 1]).attr("class", "point").attr("data-series", line.name())
                        .attr("data-x", xs.get(i)).attr("data-value", line.texts().get(i)));
            }
            double labelY = TOP + 14 + s * 22;
            double legendX = LEFT + plotWidth + 16;
            svg.add("line").attr("x1", legendX).attr("y1", labelY - 4).attr("x2", legendX + 28).attr("y2", labelY - 4)
                    .attr("stroke", "#222222").attr("stroke-width", 2).attr("stroke-dasharray", Greys.dash(s));
            svg.append(Greys.marker(s, legendX + 14, labelY - 4));
            svg.append(Greys.label(legendX + 34, labelY, line.name(), "start"));
        }
        return svg;
    }

    private static double x(int i, int n, double plotWidth) {
        return n == 1 ? LEFT + plotWidth / 2 : LEFT + 20 + (plotWidth - 40) * i / (n - 1);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
