package dev.coalition.value;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A periodic review of value received against targets, and the payout of the next period's
 * budget under a {@link RebalancingPolicy}. Under BALANCED, under-served members catch up over
 * the next periods; under IMMEDIATE, the budget follows the targets alone.
 */
public final class Rebalancing {

    private Rebalancing() {
    }

    /**
     * One member's standing at a review.
     *
     * @param member   the member
     * @param target   its target share of all value (0..1)
     * @param received what it has received so far, in units
     * @param due      what it should have received so far: target &times; all value paid so far
     * @param paid     what it gets from this period's budget, in whole units
     * @param after    what it has received after this period
     * @param dueAfter what it should have received after this period
     */
    public record Standing(String member, Fraction target, long received, Fraction due, long paid, long after,
                           Fraction dueAfter) {

        /** Whether the member is below its target after this period. */
        public boolean belowTarget() {
            return Fraction.of(after).compareTo(dueAfter) < 0;
        }

        /** What it has received after this period as a share of what it should have (1 when nothing is due). */
        public Fraction fulfilment() {
            return dueAfter.signum() == 0 ? Fraction.ONE : Fraction.of(after).divide(dueAfter);
        }
    }

    /**
     * The result of a review: each member's standing and the allocation of the budget.
     *
     * @param policy     the policy applied
     * @param standings  each member's standing, in member order
     * @param allocation how the budget was divided
     */
    public record Review(RebalancingPolicy policy, List<Standing> standings, Allocation allocation) {

        public Review {
            standings = List.copyOf(standings);
        }

        /** The members below target after this period, in member order. */
        public List<String> belowTarget() {
            return standings.stream().filter(Standing::belowTarget).map(Standing::member).toList();
        }
    }

    /**
     * Reviews what members received against their targets and pays out the next budget.
     *
     * @param policy   BALANCED or IMMEDIATE
     * @param budget   what this period distributes
     * @param targets  each member's target share, &ge; 0 and adding up to 1
     * @param received what each member has received so far, in units (&ge; 0), for every member
     * @throws InvalidCoalitionException naming each invalid input
     */
    public static Review review(RebalancingPolicy policy, Units budget, Map<String, Fraction> targets,
                                Map<String, Long> received) {
        List<Violation> problems = new ArrayList<>();
        if (targets.isEmpty()) {
            problems.add(new Violation("targets", "is empty; give every member's target share"));
        }
        Fraction totalTarget = Fraction.ZERO;
        for (Map.Entry<String, Fraction> t : targets.entrySet()) {
            if (t.getValue().signum() < 0) {
                problems.add(new Violation("targets." + t.getKey(), t.getValue() + " is negative"));
            }
            totalTarget = totalTarget.add(t.getValue());
            Long r = received.get(t.getKey());
            if (r == null) {
                problems.add(new Violation("received." + t.getKey(), "is missing: give what the member has received so far"));
            } else if (r < 0) {
                problems.add(new Violation("received." + t.getKey(), r + " is negative"));
            }
        }
        for (String id : received.keySet()) {
            if (!targets.containsKey(id)) {
                problems.add(new Violation("received." + id, "unknown member \"" + id + "\": it has no target"));
            }
        }
        if (!targets.isEmpty() && !totalTarget.equals(Fraction.ONE)) {
            problems.add(new Violation("targets", "add up to " + totalTarget + "; target shares must add up to 1"));
        }
        if (budget.units() < 0) {
            problems.add(new Violation("budget", budget + " is negative"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        List<String> members = List.copyOf(targets.keySet());
        long paidSoFar = members.stream().mapToLong(received::get).sum();
        Fraction totalAfter = Fraction.of(paidSoFar + budget.units());
        Map<String, Fraction> weights = new LinkedHashMap<>();
        List<String> steps = new ArrayList<>();
        if (policy == RebalancingPolicy.IMMEDIATE) {
            members.forEach(m -> weights.put(m, targets.get(m)));
            steps.add("IMMEDIATE: the budget of " + budget + " is split by target share, whatever was received before.");
        } else {
            Map<String, Fraction> shortfall = new LinkedHashMap<>();
            Fraction totalShortfall = Fraction.ZERO;
            for (String m : members) {
                Fraction gap = totalAfter.multiply(targets.get(m)).subtract(Fraction.of(received.get(m)));
                Fraction s = gap.signum() > 0 ? gap : Fraction.ZERO;
                shortfall.put(m, s);
                totalShortfall = totalShortfall.add(s);
            }
            Fraction amount = Fraction.of(budget.units());
            if (totalShortfall.compareTo(amount) >= 0) {
                members.forEach(m -> weights.put(m, shortfall.get(m)));
                steps.add("BALANCED: members below their target share of all value paid so far (" + totalAfter
                        + " units with this budget) catch up; the budget goes in proportion to each shortfall (total "
                        + totalShortfall + ").");
            } else {
                Fraction rest = amount.subtract(totalShortfall);
                members.forEach(m -> weights.put(m, shortfall.get(m).add(rest.multiply(targets.get(m)))));
                steps.add("BALANCED: every shortfall (total " + totalShortfall + ") is covered and the remaining " + rest
                        + " units are split by target share.");
            }
        }
        Fraction weightTotal = Fraction.sum(weights.values());
        Map<String, Fraction> exact = new LinkedHashMap<>();
        Fraction amount = Fraction.of(budget.units());
        for (String m : members) {
            exact.put(m, weightTotal.signum() == 0 ? amount.multiply(targets.get(m)) : amount.multiply(weights.get(m)).divide(weightTotal));
        }
        Map<String, Long> paid = Payout.apportion(budget.units(), exact);
        steps.add("Whole units are paid by largest remainder, equal remainders to the smaller id.");
        Allocation allocation = new Allocation("REBALANCE_" + policy.name(), budget, exact, paid, Guarantee.EXACT,
                java.util.Optional.empty(), steps);
        List<Standing> standings = new ArrayList<>();
        for (String m : members) {
            long before = received.get(m);
            standings.add(new Standing(m, targets.get(m), before, Fraction.of(paidSoFar).multiply(targets.get(m)), paid.get(m),
                    before + paid.get(m), totalAfter.multiply(targets.get(m))));
        }
        return new Review(policy, standings, allocation);
    }
}
