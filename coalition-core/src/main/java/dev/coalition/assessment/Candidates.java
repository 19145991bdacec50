package dev.coalition.assessment;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The checks a list of candidate partners must pass before it is assessed. */
public final class Candidates {

    /** The fewest candidates an assessment compares. */
    public static final int MIN_CANDIDATES = 2;

    private Candidates() {
    }

    /**
     * Every problem of the candidates, each at its path ({@code candidates[2].scores.CULTURE}):
     * fewer than two, a missing id, name or scale, a duplicate id, an unknown or missing
     * dimension, a score outside its scale, a tie to an unknown candidate or to itself.
     */
    public static List<Violation> check(List<Candidate> candidates) {
        List<Violation> problems = new ArrayList<>();
        if (candidates == null) {
            problems.add(new Violation("candidates", "is missing: give at least " + MIN_CANDIDATES + " candidates"));
            return problems;
        }
        if (candidates.size() < MIN_CANDIDATES) {
            problems.add(new Violation("candidates", "has " + candidates.size() + " candidate" + (candidates.size() == 1 ? "" : "s")
                    + ": an assessment compares pairs, so give at least " + MIN_CANDIDATES));
        }
        Set<String> ids = new HashSet<>();
        for (Candidate c : candidates) {
            if (c != null && c.id() != null) {
                ids.add(c.id());
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            String path = "candidates[" + i + "]";
            Candidate c = candidates.get(i);
            if (c == null) {
                problems.add(new Violation(path, "is null: give a candidate object"));
                continue;
            }
            if (c.id() == null || c.id().isBlank()) {
                problems.add(new Violation(path + ".id", "is missing: give each candidate a unique id"));
            } else if (!seen.add(c.id())) {
                problems.add(new Violation(path + ".id", "duplicate candidate " + Violation.quote(c.id())
                        + ": each candidate is listed once"));
            }
            if (c.name() == null || c.name().isBlank()) {
                problems.add(new Violation(path + ".name", "is missing: give the candidate's name"));
            }
            if (c.scale() == null) {
                problems.add(new Violation(path + ".scale", "is missing: give \"1-5\" or \"0-1\""));
            }
            scores(c, path, problems);
            resources(c.brings(), path + ".brings", problems);
            resources(c.seeks(), path + ".seeks", problems);
            for (int t = 0; t < c.priorTies().size(); t++) {
                String tie = c.priorTies().get(t);
                if (tie == null || !ids.contains(tie)) {
                    problems.add(new Violation(path + ".priorTies[" + t + "]", "unknown candidate " + Violation.quote(tie)
                            + ": a prior tie names another candidate's id"));
                } else if (tie.equals(c.id())) {
                    problems.add(new Violation(path + ".priorTies[" + t + "]", "names the candidate itself: a prior tie names another candidate"));
                }
            }
        }
        return problems;
    }

    /**
     * Throws when the candidates have problems.
     *
     * @throws InvalidCoalitionException naming every problem of {@link #check(List)}
     */
    public static void requireValid(List<Candidate> candidates) {
        List<Violation> problems = check(candidates);
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
    }

    private static void scores(Candidate c, String path, List<Violation> problems) {
        Set<String> known = Arrays.stream(Dimension.values()).map(Dimension::name).collect(Collectors.toSet());
        String allowed = Dimension.scored().stream().map(Dimension::name).collect(Collectors.joining(", "));
        for (Map.Entry<String, BigDecimal> score : c.scores().entrySet()) {
            String at = path + ".scores." + score.getKey();
            if (!Dimension.scored().stream().map(Dimension::name).toList().contains(score.getKey())) {
                String why = known.contains(score.getKey())
                        ? " is not scored: it comes from " + (score.getKey().equals(Dimension.RESOURCE_COMPLEMENTARITY.name())
                        ? "\"brings\"" : "\"priorTies\"")
                        : " is not a dimension";
                problems.add(new Violation(at, "unknown dimension " + Violation.quote(score.getKey()) + ":" + why
                        + "; the scored dimensions are " + allowed));
            } else if (score.getValue() == null) {
                problems.add(new Violation(at, "is missing: give a number on the candidate's scale"));
            } else if (c.scale() != null && !c.scale().contains(score.getValue())) {
                problems.add(new Violation(at, score.getValue().toPlainString() + " is outside the scale " + c.scale().label()
                        + ": give a score from " + c.scale().label().replace("-", " to ")));
            }
        }
        for (Dimension d : Dimension.scored()) {
            if (!c.scores().containsKey(d.name())) {
                problems.add(new Violation(path + ".scores." + d.name(), "is missing: every candidate scores all of " + allowed));
            }
        }
    }

    private static void resources(List<String> resources, String path, List<Violation> problems) {
        for (int r = 0; r < resources.size(); r++) {
            if (resources.get(r) == null || resources.get(r).isBlank()) {
                problems.add(new Violation(path + "[" + r + "]", "is empty: name the resource"));
            }
        }
    }
}
