package dev.coalition.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.assessment.Dimension;
import dev.coalition.health.Pillar;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.value.Fraction;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page a user opens: its sections, its charts' figures against the facade's answers, and nothing but text from names. */
class CoalitionReportTest {

    private static Document page;

    @BeforeAll
    static void render() {
        page = Jsoup.parse(Reports.full().html());
    }

    private static List<String> values(Elements marks) {
        return marks.stream().map(e -> e.attr("data-value")).toList();
    }

    private static List<String> sentences(List<ExplanationStep> steps) {
        return steps.stream().map(ExplanationStep::reason).toList();
    }

    @Test
    void aFullReportHasEverySectionWithAHeadingInOrder() {
        assertThat(page.select("main > section").eachAttr("id"))
                .containsExactly("governance", "partners", "health", "voting", "conflicts", "distribution");
        assertThat(page.select("main > section > h2").eachText()).containsExactly("Summary: governance", "Partner assessment",
                "Alliance health", "Voting power", "Conflicts", "Distribution of value");
        assertThat(page.select("nav a").eachAttr("href")).containsExactly("#governance", "#partners", "#health", "#voting",
                "#conflicts", "#distribution");
        assertThat(Reports.full().sections()).containsExactly("governance", "partners", "health", "voting", "conflicts",
                "distribution");
    }

    @Test
    void theSummaryShowsTheModeTheFitTheSafeguardsAndTheFindingsMostSevereFirst() {
        Element summary = page.getElementById("governance");
        assertThat(summary.select(".summary p").first().text()).startsWith("Recommended governance: " + Reports.GOVERNANCE.mode());
        assertThat(summary.select("table").get(0).select("tbody tr")).hasSize(Reports.GOVERNANCE.fit().size());
        assertThat(summary.select("table").get(1).select("tbody tr td:eq(0)").eachText())
                .containsExactlyElementsOf(Reports.GOVERNANCE.safeguards().stream().map(s -> s.id()).toList());
        List<String> severities = summary.select("table").get(2).select("tbody tr td:eq(0)").eachText();
        assertThat(severities).hasSize(Reports.GOVERNANCE.findings().size());
        assertThat(severities).isSortedAccordingTo((a, b) -> rank(b) - rank(a));
        assertThat(summary.select("ol.why li").eachText()).containsExactlyElementsOf(sentences(Reports.GOVERNANCE.explanation()));
    }

    private static int rank(String severity) {
        return List.of("INFO", "WARNING", "CRITICAL").indexOf(severity);
    }

    @Test
    void theHeatMapCellsAreTheCompatibilityMatrixAndTheWeakestPairIsMarked() {
        List<String> matrix = Reports.PARTNERS.matrix().stream().flatMap(List::stream).map(Fraction::toString).toList();
        Elements cells = page.select("#compatibility rect.cell");

        assertThat(values(cells)).containsExactlyElementsOf(matrix);
        assertThat(cells.get(1).attr("data-row")).isEqualTo(Reports.SCRIPT);
        assertThat(cells.get(1).attr("data-col")).isEqualTo(Reports.QUOTES);
        assertThat(page.select("#compatibility rect.marked")).hasSize(2);
        assertThat(page.select("#compatibility text").eachText())
                .contains("weakest pair: " + Reports.QUOTES + " and Delta");
        assertThat(page.select("#compatibility-figure table tbody td").eachText()).containsAll(matrix);
    }

    @Test
    void eachCandidateHasARadarOfItsSixScores() {
        for (int i = 0; i < Reports.CANDIDATES.size(); i++) {
            var candidate = Reports.CANDIDATES.get(i);
            List<String> scores = Dimension.scored().stream().map(d -> candidate.scores().get(d.name()).toPlainString()).toList();
            assertThat(values(page.select("#radar-" + (i + 1) + " .point"))).containsExactlyElementsOf(scores);
        }
    }

    @Test
    void theHealthLinesAreThePillarsScoresAtEachAssessment() {
        for (Pillar pillar : Pillar.values()) {
            String series = pillar.name().toLowerCase().replace('_', ' ');
            List<String> scores = Reports.HEALTH.stream().map(a -> a.pillars().get(pillar).score().toString()).toList();
            assertThat(values(page.select("#health-over-time .point[data-series=" + series + "]"))).containsExactlyElementsOf(scores);
        }
        assertThat(page.getElementById("health").select(".summary p").first().text())
                .isEqualTo("Status: " + Reports.HEALTH_ADVICE.status() + ".");
    }

    @Test
    void theVotingBarsAreTheWeightSharesAndThePowerIndices() {
        var power = Reports.VOTING.power();
        List<String> players = power.game().players();
        assertThat(values(page.select("#voting-power rect.bar[data-series=Banzhaf]")))
                .containsExactlyElementsOf(players.stream().map(p -> power.banzhaf().get(p).toString()).toList());
        assertThat(values(page.select("#voting-power rect.bar[data-series=Shapley–Shubik]")))
                .containsExactlyElementsOf(players.stream().map(p -> power.shapleyShubik().get(p).toString()).toList());
        assertThat(values(page.select("#voting-power rect.bar[data-series=weight share]")))
                .containsExactly("1/2", "1/4", "1/4");
    }

