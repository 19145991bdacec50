package dev.coalition.lifecycle;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Suggestions;
import dev.coalition.core.Violation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A coalition's formation: when it started, when its first joint project starts (if set), and the
 * formation steps completed. Checked by {@link #check(LocalDate)}; any value is accepted here so
 * that every problem can be reported with its path.
 *
 * @param startedOn           when formation started
 * @param firstJointProjectOn when the first joint project starts (may be planned, after asOf), or {@code null}
 * @param completed           the names of the steps completed, in any order (see {@link FormationStep})
 */
public record Formation(LocalDate startedOn, LocalDate firstJointProjectOn, List<String> completed) {

    public Formation {
        completed = completed == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(completed));
    }

    /** A formation with the given steps completed. */
    public static Formation of(LocalDate startedOn, LocalDate firstJointProjectOn, FormationStep... completed) {
        return new Formation(startedOn, firstJointProjectOn, Arrays.stream(completed).map(Enum::name).toList());
    }

    /**
     * Every problem with the formation as of a date, in field order; paths start at {@code formation}:
     * a missing or future {@code startedOn}, no end to count weeks to (neither {@code asOf} nor a first
     * joint project), a first joint project before the start, an unknown or repeated step.
     */
    public List<Violation> violations(LocalDate asOf) {
        List<Violation> problems = new ArrayList<>();
        if (startedOn == null) {
            problems.add(new Violation("formation.startedOn", "is missing: give the date formation started, e.g. 2024-01-08"));
        } else if (asOf != null && startedOn.isAfter(asOf)) {
            problems.add(new Violation("formation.startedOn", startedOn + " is after asOf " + asOf
                    + ": formation cannot be assessed before it has started"));
        }
        if (asOf == null && firstJointProjectOn == null) {
            problems.add(new Violation("asOf", "is required when formation has no firstJointProjectOn: give the day to "
                    + "count formation weeks to, or the first joint project's date"));
        }
        if (startedOn != null && firstJointProjectOn != null && firstJointProjectOn.isBefore(startedOn)) {
            problems.add(new Violation("formation.firstJointProjectOn", firstJointProjectOn + " is before startedOn " + startedOn
                    + ": the first joint project comes after formation starts"));
        }
        Set<FormationStep> seen = EnumSet.noneOf(FormationStep.class);
        for (int i = 0; i < completed.size(); i++) {
            String path = "formation.completed[" + i + "]";
            String name = completed.get(i);
            if (name == null) {
                problems.add(new Violation(path, "is missing: give one of " + String.join(", ", FormationStep.NAMES)));
            } else if (!FormationStep.NAMES.contains(name)) {
                problems.add(new Violation(path, Violation.quote(name) + " is not a formation step" + suggestion(name)
                        + "; use one of " + String.join(", ", FormationStep.NAMES)));
            } else if (!seen.add(FormationStep.valueOf(name))) {
                problems.add(new Violation(path, Violation.quote(name) + " is given twice: list each completed step once"));
            }
        }
        return problems;
    }

    private static String suggestion(String name) {
        return Suggestions.closest(name, FormationStep.NAMES).map(known -> " (did you mean " + known + "?)").orElse("");
    }

    /**
     * Refuses a formation with problems as of a date.
     *
     * @throws InvalidCoalitionException with every problem of {@link #violations(LocalDate)}
     */
    public Formation check(LocalDate asOf) {
        List<Violation> problems = violations(asOf);
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        return this;
    }

    /** The steps completed, in step order. */
    public List<FormationStep> completedSteps() {
        Set<FormationStep> done = EnumSet.noneOf(FormationStep.class);
        completed.stream().filter(FormationStep.NAMES::contains).map(FormationStep::valueOf).forEach(done::add);
        return List.copyOf(done);
    }

    /** The steps not completed, in step order. */
    public List<FormationStep> missing() {
        Set<FormationStep> missing = EnumSet.allOf(FormationStep.class);
        missing.removeAll(completedSteps());
        return List.copyOf(missing);
    }

    /** The formation period's end: the first joint project's date, or {@code asOf} when none is set. */
    public LocalDate end(LocalDate asOf) {
        return firstJointProjectOn != null ? firstJointProjectOn : asOf;
    }

    /** Whole weeks from {@code startedOn} to {@link #end(LocalDate)} (rounded down). */
    public long formationWeeks(LocalDate asOf) {
        return ChronoUnit.WEEKS.between(startedOn, end(asOf));
    }
}
