package dev.coalition.conflict;

import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A conflict between members of a coalition, as observed: who is in it, what it is about, how
 * the parties behave, what has been tried, and the assessment inputs of Jehn et al. (2008).
 * Immutable; the constructor refuses invalid values with every problem as a
 * {@link Violation} (paths relative to the conflict, e.g. {@code parties[1]}).
 *
 * @param id                 an id of 1 to 64 letters, digits, {@code _} or {@code -}
 * @param parties            the members in conflict: at least two, none repeated
 * @param subjects           what it is about, in the policy's subject vocabulary (e.g. "strategy", "roles")
 * @param behaviours         the behaviours observed, at least one
 * @param openedOn           when the conflict was opened
 * @param history            the steps tried, in date order, none before {@code openedOn}
 * @param importance         how much the issue matters to the parties, 0..1
 * @param negativeEmotion    how much negative emotion the conflict carries, 0..1
 * @param resolutionEfficacy how able the parties believe they are to resolve it, 0..1
 * @param leaving            the party that will leave if the coalition diverges, or {@code null} to let the policy propose one
 */
public record Conflict(String id, List<String> parties, List<String> subjects, List<Behaviour> behaviours,
                       LocalDate openedOn, List<StepRecord> history, double importance, double negativeEmotion,
                       double resolutionEfficacy, String leaving) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public Conflict {
        List<Violation> problems = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(new Violation("id", Violation.quote(id) + " is not a valid id: use 1 to 64 letters, digits, '_' or '-'"));
        }
        List<String> partyList = parties == null ? List.of() : new ArrayList<>(parties);
        if (partyList.size() < 2) {
            problems.add(new Violation("parties", "has " + partyList.size() + " part" + (partyList.size() == 1 ? "y" : "ies")
                    + "; a conflict needs at least 2"));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < partyList.size(); i++) {
            String p = partyList.get(i);
            if (p == null) {
                problems.add(new Violation("parties[" + i + "]", "is null; give a member id"));
            } else if (seen.containsKey(p)) {
                problems.add(new Violation("parties[" + i + "]", Violation.quote(p) + " is repeated (also parties[" + seen.get(p) + "])"));
            } else {
                seen.put(p, i);
            }
        }
        List<String> subjectList = subjects == null ? List.of() : new ArrayList<>(subjects);
        if (subjectList.isEmpty()) {
            problems.add(new Violation("subjects", "is empty; say what the conflict is about, e.g. \"strategy\""));
        }
        for (int i = 0; i < subjectList.size(); i++) {
            if (subjectList.get(i) == null || subjectList.get(i).isBlank()) {
                problems.add(new Violation("subjects[" + i + "]", "is blank; name a subject"));
            }
        }
        List<Behaviour> behaviourList = behaviours == null ? List.of() : new ArrayList<>(behaviours);
        if (behaviourList.isEmpty()) {
            problems.add(new Violation("behaviours", "is empty; give at least one observed behaviour"));
        }
        for (int i = 0; i < behaviourList.size(); i++) {
            if (behaviourList.get(i) == null) {
                problems.add(new Violation("behaviours[" + i + "]", "is null; give a behaviour"));
            }
        }
        if (openedOn == null) {
            problems.add(new Violation("openedOn", "is required: give the date the conflict was opened, as YYYY-MM-DD"));
        }
        List<StepRecord> steps = history == null ? List.of() : new ArrayList<>(history);
        for (int i = 0; i < steps.size(); i++) {
            StepRecord step = steps.get(i);
            if (step == null) {
                problems.add(new Violation("history[" + i + "]", "is null; give a step"));
                continue;
            }
            if (openedOn != null && step.date().isBefore(openedOn)) {
                problems.add(new Violation("history[" + i + "].date", step.date() + " is before openedOn " + openedOn));
            } else if (i > 0 && steps.get(i - 1) != null && step.date().isBefore(steps.get(i - 1).date())) {
                problems.add(new Violation("history[" + i + "].date", step.date() + " is before history[" + (i - 1)
                        + "]'s date " + steps.get(i - 1).date() + "; list the steps in date order"));
            }
            if (i < steps.size() - 1 && step.outcome() == StepOutcome.ONGOING) {
                problems.add(new Violation("history[" + i + "].outcome", "ONGOING, but a later step follows; only the last step can be ongoing"));
            }
        }
        fraction("importance", importance, problems);
        fraction("negativeEmotion", negativeEmotion, problems);
        fraction("resolutionEfficacy", resolutionEfficacy, problems);
        if (leaving != null && !partyList.contains(leaving)) {
            problems.add(new Violation("leaving", Violation.quote(leaving) + " is not one of the parties " + partyList));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        parties = List.copyOf(partyList);
        subjects = List.copyOf(subjectList);
        behaviours = List.copyOf(behaviourList);
        history = List.copyOf(steps);
    }

    private static void fraction(String path, double value, List<Violation> problems) {
        if (Double.isNaN(value) || value < 0 || value > 1) {
            problems.add(new Violation(path, (Double.isNaN(value) ? "NaN"
                    : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()) + " is outside 0..1"));
        }
    }

    /** The conflict's stage: the highest Glasl stage among its behaviours. */
    public int stage() {
        return behaviours.stream().mapToInt(Behaviour::stage).max().orElseThrow();
    }

    /** How many steps of its history failed. */
    public int failedSteps() {
        return (int) history.stream().filter(s -> s.outcome() == StepOutcome.FAILED).count();
    }

    /** The last step tried, if any. */
    public java.util.Optional<StepRecord> lastStep() {
        return history.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(history.get(history.size() - 1));
    }

    /** The problems with this conflict in the given coalition: parties that are not members. */
    public List<Violation> problemsIn(Coalition coalition) {
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            if (coalition.member(parties.get(i)).isEmpty()) {
                problems.add(new Violation("parties[" + i + "]", "unknown member " + Violation.quote(parties.get(i))));
            }
        }
        return Collections.unmodifiableList(problems);
    }
}
