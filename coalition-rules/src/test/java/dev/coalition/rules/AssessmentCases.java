package dev.coalition.rules;

import dev.coalition.assessment.Candidate;
import dev.coalition.assessment.Dimension;
import dev.coalition.assessment.Scale;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Candidate partners for the assessment tests: scores on the 0-1 scale, 0.5 unless given. */
final class AssessmentCases {

    private AssessmentCases() {
    }

    /** A candidate scoring 0.5 everywhere but where {@code scores} says ("INNOVATION", "0.9", ...), bringing {@code id}'s own resource. */
    static Candidate candidate(String id, String... scores) {
        return candidate(id, List.of("own-" + id), List.of(), List.of(), scores);
    }

    static Candidate candidate(String id, List<String> brings, List<String> seeks, List<String> ties, String... scores) {
        Map<String, BigDecimal> written = new LinkedHashMap<>();
        Dimension.scored().forEach(d -> written.put(d.name(), new BigDecimal("0.5")));
        for (int i = 0; i < scores.length; i += 2) {
            written.put(scores[i], new BigDecimal(scores[i + 1]));
        }
        return new Candidate(id, "Firm " + id, Scale.UNIT, written, brings, seeks, ties);
    }

    /**
     * Four candidates of whom "d" stands apart on innovation and risk (0.95 against 0.2), with a
     * prior tie between a and b: leaving d out raises the weakest pair.
     */
    static List<Candidate> oneOutlier() {
        return List.of(
                candidate("a", List.of("stores"), List.of(), List.of("b"), "INNOVATION", "0.2", "RISK_TOLERANCE", "0.2"),
                candidate("b", List.of("data"), List.of(), List.of(), "INNOVATION", "0.2", "RISK_TOLERANCE", "0.2"),
                candidate("c", List.of("brand"), List.of(), List.of(), "INNOVATION", "0.25", "RISK_TOLERANCE", "0.25"),
                candidate("d", List.of("capital"), List.of("logistics"), List.of(), "INNOVATION", "0.95", "RISK_TOLERANCE", "0.95",
                        "EXIT_FLEXIBILITY", "0.1"));
    }
}
