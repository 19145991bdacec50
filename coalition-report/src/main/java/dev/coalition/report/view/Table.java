package dev.coalition.report.view;

import java.util.List;

/**
 * A table of the report: the exact figures of a chart, or a list such as the findings. Part of
 * the templates' model, not of the public API.
 *
 * @param caption what the table shows
 * @param headers the column headings (names among them isolated)
 * @param rows    the rows, one cell per heading; the first cell heads its row
 */
public record Table(String caption, List<Para> headers, List<List<Para>> rows) {

    /** Copies the lists; every row has one cell per heading. */
    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Para> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("rows: a row of table \"" + caption + "\" has " + row.size()
                        + " cells for " + headers.size() + " headings");
            }
        }
    }

    /** A table whose headings are plain text. */
    public static Table of(String caption, List<String> headers, List<List<Para>> rows) {
        return new Table(caption, headers.stream().map(Para::text).toList(), rows);
    }
}
