package dev.coalition.value;

import dev.coalition.core.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** PROPORTIONAL: share<sub>i</sub> = amount &middot; c<sub>i</sub> / &Sigma;c, for contributions c &ge; 0, not all zero. */
public final class ProportionalAllocation implements AllocationPolicy {

    @Override
    public String name() {
        return "PROPORTIONAL";
    }

    @Override
    public Shares shares(AllocationRequest request) {
        AllocationPolicy.checkMembers(request);
        List<Violation> problems = new ArrayList<>();
        Inputs.perMember("distribution.contributions", request.members(), request.contributions(), problems);
        Inputs.throwIfAny(problems);
        Fraction total = Fraction.ZERO;
        for (String m : request.members()) {
            total = total.add(request.contributions().get(m));
        }
        if (total.signum() == 0) {
            problems.add(new Violation("distribution.contributions", "are all zero; PROPORTIONAL needs at least one positive contribution"));
            Inputs.throwIfAny(problems);
        }
        Fraction amount = Fraction.of(request.amount().units());
        Map<String, Fraction> exact = new LinkedHashMap<>();
        for (String m : request.members()) {
            exact.put(m, amount.multiply(request.contributions().get(m)).divide(total));
        }
        return Shares.exact(exact, List.of("Each member gets the amount times its contribution over the total contribution "
                + total + "."));
    }
}
