package dev.coalition.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Each chart draws the figures it is given: its marks carry them, one for one, in order. */
class ChartsTest {

    private static final String HOSTILE = "<script>x</script>";

    private static List<SvgElement> marks(SvgElement svg, String cssClass) {
        return svg.elements().stream().filter(e -> cssClass.equals(e.attribute("class"))).toList();
    }

    private static List<String> values(List<SvgElement> marks) {
        return marks.stream().map(e -> e.attribute("data-value")).toList();
    }

    @Test
    void theHeatMapHasOneCellPerEntryWithItsRowColumnAndFigureAndFramesTheMarkedPair() {
        SvgElement map = HeatMap.of("fit", "Fit", List.of("a", HOSTILE), List.of(
                new Series("a", List.of(1.0, 0.25), List.of("1", "1/4")),
                new Series(HOSTILE, List.of(0.25, 1.0), List.of("1/4", "1"))), List.of(0, 1));

        List<SvgElement> cells = marks(map, "cell");
        assertThat(values(cells)).containsExactly("1", "1/4", "1/4", "1");
        assertThat(cells.get(1).attribute("data-row")).isEqualTo("a");
        assertThat(cells.get(1).attribute("data-col")).isEqualTo(HOSTILE);
        assertThat(marks(map, "marked")).hasSize(2);
        assertThat(map.render()).doesNotContain("<script>").contains("&lt;script&gt;x&lt;/script&gt;");
        assertThat(marks(HeatMap.of("fit", "Fit", List.of("a"), List.of(new Series("a", List.of(1.0), List.of("1"))),
                List.of()), "marked")).isEmpty();
        assertThatThrownBy(() -> HeatMap.of("fit", "Fit", List.of("a", "b"), List.of(new Series("a", List.of(1.0), List.of("1"))),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 2 rows of 2 figures");
    }

    @Test
    void groupedBarsHaveOneBarPerSeriesAndCategoryInOrder() {
        SvgElement chart = GroupedBarChart.of("power", "Power", List.of("a", "b"), List.of(
                new Series("weight", List.of(0.5, 0.5), List.of("1/2", "1/2")),
                new Series("Banzhaf", List.of(1.0, 0.0), List.of("1", "0"))));

        List<SvgElement> bars = marks(chart, "bar");
        assertThat(values(bars)).containsExactly("1/2", "1", "1/2", "0");
        assertThat(bars).extracting(b -> b.attribute("data-series")).containsExactly("weight", "Banzhaf", "weight", "Banzhaf");
        assertThat(bars).extracting(b -> b.attribute("data-category")).containsExactly("a", "a", "b", "b");
        assertThat(Double.parseDouble(bars.get(3).attribute("height"))).isZero();
        assertThat(Double.parseDouble(bars.get(1).attribute("height")))
                .isEqualTo(2 * Double.parseDouble(bars.get(0).attribute("height")));
    }

    @Test
    void theLineChartHasOnePointPerSeriesAndDateAndADistinctDashPerLine() {
        SvgElement chart = LineChart.of("health", "Health", List.of("2024-01-15", "2024-04-15"), List.of(
                new Series("strategic", List.of(0.8, 0.9), List.of("4/5", "9/10")),
                new Series("operational", List.of(0.5, 0.3), List.of("1/2", "3/10"))));

        List<SvgElement> points = marks(chart, "point");
        assertThat(values(points)).containsExactly("4/5", "9/10", "1/2", "3/10");
        assertThat(points).extracting(p -> p.attribute("data-x")).containsExactly("2024-01-15", "2024-04-15", "2024-01-15", "2024-04-15");
        List<String> dashes = chart.elements().stream().filter(e -> e.name().equals("polyline"))
                .map(e -> e.attribute("stroke-dasharray")).toList();
        assertThat(dashes).hasSize(2).doesNotHaveDuplicates();
        assertThatThrownBy(() -> LineChart.of("health", "Health", List.of("2024-01-15"),
                List.of(new Series("s", List.of(0.1, 0.2), List.of("a", "b")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one value for each of the 1 points in time");
    }

    @Test
    void theRadarHasOneVertexPerAxisWithItsScore() {
        SvgElement radar = RadarChart.of("radar-1", List.of("vision", "culture", "risk"),
                new Series(HOSTILE, List.of(1.0, 0.5, 0.0), List.of("5", "3", "1")));

        List<SvgElement> points = marks(radar, "point");
        assertThat(values(points)).containsExactly("5", "3", "1");
        assertThat(points).extracting(p -> p.attribute("data-axis")).containsExactly("vision", "culture", "risk");
        assertThat(radar.render()).doesNotContain(HOSTILE);
        assertThatThrownBy(() -> RadarChart.of("radar-1", List.of("a", "b"), new Series("s", List.of(1.0, 1.0), List.of("1", "1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 3 axes");
    }

    @Test
    void theLadderMarksExactlyTheCurrentStage() {
        SvgElement ladder = LadderChart.of("conflict-1", "Ladder", List.of("one", "two", "three"), 2, "allowed: <moderation>");

        List<SvgElement> rungs = marks(ladder, "rung");
        assertThat(rungs).extracting(r -> r.attribute("data-stage")).containsExactly("1", "2", "3");
        assertThat(rungs.stream().filter(r -> "true".equals(r.attribute("data-current"))).toList())
                .singleElement().satisfies(r -> assertThat(r.attribute("data-stage")).isEqualTo("2"));
        assertThat(ladder.render()).contains("allowed: &lt;moderation&gt;");
        assertThatThrownBy(() -> LadderChart.of("conflict-1", "Ladder", List.of("one"), 2, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stage 2 is not one of the 1 stages");
    }

    @Test
    void barsGoRightOfZeroForGainsAndLeftForLosses() {
        SvgElement chart = BarChart.of("shares", "Shares", List.of("a", "b"), new Series("paid", List.of(0.75, -0.25),
                List.of("75.00", "-25.00")));

        List<SvgElement> bars = marks(chart, "bar");
        assertThat(values(bars)).containsExactly("75.00", "-25.00");
        Predicate<SvgElement> hatched = b -> b.attribute("fill").startsWith("url(");
        assertThat(bars).extracting(hatched::test).containsExactly(false, true);
        double zero = Double.parseDouble(bars.get(0).attribute("x"));
        double lossEnd = Double.parseDouble(bars.get(1).attribute("x")) + Double.parseDouble(bars.get(1).attribute("width"));
        assertThat(lossEnd).isEqualTo(zero, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aChartIdThatIsNotAnIdIsRefused() {
        assertThatThrownBy(() -> BarChart.of("a b\"", "t", List.of("a"), new Series("s", List.of(1.0), List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id: \"a b\"\" is not a chart id");
    }
}
