package dev.coalition.report;

import dev.coalition.report.chart.LadderChart;
import dev.coalition.report.view.Figure;
import dev.coalition.report.view.Para;
import dev.coalition.report.view.Section;
import dev.coalition.report.view.Table;
import dev.coalition.rules.api.ConflictAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Open conflicts: each one's stage on Glasl's ladder, the interventions allowed and what happens next. */
final class ConflictsSection {

    /** Glasl's (1982) nine escalation stages, in order. */
    static final List<String> STAGES = List.of("hardening", "debates and polemics", "actions not words",
            "images and coalitions", "loss of face", "strategies of threats", "limited destructive blows",
            "fragmentation of the enemy", "together into the abyss");

    private ConflictsSection() {
    }

    static Section of(List<ConflictAssessment> conflicts, Names names) {
        List<Para> summary = new ArrayList<>();
        summary.add(Para.text(conflicts.size() + (conflicts.size() == 1 ? " conflict" : " conflicts") + " assessed."));
        List<Figure> figures = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        for (int i = 0; i < conflicts.size(); i++) {
            ConflictAssessment conflict = conflicts.get(i);
            summary.add(line(conflict, names));
            figures.add(ladder("conflict-" + (i + 1), conflict));
            FindingsTable.of("Findings of conflict " + conflict.id(), conflict.findings(), names).ifPresent(tables::add);
            conflict.explanation().forEach(step -> explanation.add(conflict.id() + ": " + step.reason()));
        }
        return new Section("conflicts", "Conflicts", summary, figures, tables, explanation);
    }

    private static Para line(ConflictAssessment conflict, Names names) {
        Para.Builder line = Para.builder().text(conflict.id() + ": stage " + conflict.stage() + " ("
                + STAGES.get(conflict.stage() - 1) + "), level " + conflict.level().toLowerCase(Locale.ROOT).replace('_', '-')
                + "; interventions allowed: " + interventions(conflict)
                + (conflict.externalFacilitatorRequired() ? "; an external facilitator is required" : "")
                + "; resolvability " + Figures.words(conflict.resolvability().value()));
        conflict.next().ifPresent(next -> line.text("; next step " + Figures.words(next.step()) + " by "
                + next.owner() + " within " + next.timeBoxDays() + " days (due " + next.dueOn() + ")"));
        conflict.dignifiedDivergence().filter(ConflictAssessment.DivergenceAdvice::proposed)
                .ifPresent(d -> line.text("; a dignified divergence is proposed for ").name(names.of(d.leaving())));
        return line.text(".").build();
    }

    private static String interventions(ConflictAssessment conflict) {
        return conflict.interventions().isEmpty() ? "none"
                : String.join(", ", conflict.interventions().stream().map(Figures::words).toList());
    }

    private static Figure ladder(String id, ConflictAssessment conflict) {
        List<List<Para>> rows = IntStream.rangeClosed(1, STAGES.size()).mapToObj(stage -> List.of(Para.text(String.valueOf(stage)),
                Para.text(STAGES.get(stage - 1)), Para.text(stage == conflict.stage() ? "this conflict is here" : ""))).toList();
        return new Figure(id, LadderChart.of(id, "Conflict " + conflict.id() + " on Glasl's ladder", STAGES, conflict.stage(),
                "stage " + conflict.stage() + ", allowed: " + interventions(conflict)).render(),
                Para.text("Conflict " + conflict.id() + " is at stage " + conflict.stage() + " of Glasl's nine (black, marked now); "
                        + "allowed interventions: " + String.join(", ", conflict.interventions().stream().map(Figures::words).toList())
                        + "."),
                Table.of("Glasl's stages, conflict " + conflict.id(), List.of("stage", "name", "conflict " + conflict.id()), rows));
    }
}
