package dev.coalition.proposal;

import dev.coalition.core.Violation;
import dev.coalition.value.Fraction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a vote is decided by, fixed when the proposal opened: a later change of the settings or
 * of the members' weights does not change a vote already open (Aragon's voting apps freeze them the
 * same way). A host stores the value returned with the first evaluation and passes it back.
 *
 * @param quorum    the share of the total weight that must vote (FOR, AGAINST or ABSTAIN), in 0..1
 * @param threshold the share of FOR among FOR and AGAINST that must be strictly exceeded, in 0..1
 * @param weights   each member's voting weight, by id, in the order given; an integer &ge; 0
 */
public record FrozenRules(Fraction quorum, Fraction threshold, Map<String, Long> weights) {

    public FrozenRules {
        weights = weights == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /** The sum of the weights. */
    public long totalWeight() {
        long total = 0;
        for (long w : weights.values()) {
            total = Math.addExact(total, w);
        }
        return total;
    }

    /** Every problem with these rules, with paths under {@code path}. */
    public List<Violation> violations(String path) {
        List<Violation> problems = new ArrayList<>();
        between(path + ".quorum", quorum, problems);
        between(path + ".threshold", threshold, problems);
        if (weights.isEmpty()) {
            problems.add(new Violation(path + ".weights", "is empty: give each member's voting weight when the vote opened"));
        }
        long total = 0;
        for (Map.Entry<String, Long> e : weights.entrySet()) {
            String at = path + ".weights." + e.getKey();
            if (e.getValue() == null || e.getValue() < 0) {
                problems.add(new Violation(at, e.getValue() + " is not allowed: a voting weight is an integer >= 0"));
            } else if (total > Long.MAX_VALUE - e.getValue()) {
                problems.add(new Violation(at, "makes the total weight exceed " + Long.MAX_VALUE + ": use smaller weights"));
            } else {
                total += e.getValue();
            }
        }
        if (!weights.isEmpty() && total == 0 && problems.isEmpty()) {
            problems.add(new Violation(path + ".weights", "are all 0: at least one member must be able to vote"));
        }
        return problems;
    }

    private static void between(String path, Fraction value, List<Violation> problems) {
        if (value == null) {
            problems.add(new Violation(path, "is missing: give a share from 0 to 1, e.g. 0.5"));
        } else if (value.signum() < 0 || value.compareTo(Fraction.ONE) > 0) {
            problems.add(new Violation(path, value + " is outside 0..1: give a share from 0 to 1, e.g. 0.5"));
        }
    }
}
