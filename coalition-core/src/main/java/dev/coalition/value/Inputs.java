package dev.coalition.value;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks of per-member figures (contributions, needs) shared by the allocation policies. */
final class Inputs {

    private Inputs() {
    }

    /** Checks that a figure is given for every member, for no one else, and is &ge; 0; adds problems to the list. */
    static void perMember(String path, List<String> members, Map<String, Fraction> figures, List<Violation> problems) {
        if (figures.isEmpty()) {
            problems.add(new Violation(path, "is required: give a number >= 0 for every member"));
            return;
        }
        for (String m : members) {
            Fraction f = figures.get(m);
            if (f == null) {
                problems.add(new Violation(path + "." + m, "is missing: give a number >= 0 for every member"));
            } else if (f.signum() < 0) {
                problems.add(new Violation(path + "." + m, f + " is negative"));
            }
        }
        for (String id : figures.keySet()) {
            if (!members.contains(id)) {
                problems.add(new Violation(path + "." + id, "unknown member \"" + id + "\""));
            }
        }
    }

    static void throwIfAny(List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(new ArrayList<>(problems));
        }
    }
}
