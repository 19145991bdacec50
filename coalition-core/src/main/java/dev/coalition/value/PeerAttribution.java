package dev.coalition.value;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Impartial division of credit by peer evaluation (de Clippel, Moulin &amp; Tideman, "Impartial
 * division of a dollar", Journal of Economic Theory 139 (2008) 176–191). Each member reports the
 * relative contributions of the <em>other</em> members (positive numbers on any scale); the rule
 * is <b>impartial</b> — a member's own report never changes its own share — and
 * <b>consensual</b> — when the reports agree with some division, that division is returned.
 *
 * <ul>
 *   <li><b>Two members</b>: each report is about one other member only and says nothing
 *       relative, so the division is equal.</li>
 *   <li><b>Three members</b>: the closed form of DMT's three-person rule,
 *       x<sub>i</sub> = 1 / (1 + r<sub>j</sub>(k)/r<sub>j</sub>(i) + r<sub>k</sub>(j)/r<sub>k</sub>(i)), where
 *       r<sub>j</sub>(k)/r<sub>j</sub>(i) is j's reported ratio of k's contribution to i's. It is the only
 *       impartial and consensual rule for three, and it is exact only when the reports agree: what
 *       disagreement leaves over is reported as {@link Attribution#unallocated()}, never given to
 *       anyone (that would make some share depend on its owner's report).</li>
 *   <li><b>Four or more</b>: DMT's exact rule (their equations 14–17), the one the Spliddit
 *       service (Goldman &amp; Procaccia 2014) uses to share credit. For each member m, m's report
 *       is set aside: every other member i gets the consensus estimate
 *       1 / (1 + &Sigma;<sub>k&ne;i</sub> &rho;<sub>ki</sub>), where &rho;<sub>ki</sub> is the mean ratio of k's to
 *       i's contribution reported by the members other than i, k and m, and m receives what is
 *       left, so each of these n divisions gives out exactly 1. The division is their mean. Each
 *       is impartial (i's share never reads i's report; m's share ignores m's report), hence so
 *       is the mean, and under agreement every one returns the agreed division. The estimates
 *       of the others never add up to more than 1, so no share is negative.</li>
 * </ul>
 * Spliddit takes three to a hundred members; with two, this class splits equally.
 */
public final class PeerAttribution {

    private PeerAttribution() {
    }

    /**
     * The result of a peer attribution.
     *
     * @param shares      each member's share of the whole, exact, in member order
     * @param unallocated what the shares leave over (non-zero only for three members who disagree)
     * @param rule        which rule was applied
     * @param explanation the steps, as sentences
     */
    public record Attribution(Map<String, Fraction> shares, Fraction unallocated, String rule, List<String> explanation) {

        public Attribution {
            shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
            explanation = List.copyOf(explanation);
        }
    }

    /**
     * Divides credit among the members from their reports.
     *
     * @param reports for each member (in order), its evaluation of every other member: a positive
     *                number per other member, on any scale (only ratios matter)
     * @throws InvalidCoalitionException naming each problem: fewer than two members, a report that
     *                                   rates the member itself, misses a member or names an unknown
     *                                   one, or an evaluation that is not positive
     */
    public static Attribution divide(Map<String, Map<String, Fraction>> reports) {
        List<String> members = List.copyOf(reports.keySet());
        check(members, reports);
        int n = members.size();
        if (n == 2) {
            Map<String, Fraction> shares = new LinkedHashMap<>();
            members.forEach(m -> shares.put(m, Fraction.of(1, 2)));
            return new Attribution(shares, Fraction.ZERO, "EQUAL_FOR_TWO",
                    List.of("With two members each report rates only the other, so no report compares anyone: the credit is split equally."));
        }
        if (n == 3) {
            Map<String, Fraction> shares = new LinkedHashMap<>();
            for (String i : members) {
                Fraction denominator = Fraction.ONE;
                for (String j : members) {
                    if (j.equals(i)) {
                        continue;
                    }
                    String k = members.stream().filter(m -> !m.equals(i) && !m.equals(j)).findFirst().orElseThrow();
                    denominator = denominator.add(ratio(reports, j, k, i));
                }
                shares.put(i, Fraction.ONE.divide(denominator));
            }
            Fraction unallocated = Fraction.ONE.subtract(Fraction.sum(shares.values()));
            return new Attribution(shares, unallocated, "DMT_THREE_PERSON",
                    List.of("Each member's share is 1 / (1 + the two ratios the others report of each other's contribution to its own) "
                                    + "(de Clippel, Moulin & Tideman 2008, three-person rule).",
                            unallocated.signum() == 0 ? "The reports agree, so the shares add up to the whole."
                                    : "The reports disagree, so " + unallocated + " of the whole is left unallocated rather than "
                                    + "given to anyone whose own report would then change its share."));
        }
        Map<String, Fraction> total = new LinkedHashMap<>();
        members.forEach(m -> total.put(m, Fraction.ZERO));
        for (String m : members) {
            Fraction others = Fraction.ZERO;
            for (String i : members) {
                if (i.equals(m)) {
                    continue;
                }
                Fraction denominator = Fraction.ONE;
                for (String k : members) {
                    if (k.equals(i)) {
                        continue;
                    }
                    Fraction sum = Fraction.ZERO;
                    int count = 0;
                    for (String j : members) {
                        if (!j.equals(i) && !j.equals(k) && !j.equals(m)) {
                            sum = sum.add(ratio(reports, j, k, i));
                            count++;
                        }
                    }
                    denominator = denominator.add(sum.divide(Fraction.of(count)));
                }
                Fraction estimate = Fraction.ONE.divide(denominator);
                total.put(i, total.get(i).add(estimate));
                others = others.add(estimate);
            }
            total.put(m, total.get(m).add(Fraction.ONE.subtract(others)));
        }
        Map<String, Fraction> shares = new LinkedHashMap<>();
        Fraction count = Fraction.of(n);
        members.forEach(m -> shares.put(m, total.get(m).divide(count)));
        return new Attribution(shares, Fraction.ZERO, "DMT_EXACT",
                List.of("For each member m, m's report was set aside: every other member got 1 / (1 + the mean ratios the remaining "
                                + "members report of each other member's contribution to its own), and m got what was left.",
                        "Each member's share is the mean of its shares over the " + n + " divisions (de Clippel, Moulin & Tideman 2008, equations 14-17, as Spliddit shares credit)."));
    }

    /** j's reported ratio of k's contribution to i's. */
    private static Fraction ratio(Map<String, Map<String, Fraction>> reports, String j, String k, String i) {
        Map<String, Fraction> report = reports.get(j);
        return report.get(k).divide(report.get(i));
    }

    private static void check(List<String> members, Map<String, Map<String, Fraction>> reports) {
        List<Violation> problems = new ArrayList<>();
        if (members.size() < 2) {
            problems.add(new Violation("reports", "has " + members.size() + " member(s); peer attribution needs at least 2"));
        }
        for (String j : members) {
            Map<String, Fraction> report = reports.get(j);
            String path = "reports." + j;
            if (report == null) {
                problems.add(new Violation(path, "is missing: every member reports on the others"));
                continue;
            }
            for (String k : report.keySet()) {
                if (k.equals(j)) {
                    problems.add(new Violation(path + "." + k, "a member does not rate itself; leave it out"));
                } else if (!reports.containsKey(k)) {
                    problems.add(new Violation(path + "." + k, "unknown member \"" + k + "\""));
                }
            }
            for (String k : members) {
                if (k.equals(j)) {
                    continue;
                }
                Fraction value = report.get(k);
                if (value == null) {
                    problems.add(new Violation(path + "." + k, "is missing: rate every other member"));
                } else if (value.signum() <= 0) {
                    problems.add(new Violation(path + "." + k, value + " is not positive; rate every other member above 0"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
    }
}
