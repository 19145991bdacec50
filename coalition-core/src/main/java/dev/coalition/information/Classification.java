package dev.coalition.information;

import dev.coalition.core.Suggestions;
import dev.coalition.core.Violation;
import java.util.Arrays;
import java.util.List;

/**
 * How widely an item of information is shared in a coalition: transparency by design shares what
 * is not sensitive with every member automatically, and what is sensitive by tier or by name.
 */
public enum Classification {
    /** Not sensitive, and may leave the coalition: every member sees it. */
    PUBLIC,
    /** Not sensitive, but for the coalition only: every member sees it. */
    MEMBERS,
    /** Sensitive: the members of one tier see it, and its owner. */
    TIER,
    /** Sensitive: its owner sees it, and the members it is shared with by name. */
    RESTRICTED;

    /** Every classification's name, in order. */
    public static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();

    /**
     * What is wrong with a classification as written, or {@code null} when it names one: missing, or
     * unknown with the closest name suggested.
     */
    public static String problemWith(String name) {
        if (name == null) {
            return "is missing: give one of " + String.join(", ", NAMES);
        }
        if (!NAMES.contains(name)) {
            return Violation.quote(name) + " is not a classification"
                    + Suggestions.closest(name, NAMES).map(known -> " (did you mean " + known + "?)").orElse("")
                    + "; use one of " + String.join(", ", NAMES);
        }
        return null;
    }
}
