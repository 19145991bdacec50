package dev.coalition.report.chart;

import java.util.regex.Pattern;

/** Checks the ids charts are given: they prefix the ids of patterns inside a page. */
final class ChartIds {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    private ChartIds() {
    }

    /** The id, if it is lower-case letters, digits and hyphens starting with a letter. */
    static String checked(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id: \"" + id + "\" is not a chart id; use lower-case letters, digits and '-', "
                    + "starting with a letter, such as \"voting-power\"");
        }
        return id;
    }
}
