package dev.coalition.cli;

import dev.coalition.policy.SettingDefinition;
import dev.coalition.policy.SettingSource;
import dev.coalition.policy.Settings;
import dev.coalition.rules.api.CoalitionAdvisor;
import java.util.ArrayList;
import java.util.List;

/**
 * The readable output of {@code coalition settings}: one block per setting, in name order, with
 * its current value, where the value came from, type, allowed range, default, description and source.
 */
final class SettingsTable {

    private static final int WIDTH = 100;
    private static final String INDENT = "  ";
    private static final int LABEL = "description: ".length();

    private SettingsTable() {
    }

    static String write(CoalitionAdvisor advisor) {
        Settings settings = advisor.settings();
        List<SettingDefinition> definitions = settings.definitions();
        StringBuilder text = new StringBuilder();
        text.append(definitions.size()).append(" policy settings (").append(CoalitionAdvisor.libraryVersion())
                .append(", policy ").append(advisor.policyHash()).append(")\n");
        text.append("Change one with --set NAME=VALUE; change the defaults in a *.settings.properties file given with --policy DIR.\n");
        for (SettingDefinition d : definitions) {
            String current = settings.text(d.name());
            String defaultText = d.format(d.defaultValue());
            boolean changed = !settings.value(d.name()).equals(d.defaultValue());
            text.append('\n').append(d.name()).append(" = ").append(current.isEmpty() ? "(none)" : current)
                    .append(changed ? "   (changed; default " + shown(defaultText) + ")" : "").append('\n');
            line(text, "type", SettingValues.typeName(d));
            line(text, "range", d.range().isEmpty() ? "any" : d.range());
            line(text, "default", shown(defaultText));
            line(text, "current", shown(current));
            line(text, "value from", valueFrom(advisor, d.name()));
            line(text, "description", d.description());
            line(text, "source", d.source());
        }
        return text.toString();
    }

    /** Where a setting's value came from: a bundled file and line, a policy file and line, or {@code --set}. */
    static String valueFrom(CoalitionAdvisor advisor, String name) {
        SettingSource source = advisor.settingSources().get(name);
        return source == null ? "(unknown)" : source.kind() == SettingSource.Kind.OVERRIDE ? "--set" : source.toString();
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(none)" : value;
    }

    private static void line(StringBuilder text, String label, String value) {
        String head = INDENT + label + ":" + " ".repeat(LABEL - label.length() - 1);
        List<String> lines = wrap(value, WIDTH - head.length());
        text.append(head).append(lines.get(0)).append('\n');
        for (int i = 1; i < lines.size(); i++) {
            text.append(" ".repeat(head.length())).append(lines.get(i)).append('\n');
        }
    }

    private static List<String> wrap(String value, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : value.strip().split("\\s+")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        lines.add(current.toString());
        return lines;
    }
}
