package dev.coalition.assessment;

import dev.coalition.value.Fraction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** Random valid candidate lists for the assessment's property tests. */
final class AssessmentGenerators {

    static final Map<Dimension, Fraction> EQUAL_WEIGHTS = equalWeights();

    private static final List<String> RESOURCES = List.of("data", "stores", "brand", "logistics", "capital");

    private AssessmentGenerators() {
    }

    /** Between {@code min} and {@code max} candidates on the 1-5 scale with random scores, resources and ties. */
    static Gen<List<Candidate>> candidates(int min, int max) {
        return in -> {
            int n = (int) in.next(Constraint.between(min, max));
            List<Candidate> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
                for (Dimension d : Dimension.scored()) {
                    scores.put(d, (int) in.next(Constraint.between(1, 5)));
                }
                List<String> brings = new ArrayList<>();
                List<String> seeks = new ArrayList<>();
                for (String r : RESOURCES) {
                    if (in.next(Constraint.between(0, 2)) == 0) {
                        brings.add(r);
                    }
                    if (in.next(Constraint.between(0, 4)) == 0) {
                        seeks.add(r);
                    }
                }
                List<String> ties = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    if (in.next(Constraint.between(0, 5)) == 0) {
                        ties.add("c" + j);
                    }
                }
                list.add(Candidate.onFivePointScale("c" + i, "Candidate " + i, scores, brings, seeks, ties));
            }
            return list;
        };
    }

    private static Map<Dimension, Fraction> equalWeights() {
        Map<Dimension, Fraction> weights = new EnumMap<>(Dimension.class);
        Dimension.pairwise().forEach(d -> weights.put(d, Fraction.ONE));
        return weights;
    }
}
