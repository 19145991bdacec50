package dev.coalition.cli;

import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.PolicyRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The output of {@code coalition rules}: a heading, then one line per rule in load order, in
 * columns aligned by their widest entry: id, area, file:line, origin, source (last, as it is the
 * longest).
 */
final class RulesTable {

    private static final List<String> HEADINGS = List.of("ID", "AREA", "FILE:LINE", "ORIGIN", "SOURCE");
    private static final String GAP = "  ";

    private RulesTable() {
    }

    static String write(CoalitionAdvisor advisor) {
        List<PolicyRule> rules = advisor.rules();
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (PolicyRule rule : rules) {
            rows.add(List.of(rule.id(), rule.area(), rule.location(), rule.origin().label(),
                    rule.source().isEmpty() ? "(none)" : rule.source().replaceAll("\\s+", " ")));
        }
        int[] widths = new int[HEADINGS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        long replaced = rules.stream().filter(r -> r.origin() == PolicyRule.Origin.REPLACED).count();
        long added = rules.stream().filter(r -> r.origin() == PolicyRule.Origin.ADDED).count();
        StringBuilder text = new StringBuilder();
        text.append(rules.size()).append(" rules in force (").append(CoalitionAdvisor.libraryVersion()).append(", policy ")
                .append(advisor.policyHash()).append("): ").append(rules.size() - replaced - added).append(" bundled, ")
                .append(replaced).append(" replaced, ").append(added).append(" added\n");
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(row.get(i));
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - row.get(i).length())).append(GAP);
                }
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
