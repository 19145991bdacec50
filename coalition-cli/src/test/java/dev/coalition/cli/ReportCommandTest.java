package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coalition report FILE --out FILE.html} and {@code evaluate --format html}: the page has the
 * sections the document asks for, and its charts draw the figures of the JSON answer.
 */
class ReportCommandTest {

    private static Document report(Samples sample, Path dir) throws IOException {
        Path input = dir.resolve(sample.name().toLowerCase() + ".json");
        Files.write(input, sample.bytes());
        Path output = dir.resolve("report.html");
        Cli.Result result = Cli.run("report", input.toString(), "--out", output.toString());
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        return Jsoup.parse(Files.readString(output));
    }

    private static JsonNode answer(Samples sample) throws IOException {
        Cli.Result result = Cli.runWithInput(sample.bytes(), "evaluate", "-");
        assertThat(result.exitCode()).isZero();
        return Samples.MAPPER.readTree(result.out());
    }

    private static List<String> values(Elements marks) {
        return marks.stream().map(e -> e.attr("data-value")).toList();
    }

    private static List<String> texts(JsonNode object, List<String> keys) {
        return keys.stream().map(k -> object.get(k).asText()).toList();
    }

    @Test
    void theVotingBarsAndTheDistributionBarsAreTheFiguresOfTheJsonAnswer(@TempDir Path dir) throws IOException {
        Document page = report(Samples.JOINT_VENTURE_CORE, dir);
        JsonNode answer = answer(Samples.JOINT_VENTURE_CORE);
        List<String> members = List.of("platform", "carrier-north", "carrier-south");

        assertThat(page.select("main > section").eachAttr("id")).containsExactly("governance", "voting", "distribution");
        assertThat(page.select("h1").text()).isEqualTo("Three-firm joint venture");
        assertThat(values(page.select("#voting-power rect.bar[data-series=Banzhaf]")))
                .containsExactlyElementsOf(texts(answer.at("/votingPower/banzhaf"), members));
        assertThat(values(page.select("#voting-power rect.bar[data-series=Shapley–Shubik]")))
                .containsExactlyElementsOf(texts(answer.at("/votingPower/shapleyShubik"), members));
        assertThat(values(page.select("#distribution rect.bar")))
                .containsExactlyElementsOf(texts(answer.at("/distribution/shares"), members));
        assertThat(page.getElementById("distribution").select("caption").eachText())
                .anyMatch(caption -> caption.startsWith("Blocking coalitions"));
        assertThat(page.select("#governance .summary p").first().text())
                .startsWith("Recommended governance: " + answer.at("/governance/mode").asText());
    }

    @Test
    void theDigitalTransformationSampleIsAFullReportEverySectionWithItsChart(@TempDir Path dir) throws IOException {
        Document page = report(Samples.DIGITAL_TRANSFORMATION_MEMBERSHIP, dir);
        JsonNode answer = answer(Samples.DIGITAL_TRANSFORMATION_MEMBERSHIP);
        List<String> founders = List.of("bank", "insurer", "retailer", "telecom", "utility", "logistics");

        assertThat(page.select("main > section").eachAttr("id"))
                .containsExactly("governance", "partners", "health", "voting", "conflicts", "distribution");
        assertThat(page.select("figure.chart").eachAttr("id")).containsExactly("radars-figure", "compatibility-figure",
                "health-over-time-figure", "voting-power-figure", "conflict-1-figure", "distribution-figure");
        assertThat(page.select("figure.chart")).allSatisfy(figure -> assertThat(figure.select("svg *")).isNotEmpty());
        assertThat(values(page.select("#voting-power rect.bar[data-series=Banzhaf]")))
                .containsExactlyElementsOf(texts(answer.at("/votingPower/banzhaf"), founders));
        assertThat(values(page.select("#distribution rect.bar")))
                .containsExactlyElementsOf(texts(answer.at("/distribution/shares"), founders));
    }

