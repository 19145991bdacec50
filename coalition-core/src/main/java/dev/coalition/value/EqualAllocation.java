package dev.coalition.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** EQUAL: every member gets amount / n. */
public final class EqualAllocation implements AllocationPolicy {

    @Override
    public String name() {
        return "EQUAL";
    }

    @Override
    public Shares shares(AllocationRequest request) {
        AllocationPolicy.checkMembers(request);
        int n = request.members().size();
        Fraction each = Fraction.of(request.amount().units(), n);
        Map<String, Fraction> exact = new LinkedHashMap<>();
        request.members().forEach(m -> exact.put(m, each));
        return Shares.exact(exact, List.of("Each of the " + n + " members gets an equal share: " + request.amount()
                + " / " + n + " = " + each + " " + request.amount().unitName() + "s."));
    }
}
