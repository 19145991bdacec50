package dev.coalition.report;

import dev.coalition.assessment.Candidate;
import dev.coalition.assessment.Dimension;
import dev.coalition.assessment.PairFit;
import dev.coalition.report.chart.HeatMap;
import dev.coalition.report.chart.RadarChart;
import dev.coalition.report.chart.Series;
import dev.coalition.report.view.Figure;
import dev.coalition.report.view.Para;
import dev.coalition.report.view.Section;
import dev.coalition.report.view.Table;
import dev.coalition.rules.api.CompositionSuggestion;
import dev.coalition.rules.api.PartnerAssessment;
import dev.coalition.value.Fraction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The partner assessment: each candidate's scores as a radar, the pairwise fit as a heat map. */
final class PartnersSection {

    private PartnersSection() {
    }

    static Section of(PartnerAssessment assessment, List<Candidate> candidates, Names names) {
        List<Para> summary = new ArrayList<>();
        PairFit weakest = assessment.weakestPair();
        summary.add(Para.text(assessment.candidates().size() + " candidates; coalition fit "
                + Figures.exact(assessment.coalitionFit()) + "."));
        summary.add(Para.builder().text("Weakest pair: ").name(names.of(weakest.a())).text(" and ").name(names.of(weakest.b()))
                .text(", fit " + Figures.exact(weakest.fit()) + ".").build());
        for (CompositionSuggestion suggestion : assessment.composition()) {
            summary.add(Para.builder().text("Leaving out ").names(names.of(suggestion.leaveOut()), " and ")
                    .text(" raises the weakest-pair fit from " + Figures.exact(suggestion.weakestPairBefore()) + " to "
                            + Figures.exact(suggestion.weakestPairAfter()) + ".").build());
        }
        List<Figure> figures = new ArrayList<>();
        if (!candidates.isEmpty()) {
            figures.add(radars(candidates, names));
        }
        figures.add(heatMap(assessment, names));
        List<Table> tables = new ArrayList<>();
        FindingsTable.of("Flags", assessment.flags(), names).ifPresent(tables::add);
        return new Section("partners", "Partner assessment", summary, figures, tables,
                Explanations.sentences(assessment.explanation()));
    }

    private static Figure radars(List<Candidate> candidates, Names names) {
        List<String> axes = Dimension.scored().stream().map(Figures::words).toList();
        StringBuilder svg = new StringBuilder();
        List<List<Para>> rows = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            List<Double> values = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<Para> row = new ArrayList<>();
            row.add(Para.name(name(candidate, names)));
            for (Dimension dimension : Dimension.scored()) {
                BigDecimal score = candidate.scores().get(dimension.name());
                values.add(score == null ? 0 : candidate.scale().normalise(score).doubleValue());
                texts.add(score == null ? "—" : score.toPlainString());
                row.add(Para.text(score == null ? "—" : score.toPlainString()));
            }
            rows.add(row);
            svg.append(RadarChart.of("radar-" + (i + 1), axes, new Series(name(candidate, names), values, texts)).render());
        }
        List<String> headers = new ArrayList<>();
        headers.add("candidate");
        headers.addAll(axes);
        List<String> scales = candidates.stream().map(c -> c.scale().label()).distinct().toList();
        Table table = Table.of("Each candidate's scores (scale " + String.join(", ", scales) + ")", headers, rows);
        return new Figure("radars", svg.toString(), Para.text("One radar per candidate, in document order: the six scored "
                + "dimensions, the centre the scale's lowest score and the rim its highest."), table);
    }

    private static Figure heatMap(PartnerAssessment assessment, Names names) {
        List<String> labels = names.of(assessment.candidates());
        List<Series> rows = new ArrayList<>();
        List<List<Para>> tableRows = new ArrayList<>();
        for (int r = 0; r < labels.size(); r++) {
            List<Fraction> row = assessment.matrix().get(r);
            rows.add(new Series(labels.get(r), row.stream().map(Fraction::doubleValue).toList(),
                    row.stream().map(Fraction::toString).toList()));
            List<Para> cells = new ArrayList<>();
            cells.add(Para.name(labels.get(r)));
            row.forEach(f -> cells.add(Para.text(f.toString())));
            tableRows.add(cells);
        }
        PairFit weakest = assessment.weakestPair();
        List<Integer> marked = List.of(assessment.candidates().indexOf(weakest.a()), assessment.candidates().indexOf(weakest.b()));
        List<Para> headers = new ArrayList<>();
        headers.add(Para.text("candidate"));
        labels.forEach(label -> headers.add(Para.name(label)));
        Para caption = Para.builder().text("Pairwise fit of the candidates, 0 to 1: darker is a better fit; the dashed frame "
                + "marks the weakest pair, ").name(names.of(weakest.a())).text(" and ").name(names.of(weakest.b()))
                .text(" (" + weakest.fit() + ").").build();
        return new Figure("compatibility", HeatMap.of("compatibility", "Pairwise compatibility matrix", labels, rows,
                marked.contains(-1) ? List.of() : marked).render(), caption,
                new Table("Pairwise compatibility matrix (exact)", headers, tableRows));
    }

    private static String name(Candidate candidate, Names names) {
        return candidate.name() == null || candidate.name().isBlank() ? names.of(candidate.id()) : candidate.name();
    }
}
