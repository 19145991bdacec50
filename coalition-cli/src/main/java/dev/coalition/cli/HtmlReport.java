package dev.coalition.cli;

import dev.coalition.assessment.Candidate;
import dev.coalition.report.CoalitionReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTML report of an evaluated document ({@code coalition report}, {@code evaluate --format html}):
 * the governance summary and each section the document asked for that the report draws (partner
 * assessment, health, voting power, conflicts, distribution).
 */
final class HtmlReport {

    private HtmlReport() {
    }

    /** The report's page. */
    static String write(CoalitionDocument.Reading reading, Evaluation evaluation) {
        CoalitionReport.Builder report = CoalitionReport.builder(evaluation.coalition()).governance(evaluation.governance());
        if (evaluation.assessment() != null) {
            // read without problems by Evaluation.of: the candidates again, for their scores and names
            List<Candidate> candidates = CandidateSections.read(reading.json().root(), new ArrayList<>());
            report.partners(evaluation.assessment(), candidates == null ? List.of() : candidates);
        }
        if (evaluation.health() != null) {
            report.health(evaluation.health(), reading.health() == null ? List.of() : reading.health());
        }
        if (evaluation.voting() != null) {
            report.voting(evaluation.voting());
        }
        if (evaluation.conflicts() != null) {
            report.conflicts(evaluation.conflicts());
        }
        if (evaluation.distribution() != null) {
            report.distribution(evaluation.distribution());
        }
        return report.build().html();
    }
}