    @Test
    void theHeatMapIsTheCompatibilityMatrixOfTheJsonAnswerWithItsWeakestPair(@TempDir Path dir) throws IOException {
        Document page = report(Samples.RETAIL_TWELVE_FIRMS, dir);
        JsonNode assessment = answer(Samples.RETAIL_TWELVE_FIRMS).get("assessment");
        List<String> matrix = new ArrayList<>();
        assessment.get("matrix").forEach(row -> row.forEach(cell -> matrix.add(cell.asText())));

        assertThat(page.select("main > section").eachAttr("id")).containsExactly("governance", "partners");
        assertThat(values(page.select("#compatibility rect.cell"))).containsExactlyElementsOf(matrix);
        assertThat(page.select("#compatibility rect.marked")).hasSize(2);
        assertThat(page.select("#radars-figure svg")).hasSize(assessment.get("candidates").size());
        assertThat(page.select("#partners .summary p").eachText()).contains("Weakest pair: Meridian Pharmacy and NovaMart, fit "
                + "0.4643 (13/28).");
    }

    @Test
    void theHealthLinesAndTheConflictLadderShowTheirSamples(@TempDir Path dir) throws IOException {
        Document health = report(Samples.MANUFACTURING_HEALTH, dir);
        JsonNode latest = answer(Samples.MANUFACTURING_HEALTH).at("/health/latest");
        assertThat(values(health.select("#health-over-time .point[data-series=operational interoperability]")))
                .containsExactly("11/20", "1/2", latest.get("OPERATIONAL_INTEROPERABILITY").asText());

        Document conflicts = report(Samples.CONFLICT_DIVERGENCE, dir);
        JsonNode conflict = answer(Samples.CONFLICT_DIVERGENCE).at("/conflicts/0");
        assertThat(conflicts.select("#conflict-1 rect.rung[data-current]").eachAttr("data-stage"))
                .containsExactly(conflict.get("stage").asText());
        assertThat(conflicts.select("#conflicts ol.why li").eachText()).isNotEmpty()
                .allMatch(sentence -> sentence.startsWith("risk-appetite: "));
    }

    @Test
    void evaluateFormatHtmlWritesTheSamePageAsReport() {
        Cli.Result evaluate = Cli.runWithInput(Samples.JOINT_VENTURE_CORE.bytes(), "evaluate", "--format", "html", "-");
        Cli.Result report = Cli.runWithInput(Samples.JOINT_VENTURE_CORE.bytes(), "report", "-");

        assertThat(evaluate.exitCode()).isZero();
        assertThat(evaluate.out()).startsWith("<!DOCTYPE html>").isEqualTo(report.out());
    }

    @Test
    void anInvalidDocumentIsRefusedWithItsPathsAndNoPageIsWritten(@TempDir Path dir) throws IOException {
        ObjectNode document = (ObjectNode) Samples.MAPPER.readTree(Samples.JOINT_VENTURE_CORE.bytes());
        ((ObjectNode) document.get("voting")).put("quota", -1);
        Path output = dir.resolve("report.html");

        Cli.Result result = Cli.runWithInput(Samples.json(document), "report", "-", "--out", output.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().startsWith("voting.quota: ");
        assertThat(output).doesNotExist();
    }

    @Test
    void anOutputThatCannotBeWrittenIsRefusedBeforeTheDocumentIsEvaluated(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-dir").resolve("report.html");

        Cli.Result result = Cli.runWithInput(Samples.JOINT_VENTURE_CORE.bytes(), "report", "-", "--out", missing.toString());
        Cli.Result directory = Cli.runWithInput(Samples.JOINT_VENTURE_CORE.bytes(), "report", "-", "--out", dir.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("--out: the directory of " + missing
                + " does not exist; create it or give another file");
        assertThat(directory.exitCode()).isEqualTo(2);
        assertThat(directory.errLines()).singleElement().asString().startsWith("--out: " + dir + " is a directory");
    }

    @Test
    void theCommandIsListedInTheHelp() {
        assertThat(Cli.run("--help").out()).contains("report");
        assertThat(Cli.run("report", "--help").out()).contains("--out=FILE.html");
    }
}
