package dev.coalition.health;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.value.Fraction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A valid series of health assessments, oldest first: at least one, dates strictly increasing,
 * every pillar given in 0..1 (directly or as indicators in 0..1). Gives the latest pillar scores and
 * their change since the previous assessment, exactly. Immutable.
 */
public final class HealthHistory {

    private final List<HealthAssessment> assessments;

    private HealthHistory(List<HealthAssessment> assessments) {
        this.assessments = assessments;
    }

    /**
     * A history of the given assessments, oldest first.
     *
     * @param asOf the date of the analysis, or {@code null}: an assessment dated after it is refused
     * @throws InvalidCoalitionException with every problem, paths {@code health[i].FIELD}
     */
    public static HealthHistory of(List<HealthAssessment> assessments, LocalDate asOf) {
        List<Violation> problems = violations(assessments, asOf);
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        return new HealthHistory(List.copyOf(assessments));
    }

    /** Every problem with the assessments, in order; paths are {@code health}, {@code health[i].date}, ... */
    public static List<Violation> violations(List<HealthAssessment> assessments, LocalDate asOf) {
        List<Violation> problems = new ArrayList<>();
        if (assessments == null || assessments.isEmpty()) {
            problems.add(new Violation("health", "has no assessments: give at least one {\"date\", "
                    + String.join(", ", Pillar.FIELDS) + "}"));
            return problems;
        }
        LocalDate previous = null;
        for (int i = 0; i < assessments.size(); i++) {
            String path = "health[" + i + "]";
            HealthAssessment a = assessments.get(i);
            if (a == null) {
                problems.add(new Violation(path, "is missing: give {\"date\", " + String.join(", ", Pillar.FIELDS) + "}"));
                continue;
            }
            if (a.date() == null) {
                problems.add(new Violation(path + ".date", "is missing: give the date of the assessment, e.g. 2024-03-31"));
            } else {
                if (previous != null && !a.date().isAfter(previous)) {
                    problems.add(new Violation(path + ".date", a.date() + " is not after the previous assessment's " + previous
                            + ": give the assessments oldest first, one per date"));
                }
                if (asOf != null && a.date().isAfter(asOf)) {
                    problems.add(new Violation(path + ".date", a.date() + " is after asOf " + asOf
                            + ": an assessment cannot be dated after the day of the analysis"));
                }
                previous = a.date();
            }
            for (Pillar pillar : Pillar.values()) {
                reading(a.pillars().get(pillar), path + "." + pillar.field(), problems);
            }
        }
        return problems;
    }

    private static void reading(PillarReading reading, String path, List<Violation> problems) {
        if (reading == null || reading.given() == null && reading.indicators().isEmpty()) {
            problems.add(new Violation(path, "is missing: give a score in 0..1 or an object of named indicators in 0..1"));
            return;
        }
        if (reading.given() != null) {
            if (!reading.indicators().isEmpty()) {
                problems.add(new Violation(path, "has both a score and indicators: give one or the other"));
            }
            inRange(reading.given(), path, problems);
            return;
        }
        for (Map.Entry<String, Fraction> indicator : reading.indicators().entrySet()) {
            String at = path + "." + indicator.getKey();
            if (indicator.getValue() == null) {
                problems.add(new Violation(at, "is missing: give the indicator in 0..1"));
            } else {
                inRange(indicator.getValue(), at, problems);
            }
        }
    }

    private static void inRange(Fraction value, String path, List<Violation> problems) {
        if (value.signum() < 0 || value.compareTo(Fraction.ONE) > 0) {
            problems.add(new Violation(path, value + " is outside 0..1: score a pillar from 0 (absent) to 1 (fully there)"));
        }
    }

    /** The assessments, oldest first. */
    public List<HealthAssessment> assessments() {
        return assessments;
    }

    /** The latest assessment. */
    public HealthAssessment latestAssessment() {
        return assessments.get(assessments.size() - 1);
    }

    /** The assessment before the latest, if there is one. */
    public Optional<HealthAssessment> previousAssessment() {
        return assessments.size() < 2 ? Optional.empty() : Optional.of(assessments.get(assessments.size() - 2));
    }

    /** The latest score of each pillar, exact, in pillar order. */
    public Map<Pillar, Fraction> latest() {
        return scores(latestAssessment());
    }

    /** Each pillar's change since the previous assessment (latest − previous), exact; empty with one assessment. */
    public Map<Pillar, Fraction> trend() {
        Optional<HealthAssessment> previous = previousAssessment();
        if (previous.isEmpty()) {
            return Map.of();
        }
        Map<Pillar, Fraction> before = scores(previous.get());
        Map<Pillar, Fraction> trend = new EnumMap<>(Pillar.class);
        latest().forEach((pillar, score) -> trend.put(pillar, score.subtract(before.get(pillar))));
        return Collections.unmodifiableMap(trend);
    }

    private static Map<Pillar, Fraction> scores(HealthAssessment assessment) {
        Map<Pillar, Fraction> scores = new EnumMap<>(Pillar.class);
        for (Pillar pillar : Pillar.values()) {
            scores.put(pillar, assessment.pillars().get(pillar).score());
        }
        return Collections.unmodifiableMap(scores);
    }
}
