package dev.coalition.report.chart;

import java.util.List;

/**
 * How series stay apart when printed in grey: a fill pattern for areas and a dash pattern and
 * marker for lines, never a colour alone. Patterns are defined once per chart, under the chart's id.
 */
final class Greys {

    private static final List<String> DASHES = List.of("none", "7 4", "2 3", "10 3 2 3");
    private static final List<String> MARKERS = List.of("circle", "square", "diamond", "triangle");

    private Greys() {
    }

    /** Adds the chart's fill patterns (solid dark, hatched, dotted, light) to its {@code <defs>}. */
    static void definePatterns(SvgElement svg, String id) {
        SvgElement defs = svg.add("defs");
        SvgElement hatch = defs.add("pattern").attr("id", id + "-p1").attr("width", 6).attr("height", 6)
                .attr("patternUnits", "userSpaceOnUse").attr("patternTransform", "rotate(45)");
        hatch.add("rect").attr("width", 6).attr("height", 6).attr("fill", "#ffffff");
        hatch.add("line").attr("x1", 0).attr("y1", 0).attr("x2", 0).attr("y2", 6).attr("stroke", "#222222").attr("stroke-width", 2.5);
        SvgElement dots = defs.add("pattern").attr("id", id + "-p2").attr("width", 5).attr("height", 5)
                .attr("patternUnits", "userSpaceOnUse");
        dots.add("rect").attr("width", 5).attr("height", 5).attr("fill", "#dddddd");
        dots.add("circle").attr("cx", 2.5).attr("cy", 2.5).attr("r", 1.3).attr("fill", "#222222");
    }

    /** The fill of series {@code index}: solid dark, hatched, dotted, then light grey. */
    static String fill(String id, int index) {
        return switch (index % 4) {
            case 0 -> "#3a3a3a";
            case 1 -> "url(#" + id + "-p1)";
            case 2 -> "url(#" + id + "-p2)";
            default -> "#bbbbbb";
        };
    }

    /** The dash pattern of line series {@code index}. */
    static String dash(int index) {
        return DASHES.get(index % DASHES.size());
    }

    /** A marker of series {@code index} centred on (x, y). */
    static SvgElement marker(int index, double x, double y) {
        String shape = MARKERS.get(index % MARKERS.size());
        SvgElement marker = switch (shape) {
            case "circle" -> SvgElement.of("circle").attr("cx", x).attr("cy", y).attr("r", 4);
            case "square" -> SvgElement.of("rect").attr("x", x - 4).attr("y", y - 4).attr("width", 8).attr("height", 8);
            case "diamond" -> SvgElement.of("polygon").attr("points",
                    points(x, y - 5, x + 5, y, x, y + 5, x - 5, y));
            default -> SvgElement.of("polygon").attr("points", points(x, y - 5, x + 5, y + 4, x - 5, y + 4));
        };
        return marker.attr("fill", index % 2 == 0 ? "#222222" : "#ffffff").attr("stroke", "#222222").attr("stroke-width", 1.5);
    }

    /** A list of points for a {@code points} attribute. */
    static String points(double... xy) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            out.append(i == 0 ? "" : " ").append(SvgElement.number(xy[i])).append(',').append(SvgElement.number(xy[i + 1]));
        }
        return out.toString();
    }

    /** A new chart root: an {@code <svg>} with a view box, a role, a title and the grey patterns. */
    static SvgElement root(String id, double width, double height, String title) {
        SvgElement svg = SvgElement.of("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("id", id)
                .attr("viewBox", "0 0 " + SvgElement.number(width) + " " + SvgElement.number(height))
                .attr("width", width).attr("height", height).attr("role", "img").attr("aria-labelledby", id + "-title")
                .attr("font-family", "sans-serif").attr("font-size", 12);
        svg.add("title").attr("id", id + "-title").text(title);
        definePatterns(svg, id);
        return svg;
    }

    /** A text label; {@code unicode-bidi} isolates names so that their direction marks stay inside. */
    static SvgElement label(double x, double y, String text, String anchor) {
        return SvgElement.of("text").attr("x", x).attr("y", y).attr("text-anchor", anchor)
                .attr("unicode-bidi", "isolate").attr("fill", "#111111").text(text);
    }
}
