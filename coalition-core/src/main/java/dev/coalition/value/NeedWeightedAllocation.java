package dev.coalition.value;

import dev.coalition.core.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NEED_WEIGHTED: share<sub>i</sub> &prop; (1&minus;w)&middot;c<sub>i</sub>/&Sigma;c + w&middot;n<sub>i</sub>/&Sigma;n with
 * contributions c &ge; 0, needs n &ge; 0 and the need weight w in 0..1. The two terms each add
 * up to 1, so the shares are amount times their sum. A side with weight 0 may be all zero.
 */
public final class NeedWeightedAllocation implements AllocationPolicy {

    @Override
    public String name() {
        return "NEED_WEIGHTED";
    }

    @Override
    public Shares shares(AllocationRequest request) {
        AllocationPolicy.checkMembers(request);
        List<Violation> problems = new ArrayList<>();
        Fraction w = request.needWeight();
        if (w == null) {
            problems.add(new Violation("distribution.needWeight", "is required for NEED_WEIGHTED: give a number from 0 to 1"));
        } else if (w.signum() < 0 || w.compareTo(Fraction.ONE) > 0) {
            problems.add(new Violation("distribution.needWeight", w + " is outside 0..1"));
        }
        Inputs.perMember("distribution.contributions", request.members(), request.contributions(), problems);
        Inputs.perMember("distribution.needs", request.members(), request.needs(), problems);
        Inputs.throwIfAny(problems);
        Fraction totalC = sum(request.members(), request.contributions());
        Fraction totalN = sum(request.members(), request.needs());
        Fraction contributionWeight = Fraction.ONE.subtract(w);
        if (totalC.signum() == 0 && contributionWeight.signum() != 0) {
            problems.add(new Violation("distribution.contributions", "are all zero; with needWeight below 1 at least one must be positive"));
        }
        if (totalN.signum() == 0 && w.signum() != 0) {
            problems.add(new Violation("distribution.needs", "are all zero; with needWeight above 0 at least one must be positive"));
        }
        Inputs.throwIfAny(problems);
        Fraction amount = Fraction.of(request.amount().units());
        Map<String, Fraction> exact = new LinkedHashMap<>();
        for (String m : request.members()) {
            Fraction part = Fraction.ZERO;
            if (contributionWeight.signum() != 0) {
                part = part.add(contributionWeight.multiply(request.contributions().get(m)).divide(totalC));
            }
            if (w.signum() != 0) {
                part = part.add(w.multiply(request.needs().get(m)).divide(totalN));
            }
            exact.put(m, amount.multiply(part));
        }
        return Shares.exact(exact, List.of("Each member gets the amount times (1 - " + w
                + ") x its share of contributions (total " + totalC + ") plus " + w
                + " x its share of needs (total " + totalN + ")."));
    }

    private static Fraction sum(List<String> members, Map<String, Fraction> figures) {
        Fraction total = Fraction.ZERO;
        for (String m : members) {
            total = total.add(figures.get(m));
        }
        return total;
    }
}
