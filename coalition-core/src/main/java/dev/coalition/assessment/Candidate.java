package dev.coalition.assessment;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate partner as given: a member of the coalition or a prospective one. Nothing is
 * checked here; {@link Candidates#check(List)} names every problem of a list of candidates.
 *
 * @param id        the candidate's id (a member's id when it is a member)
 * @param name      its name
 * @param scale     the scale its scores are written on
 * @param scores    its score per dimension name ({@link Dimension#scored()}), as written
 * @param brings    the resources it brings
 * @param seeks     the resources it seeks from the others
 * @param priorTies the ids of the candidates it has worked with before
 */
public record Candidate(String id, String name, Scale scale, Map<String, BigDecimal> scores, List<String> brings,
                        List<String> seeks, List<String> priorTies) {

    public Candidate {
        scores = scores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        brings = brings == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(brings));
        seeks = seeks == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(seeks));
        priorTies = priorTies == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(priorTies));
    }

    /** A candidate scored on the 1–5 scale, with its scores by dimension. */
    public static Candidate onFivePointScale(String id, String name, Map<Dimension, ? extends Number> scores,
                                             List<String> brings, List<String> seeks, List<String> priorTies) {
        return of(id, name, Scale.ONE_TO_FIVE, scores, brings, seeks, priorTies);
    }

    /** A candidate with its scores by dimension (each read from its decimal text, so 0.35 is exactly 7/20). */
    public static Candidate of(String id, String name, Scale scale, Map<Dimension, ? extends Number> scores,
                               List<String> brings, List<String> seeks, List<String> priorTies) {
        Map<String, BigDecimal> written = new LinkedHashMap<>();
        scores.forEach((d, v) -> written.put(d.name(), new BigDecimal(v.toString())));
        return new Candidate(id, name, scale, written, brings, seeks, priorTies);
    }
}
