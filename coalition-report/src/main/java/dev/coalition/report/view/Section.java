package dev.coalition.report.view;

import java.util.List;

/**
 * One section of the report: what was decided (summary), its charts, its tables and the
 * explanation sentences behind the decision. Part of the templates' model, not of the public API.
 *
 * @param id          the section's id in the page ({@code governance}, {@code voting}, ...)
 * @param heading     the section's heading
 * @param summary     the decision in sentences
 * @param figures     the charts, each with its table alternative
 * @param tables      further tables (findings, safeguards, ...)
 * @param explanation the sentences of every rule that decided, in order
 */
public record Section(String id, String heading, List<Para> summary, List<Figure> figures, List<Table> tables,
                      List<String> explanation) {

    /** Copies the lists. */
    public Section {
        summary = List.copyOf(summary);
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
        explanation = List.copyOf(explanation);
    }
}
