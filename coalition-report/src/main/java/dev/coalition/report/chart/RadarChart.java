package dev.coalition.report.chart;

import java.util.List;

/**
 * A radar (spider) chart of one subject's scores on a few axes, each score between 0 (centre) and 1
 * (rim). Each vertex carries {@code data-axis} and {@code data-value} (the exact text).
 */
public final class RadarChart {

    private static final double WIDTH = 300;
    private static final double HEIGHT = 270;
    private static final double RADIUS = 80;

    private RadarChart() {
    }

    /**
     * The chart of one series over its axes.
     *
     * @param id     the chart's id in the page
     * @param axes   the axis names, at least three, clockwise from the top
     * @param scores the subject's scores, one per axis, 0..1
     */
    public static SvgElement of(String id, List<String> axes, Series scores) {
        ChartIds.checked(id);
        if (axes.size() < 3 || axes.size() != scores.values().size()) {
            throw new IllegalArgumentException("axes: a radar needs at least 3 axes and one score per axis; got "
                    + axes.size() + " axes and " + scores.values().size() + " scores");
        }
        SvgElement svg = Greys.root(id, WIDTH, HEIGHT, scores.name());
        svg.append(Greys.label(WIDTH / 2, 16, scores.name(), "middle").attr("font-weight", "bold").attr("font-size", 13));
        double cx = WIDTH / 2;
        double cy = HEIGHT / 2 + 12;
        for (double ring : new double[] {0.25, 0.5, 0.75, 1}) {
            svg.add("polygon").attr("points", polygon(cx, cy, axes.size(), i -> ring)).attr("fill", "none")
                    .attr("stroke", "#aaaaaa").attr("stroke-width", ring == 1 ? 1 : 0.5);
        }
        for (int i = 0; i < axes.size(); i++) {
            double[] rim = point(cx, cy, i, axes.size(), 1);
            svg.add("line").attr("x1", cx).attr("y1", cy).attr("x2", rim[0]).attr("y2", rim[1]).attr("stroke", "#aaaaaa");
            double[] at = point(cx, cy, i, axes.size(), 1.18);
            String anchor = Math.abs(at[0] - cx) < 5 ? "middle" : at[0] > cx ? "start" : "end";
            svg.append(Greys.label(at[0], at[1] + 4, axes.get(i), anchor).attr("font-size", 11));
        }
        svg.add("polygon").attr("class", "series").attr("points", polygon(cx, cy, axes.size(), i -> clamp(scores.values().get(i))))
                .attr("fill", "url(#" + id + "-p1)").attr("fill-opacity", 0.6).attr("stroke", "#111111").attr("stroke-width", 2);
        for (int i = 0; i < axes.size(); i++) {
            double[] p = point(cx, cy, i, axes.size(), clamp(scores.values().get(i)));
            svg.append(Greys.marker(0, p[0], p[1]).attr("class", "point").attr("data-axis", axes.get(i))
                    .attr("data-value", scores.texts().get(i)));
        }
        return svg;
    }

    private interface Radius {
        double at(int axis);
    }

    private static String polygon(double cx, double cy, int n, Radius radius) {
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double[] p = point(cx, cy, i, n, radius.at(i));
            xy[2 * i] = p[0];
            xy[2 * i + 1] = p[1];
        }
        return Greys.points(xy);
    }

    private static double[] point(double cx, double cy, int i, int n, double r) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        return new double[] {cx + RADIUS * r * Math.cos(angle), cy + RADIUS * r * Math.sin(angle)};
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
