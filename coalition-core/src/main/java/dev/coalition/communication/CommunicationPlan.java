package dev.coalition.communication;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.core.Suggestions;
import dev.coalition.core.Violation;
import dev.coalition.value.Fraction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A coalition's layered communication plan: its entries, in the order given. Any value is accepted
 * here so that every problem can be reported with its path by {@link #violations(Coalition)}.
 *
 * @param entries the entries, in the order given (may be empty)
 */
public record CommunicationPlan(List<CommunicationEntry> entries) {

    /** The most hours a month has (31 days of 24 hours): no entry takes more. */
    public static final Fraction MAX_HOURS_PER_MONTH = Fraction.of(744);

    /** How many member ids a message lists before it stops. */
    private static final int LISTED_IDS = 10;

    public CommunicationPlan {
        entries = entries == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(entries));
    }

    /** A plan of the given entries. */
    public static CommunicationPlan of(CommunicationEntry... entries) {
        return new CommunicationPlan(java.util.Arrays.asList(entries));
    }

    /**
     * Every problem with the plan in the coalition, in the order of the document, with paths under
     * {@code communication}: a missing entry, layer, cadence or format; hours missing, not more than 0
     * or more than a month has; an audience missing or empty, naming something that is neither a member
     * id nor a category of the coalition, or naming one twice.
     */
    public List<Violation> violations(Coalition coalition) {
        List<String> ids = coalition.members().stream().map(Member::id).toList();
        Set<String> categories = new LinkedHashSet<>();
        coalition.members().forEach(m -> categories.add(m.category().name()));
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = "communication[" + i + "]";
            CommunicationEntry entry = entries.get(i);
            if (entry == null) {
                problems.add(new Violation(path, "is missing: give {\"layer\", \"cadence\", \"format\", \"hoursPerMonth\", "
                        + "\"audience\"}"));
                continue;
            }
            if (entry.layer() == null) {
                problems.add(new Violation(path + ".layer", Layer.problemWith(null)));
            }
            if (entry.cadence() == null) {
                problems.add(new Violation(path + ".cadence", Cadence.problemWith(null)));
            }
            if (entry.format() == null) {
                problems.add(new Violation(path + ".format", Format.problemWith(null)));
            }
            hours(path + ".hoursPerMonth", entry.hoursPerMonth(), problems);
            audience(path + ".audience", entry.audience(), ids, categories, problems);
        }
        return problems;
    }

    private static void hours(String path, Fraction hours, List<Violation> problems) {
        if (hours == null) {
            problems.add(new Violation(path, "is missing: give the hours a month the entry takes, more than 0 (e.g. 4, 1.5 or 4/3)"));
        } else if (hours.signum() <= 0) {
            problems.add(new Violation(path, "is " + hours + ": give more than 0 hours a month, or leave the entry out"));
        } else if (hours.compareTo(MAX_HOURS_PER_MONTH) > 0) {
            problems.add(new Violation(path, "is " + hours + " hours, more than a month has (" + MAX_HOURS_PER_MONTH
                    + "): give the hours a month the entry takes"));
        }
    }

    private static void audience(String path, List<String> audience, List<String> ids, Set<String> categories,
                                 List<Violation> problems) {
        if (audience == null) {
            problems.add(new Violation(path, "is missing: name the member ids or categories the entry reaches"));
            return;
        }
        if (audience.isEmpty()) {
            problems.add(new Violation(path, "is empty: name the member ids or categories the entry reaches"));
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < audience.size(); j++) {
            String name = audience.get(j);
            String at = path + "[" + j + "]";
            if (name == null) {
                problems.add(new Violation(at, "is missing: give a member id or a category"));
            } else if (!ids.contains(name) && !categories.contains(name)) {
                List<String> known = new ArrayList<>(ids);
                known.addAll(categories);
                problems.add(new Violation(at, Violation.quote(name) + " is neither a member id nor a category of the coalition"
                        + Suggestions.closest(name, known).map(k -> " (did you mean " + k + "?)").orElse("")
                        + ": use a member id (" + listed(ids) + ") or a category (" + String.join(", ", categories) + ")"));
            } else if (seen.containsKey(name)) {
                problems.add(new Violation(at, Violation.quote(name) + " is repeated (also " + path + "[" + seen.get(name)
                        + "]): name each member or category once"));
            } else {
                seen.put(name, j);
            }
        }
    }

    private static String listed(List<String> ids) {
        return ids.size() <= LISTED_IDS ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, LISTED_IDS)) + ", … " + ids.size() + " in all";
    }
}
