package dev.coalition.report;

import dev.coalition.health.HealthAssessment;
import dev.coalition.health.Pillar;
import dev.coalition.health.PillarReading;
import dev.coalition.report.chart.LineChart;
import dev.coalition.report.chart.Series;
import dev.coalition.report.view.Figure;
import dev.coalition.report.view.Para;
import dev.coalition.report.view.Section;
import dev.coalition.report.view.Table;
import dev.coalition.rules.api.HealthAdvice;
import dev.coalition.value.Fraction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Alliance health: the three pillars over time, the status, the trend and the interventions. */
final class HealthSection {

    private HealthSection() {
    }

    static Section of(HealthAdvice health, List<HealthAssessment> history, Names names) {
        List<Para> summary = new ArrayList<>();
        summary.add(Para.text("Status: " + health.status() + "."));
        for (Pillar pillar : Pillar.values()) {
            Fraction latest = health.latest().get(pillar);
            Fraction trend = health.trend().get(pillar);
            if (latest != null) {
                summary.add(Para.text(Figures.words(pillar) + ": " + Figures.exact(latest)
                        + (trend == null ? "" : ", change since the previous assessment " + Figures.exact(trend)) + "."));
            }
        }
        health.interventions().forEach(i -> summary.add(Para.text("Intervention for " + Figures.words(i.pillar()) + " ("
                + i.id() + "): " + i.reason())));
        List<Figure> figures = new ArrayList<>();
        List<HealthAssessment> dated = history.stream().sorted(Comparator.comparing(HealthAssessment::date)).toList();
        if (!dated.isEmpty()) {
            figures.add(lines(dated));
        }
        List<Table> tables = new ArrayList<>();
        FindingsTable.of("Health findings", health.findings(), names).ifPresent(tables::add);
        return new Section("health", "Alliance health", summary, figures, tables, Explanations.sentences(health.explanation()));
    }

    private static Figure lines(List<HealthAssessment> dated) {
        List<String> dates = dated.stream().map(a -> a.date().toString()).toList();
        List<Series> series = new ArrayList<>();
        List<List<Para>> rows = new ArrayList<>();
        dated.forEach(a -> {
            List<Para> row = new ArrayList<>();
            row.add(Para.text(a.date().toString()));
            rows.add(row);
        });
        for (Pillar pillar : Pillar.values()) {
            List<Double> values = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < dated.size(); i++) {
                PillarReading reading = dated.get(i).pillars().get(pillar);
                Fraction score = reading == null ? null : reading.score();
                values.add(score == null ? 0 : score.doubleValue());
                texts.add(score == null ? "—" : score.toString());
                rows.get(i).add(Para.text(score == null ? "—" : Figures.exact(score)));
            }
            series.add(new Series(Figures.words(pillar), values, texts));
        }
        List<String> headers = new ArrayList<>();
        headers.add("assessed on");
        series.forEach(s -> headers.add(s.name()));
        return new Figure("health-over-time", LineChart.of("health-over-time", "The three pillars over time", dates, series).render(),
                Para.text("Each pillar's score (0 to 1) at each assessment; a pillar's line keeps its dash pattern and marker."),
                Table.of("The three pillars at each assessment", headers, rows));
    }
}
