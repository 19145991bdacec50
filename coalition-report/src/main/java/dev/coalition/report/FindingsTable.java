package dev.coalition.report;

import dev.coalition.report.view.Para;
import dev.coalition.report.view.Table;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.Severity;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Findings as a table, most severe first (critical, warning, info), in the order found within a severity. */
final class FindingsTable {

    private FindingsTable() {
    }

    /** The table, or nothing when there are no findings. */
    static Optional<Table> of(String caption, List<Finding> findings, Names names) {
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        List<List<Para>> rows = findings.stream()
                .sorted(Comparator.comparing(Finding::severity, Comparator.reverseOrder()))
                .map(f -> List.of(Para.text(f.severity().name()), Para.text(f.id()), subject(f.subject(), names), Para.text(f.reason())))
                .toList();
        return Optional.of(Table.of(caption, List.of("severity", "finding", "subject", "why"), rows));
    }

    /** "2 critical, 1 warning, 0 info" for a summary line. */
    static String counts(List<Finding> findings) {
        return String.join(", ", Arrays.stream(Severity.values()).sorted(Comparator.reverseOrder())
                .map(s -> findings.stream().filter(f -> f.severity() == s).count() + " " + s.name().toLowerCase(Locale.ROOT))
                .toList());
    }

    private static Para subject(String subject, Names names) {
        return Para.builder().names(names.of(Arrays.asList(subject.split(","))), ", ").build();
    }
}
