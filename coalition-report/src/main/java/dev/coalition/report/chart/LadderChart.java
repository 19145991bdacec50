package dev.coalition.report.chart;

import java.util.List;

/**
 * A descending ladder of numbered stages (Glasl's nine escalation stages), with one stage marked "now": a thick frame and a black fill, so that it shows in grey print.
 * Each rung carries {@code data-stage}; the marked one also {@code data-current="true"}.
 */
public final class LadderChart {

    private static final double WIDTH = 700;
    private static final double RUNG_WIDTH = 62;
    private static final double STEP = 18;
    private static final double TOP = 30;

    private LadderChart() {
    }

    /**
     * The ladder.
     *
     * @param id      the chart's id in the page
     * @param title   what the ladder shows
     * @param stages  the stages' names, first to last
     * @param current the marked stage, 1-based
     * @param note    a line written under the ladder (such as the interventions the stage allows), or an empty text
     */
    public static SvgElement of(String id, String title, List<String> stages, int current, String note) {
        ChartIds.checked(id);
        if (current < 1 || current > stages.size()) {
            throw new IllegalArgumentException("current: stage " + current + " is not one of the " + stages.size()
                    + " stages; give a stage from 1 to " + stages.size());
        }
        double height = TOP + stages.size() * STEP + 110;
        SvgElement svg = Greys.root(id, WIDTH, height, title);
        for (int i = 0; i < stages.size(); i++) {
            boolean now = i + 1 == current;
            double x = 20 + i * (RUNG_WIDTH + 6);
            double y = TOP + i * STEP;
            SvgElement rung = svg.add("rect").attr("class", "rung").attr("x", x).attr("y", y).attr("width", RUNG_WIDTH)
                    .attr("height", 26).attr("fill", now ? "#111111" : "#eeeeee").attr("stroke", "#111111")
                    .attr("stroke-width", now ? 3 : 1).attr("data-stage", i + 1);
            if (now) {
                rung.attr("data-current", "true");
            }
            svg.add("text").attr("x", x + RUNG_WIDTH / 2).attr("y", y + 17).attr("text-anchor", "middle")
                    .attr("font-weight", now ? "bold" : "normal").attr("fill", now ? "#ffffff" : "#111111")
                    .text(String.valueOf(i + 1));
            if (now) {
                svg.append(Greys.label(x + RUNG_WIDTH / 2, y - 6, "now", "middle").attr("font-weight", "bold"));
            }
            svg.append(Greys.label(x + 2, y + 44, stages.get(i), "start").attr("font-size", 9)
                    .attr("transform", "rotate(30 " + SvgElement.number(x + 2) + " " + SvgElement.number(y + 44) + ")"));
        }
        if (!note.isEmpty()) {
            svg.append(Greys.label(20, height - 10, note, "start").attr("font-weight", "bold"));
        }
        return svg;
    }
}
