package dev.coalition.report.chart;

import java.util.List;

/**
 * A square heat map of a symmetric matrix of figures between 0 and 1: darker is higher, and every
 * cell also shows its figure, so that grey print and screen readers lose nothing. One pair can be
 * marked (a thick dashed frame on both of its cells, and the word "weakest" in the legend). Each
 * cell carries {@code data-row}, {@code data-col} and {@code data-value} (the exact text).
 */
public final class HeatMap {

    private static final double CELL = 46;
    /** About the width of a character of the 12-unit labels, to leave room for the longest. */
    private static final double CHARACTER = 6.8;

    private HeatMap() {
    }

    /**
     * The heat map.
     *
     * @param id     the chart's id in the page
     * @param title  what the matrix shows
     * @param labels the row and column names, in matrix order
     * @param rows   one series per row: the row's figures and their exact texts
     * @param marked the two indices of the marked pair, or an empty list for none
     */
    public static SvgElement of(String id, String title, List<String> labels, List<Series> rows, List<Integer> marked) {
        ChartIds.checked(id);
        int n = labels.size();
        if (rows.size() != n || rows.stream().anyMatch(r -> r.values().size() != n)) {
            throw new IllegalArgumentException("rows: a heat map of " + n + " labels needs " + n + " rows of " + n + " figures");
        }
        double longest = CHARACTER * labels.stream().mapToInt(String::length).max().orElse(1);
        double left = 20 + longest;
        double top = 20 + longest * Math.sin(Math.toRadians(50));
        double size = Math.max(left + n * CELL + 20 + longest * Math.cos(Math.toRadians(50)), 600);
        SvgElement svg = Greys.root(id, size, top + n * CELL + 40, title);
        draw(svg, labels, rows, marked, left, top);
        return svg;
    }

    private static void draw(SvgElement svg, List<String> labels, List<Series> rows, List<Integer> marked, double left, double top) {
        int n = labels.size();
        for (int i = 0; i < n; i++) {
            svg.append(Greys.label(left - 8, top + i * CELL + CELL / 2 + 4, labels.get(i), "end"));
            double x = left + i * CELL + CELL / 2;
            svg.append(Greys.label(x, top - 8, labels.get(i), "start")
                    .attr("transform", "rotate(-50 " + SvgElement.number(x) + " " + SvgElement.number(top - 8) + ")"));
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double value = Math.max(0, Math.min(1, rows.get(r).values().get(c)));
                int grey = (int) Math.round(245 - 200 * value);
                double x = left + c * CELL;
                double y = top + r * CELL;
                svg.add("rect").attr("class", "cell").attr("x", x).attr("y", y).attr("width", CELL).attr("height", CELL)
                        .attr("fill", String.format("#%02x%02x%02x", grey, grey, grey)).attr("stroke", "#ffffff")
                        .attr("data-row", labels.get(r)).attr("data-col", labels.get(c))
                        .attr("data-value", rows.get(r).texts().get(c));
                svg.add("text").attr("x", x + CELL / 2).attr("y", y + CELL / 2 + 4).attr("text-anchor", "middle")
                        .attr("font-size", 10).attr("fill", grey < 130 ? "#ffffff" : "#111111").text(rows.get(r).texts().get(c));
            }
        }
        if (marked.size() == 2) {
            int a = marked.get(0);
            int b = marked.get(1);
            for (int[] cell : new int[][] {{a, b}, {b, a}}) {
                svg.add("rect").attr("class", "marked").attr("x", left + cell[1] * CELL + 2).attr("y", top + cell[0] * CELL + 2)
                        .attr("width", CELL - 4).attr("height", CELL - 4).attr("fill", "none").attr("stroke", "#000000")
                        .attr("stroke-width", 3).attr("stroke-dasharray", "5 3");
            }
            double y = top + n * CELL + 24;
            svg.add("rect").attr("x", left).attr("y", y - 11).attr("width", 14).attr("height", 14).attr("fill", "none")
                    .attr("stroke", "#000000").attr("stroke-width", 3).attr("stroke-dasharray", "5 3");
            svg.append(Greys.label(left + 22, y, "weakest pair: " + labels.get(a) + " and " + labels.get(b), "start"));
        }
    }
}
