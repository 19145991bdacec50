package dev.coalition.report.view;

import java.util.List;

/**
 * The whole report page as the template draws it. Part of the templates' model, not of the
 * public API.
 *
 * @param title    the coalition's name
 * @param lines    lines under the title (formed on, members)
 * @param sections the sections, in order
 */
public record Page(String title, List<Para> lines, List<Section> sections) {

    /** Copies the lists. */
    public Page {
        lines = List.copyOf(lines);
        sections = List.copyOf(sections);
    }
}
