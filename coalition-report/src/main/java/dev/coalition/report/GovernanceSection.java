package dev.coalition.report;

import dev.coalition.report.chart.SvgElement;
import dev.coalition.report.view.Para;
import dev.coalition.report.view.Section;
import dev.coalition.report.view.Table;
import dev.coalition.rules.api.FitEntry;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.Safeguard;
import java.util.ArrayList;
import java.util.List;

/** The summary: the governance recommendation with its fit, safeguards and open findings by severity. */
final class GovernanceSection {

    private GovernanceSection() {
    }

    static Section of(GovernanceRecommendation governance, Names names) {
        List<Para> summary = new ArrayList<>();
        Para.Builder mode = Para.builder().text("Recommended governance: " + governance.mode() + " — "
                + governance.mode().description());
        governance.leadMember().ifPresent(lead -> mode.text(", led by ").name(names.of(lead)));
        summary.add(mode.text(".").build());
        long matched = governance.fit().stream().filter(FitEntry::matched).count();
        summary.add(Para.text("Fit: " + matched + " of " + governance.fit().size() + " contingencies match the mode's bands."));
        summary.add(Para.text(governance.safeguards().size() + " safeguards; open findings: "
                + FindingsTable.counts(governance.findings()) + "."));
        if (!governance.domains().isEmpty()) {
            summary.add(Para.text("Decision domains: " + String.join("; ", governance.domains().entrySet().stream()
                    .map(e -> Figures.words(e.getKey()) + " → " + e.getValue()).toList()) + "."));
        }
        List<Table> tables = new ArrayList<>();
        tables.add(Table.of("Fit of the recommended mode", List.of("contingency", "figure", "band wanted", "matched", "why"),
                governance.fit().stream().map(f -> List.of(Para.text(f.contingency().description()),
                        Para.text(figure(f)), Para.text(f.wanted().toString()), Para.text(f.matched() ? "yes" : "no"),
                        Para.text(f.reason()))).toList()));
        if (!governance.safeguards().isEmpty()) {
            tables.add(Table.of("Safeguards", List.of("safeguard", "parameters", "why"),
                    governance.safeguards().stream().map(s -> List.of(Para.text(s.id()), Para.text(parameters(s)),
                            Para.text(s.reason()))).toList()));
        }
        FindingsTable.of("Open findings, most severe first", governance.findings(), names).ifPresent(tables::add);
        return new Section("governance", "Summary: governance", summary, List.of(), tables,
                Explanations.sentences(governance.explanation()));
    }

    private static String figure(FitEntry fit) {
        String value = SvgElement.number(fit.value());
        return fit.centralization() == null ? value : value + " (centralization " + SvgElement.number(fit.centralization()) + ")";
    }

    private static String parameters(Safeguard safeguard) {
        return safeguard.parameters().isEmpty() ? "—" : String.join(", ", safeguard.parameters().entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue()).toList());
    }
}
