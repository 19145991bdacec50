package dev.coalition.communication;

import dev.coalition.core.Suggestions;
import dev.coalition.core.Violation;
import java.util.List;

/** The messages for a name that must be one of a fixed list (a layer, a cadence, a format). */
final class Names {

    private Names() {
    }

    /**
     * What is wrong with a name as written, or {@code null} when it is one of {@code names}: missing, or
     * unknown with the closest name suggested and every allowed one listed.
     *
     * @param what what the name should be, with its article: {@code "a layer"}
     */
    static String problemWith(String name, List<String> names, String what) {
        if (name == null) {
            return "is missing: give one of " + String.join(", ", names);
        }
        if (!names.contains(name)) {
            return Violation.quote(name) + " is not " + what
                    + Suggestions.closest(name, names).map(known -> " (did you mean " + known + "?)").orElse("")
                    + "; use one of " + String.join(", ", names);
        }
        return null;
    }
}
