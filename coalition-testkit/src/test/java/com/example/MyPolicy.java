package com.example;

import dev.coalition.value.AllocationPolicy;
import dev.coalition.value.AllocationRequest;
import dev.coalition.value.Fraction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The README's example of a user's own policy: half the amount shared equally, half in
 * proportion to contributions (all zero: shared equally).
 */
public final class MyPolicy implements AllocationPolicy {

    @Override
    public String name() {
        return "HALF_AND_HALF";
    }

    @Override
    public Shares shares(AllocationRequest request) {
        AllocationPolicy.checkMembers(request);
        List<String> members = request.members();
        Fraction amount = Fraction.of(request.amount().units());
        Fraction total = Fraction.ZERO;
        for (String m : members) {
            total = total.add(request.contributions().getOrDefault(m, Fraction.ZERO));
        }
        Map<String, Fraction> exact = new LinkedHashMap<>();
        for (String m : members) {
            Fraction equal = Fraction.of(1, members.size());
            Fraction proportional = total.signum() == 0 ? equal
                    : request.contributions().getOrDefault(m, Fraction.ZERO).divide(total);
            exact.put(m, amount.multiply(equal.add(proportional)).divide(Fraction.of(2)));
        }
        return Shares.exact(exact, List.of("Half the amount is shared equally, half in proportion to contributions."));
    }
}