    @Test
    void eachConflictSitsOnItsStageOfTheLadderWithTheInterventionsItAllows() {
        var conflict = Reports.CONFLICTS.get(0);
        assertThat(page.select("#conflict-1 rect.rung[data-current]").eachAttr("data-stage"))
                .containsExactly(String.valueOf(conflict.stage()));
        assertThat(page.select("#conflict-1 rect.rung")).hasSize(9);
        String caption = page.select("#conflict-1-figure figcaption").text();
        conflict.interventions().forEach(i -> assertThat(caption).contains(i.name().toLowerCase().replace('_', ' ')));
    }

    @Test
    void theDistributionBarsAreWhatEachMemberIsPaidAndTheBlockingCoalitionsAreListed() {
        var allocation = Reports.DISTRIBUTION.allocation();
        assertThat(values(page.select("#distribution rect.bar")))
                .containsExactlyElementsOf(allocation.paidOut().keySet().stream().map(allocation::formatted).toList());
        var stability = Reports.DISTRIBUTION.stability().orElseThrow();
        assertThat(stability.inCore()).isFalse();
        Element blocking = page.getElementById("distribution").select("table").stream()
                .filter(t -> t.select("caption").text().startsWith("Blocking coalitions")).findFirst().orElseThrow();
        assertThat(blocking.select("tbody tr")).hasSize(stability.blockingCoalitions().size());
        assertThat(blocking.select("tbody tr").first().select("td").get(3).text())
                .isEqualTo(stability.blockingCoalitions().get(0).gain().toString());
    }

    @Test
    void everyChartHasATitleAndATableAlternativeAndThePageLoadsNothingFromElsewhere() {
        Elements figures = page.select("figure.chart");
        assertThat(figures).isNotEmpty();
        for (Element figure : figures) {
            assertThat(figure.select("svg[role=img] > title").eachText()).isNotEmpty();
            assertThat(figure.select("figcaption").text()).isNotBlank();
            assertThat(figure.select("table tbody tr")).isNotEmpty();
        }
        assertThat(page.select("script, link, iframe, object, embed, img")).isEmpty();
        assertThat(page.select("[src], [href]:not(nav a)")).isEmpty();
        assertThat(page.select("style").html()).doesNotContain("@import").doesNotContain("url(");
    }

    @Test
    void hostileNamesAreTextIsolatedInBdiNeverMarkup() {
        String html = Reports.full().html();

        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("Joint venture <b>bold</b>");
        assertThat(page.select("h1 b")).isEmpty();
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>bold");
        List<String> isolated = page.select("bdi").eachText();
        assertThat(isolated).contains(Reports.SCRIPT, Reports.QUOTES, Reports.RTL);
        List<String> namesOutsideBdi = new ArrayList<>();
        for (Element cell : page.select("td, th, .summary p, .lines p")) {
            String own = cell.ownText();
            for (String name : List.of(Reports.SCRIPT, Reports.QUOTES, Reports.RTL)) {
                if (own.contains(name)) {
                    namesOutsideBdi.add(cell.outerHtml());
                }
            }
        }
        assertThat(namesOutsideBdi).isEmpty();
        assertThat(page.select("svg text").eachText()).contains(Reports.SCRIPT, Reports.RTL);
    }

    @Test
    void aReportWithOneSectionHasOnlyItAndNoEmptyChart() {
        CoalitionReport minimal = CoalitionReport.builder(Reports.VENTURE).voting(Reports.VOTING).build();
        Document doc = Jsoup.parse(minimal.html());

        assertThat(minimal.sections()).containsExactly("voting");
        assertThat(doc.select("main > section").eachAttr("id")).containsExactly("voting");
        assertThat(doc.select("nav")).isEmpty();
        assertThat(doc.select("svg")).hasSize(1);
        for (Element svg : doc.select("svg")) {
            assertThat(svg.select("[data-value]")).as("marks of %s", svg.id()).isNotEmpty();
        }
        for (Element table : doc.select("table")) {
            assertThat(table.select("tbody tr")).as(table.select("caption").text()).isNotEmpty();
        }
    }

    @Test
    void aPartnerAssessmentWithoutCandidatesHasTheHeatMapButNoRadars() {
        Document doc = Jsoup.parse(CoalitionReport.builder("Candidates").partners(Reports.PARTNERS, List.of()).build().html());

        assertThat(doc.select("svg").eachAttr("id")).containsExactly("compatibility");
        assertThat(doc.select("h1").text()).isEqualTo("Candidates");
    }

    @Test
    void aReportNeedsASectionATitleAndAWritableFile(@TempDir Path dir) {
        assertThatThrownBy(() -> CoalitionReport.builder(Reports.VENTURE).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("give at least one of governance");
        assertThatThrownBy(() -> CoalitionReport.builder(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title: give the report a title");
        CoalitionReport report = CoalitionReport.builder(Reports.VENTURE).voting(Reports.VOTING).build();
        Path missing = dir.resolve("no-such-dir").resolve("report.html");
        assertThatThrownBy(() -> report.writeTo(missing)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing + ": the report could not be written");
    }

    @Test
    void writingToAFileWritesThePageInUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.html");
        CoalitionReport report = CoalitionReport.builder(Reports.VENTURE).voting(Reports.VOTING).build();

        report.writeTo(file);

        assertThat(Files.readString(file)).isEqualTo(report.html()).contains(Reports.RTL.substring(1, 9));
    }
}
