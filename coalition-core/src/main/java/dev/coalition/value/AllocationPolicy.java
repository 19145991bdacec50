package dev.coalition.value;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named way of dividing an amount among members. Each policy computes exact rational shares;
 * {@link #allocate} then pays them out to the last unit by largest remainder ({@link Payout}).
 */
public interface AllocationPolicy {

    /** The policy's name, e.g. {@code EQUAL}. */
    String name();

    /**
     * The exact shares of the amount, in units, with the steps that produced them.
     *
     * @throws InvalidCoalitionException naming each missing or invalid input
     */
    Shares shares(AllocationRequest request);

    /** Divides the amount: exact shares, then whole units by largest remainder. */
    default Allocation allocate(AllocationRequest request) {
        checkMembers(request);
        Shares shares = shares(request);
        Map<String, Long> paid = Payout.apportion(request.amount().units(), shares.exact());
        BigInteger floors = shares.exact().values().stream().map(Fraction::floor).reduce(BigInteger.ZERO, BigInteger::add);
        List<String> steps = new ArrayList<>(shares.steps());
        long left = BigInteger.valueOf(request.amount().units()).subtract(floors).longValueExact(); // at most one per member
        steps.add("Each member gets the whole " + request.amount().unitName() + "s of its exact share"
                + (left == 0 ? "; none is left over."
                : left == 1 ? "; the 1 left over goes to the largest remainder, equal remainders to the smaller id."
                : "; the " + left + " left over go one each to the largest remainders, equal remainders to the smaller id."));
        return new Allocation(name(), request.amount(), shares.exact(), paid, shares.guarantee(), shares.approximation(), steps);
    }

    /** Checks the members of a request: at least one, ids unique. */
    static void checkMembers(AllocationRequest request) {
        List<Violation> problems = new ArrayList<>();
        if (request.members().isEmpty()) {
            problems.add(new Violation("members", "is empty; name the members who share the amount"));
        }
        if (request.members().stream().distinct().count() != request.members().size()) {
            problems.add(new Violation("members", "has repeated ids"));
        }
        if (request.amount().units() < 0) {
            problems.add(new Violation("distribution.amount", request.amount() + " is negative; distribute an amount >= 0"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
    }

    /**
     * Exact shares and how they were reached.
     *
     * @param exact         each member's exact share in units, in member order
     * @param guarantee     EXACT or APPROXIMATE
     * @param approximation the sampling behind an approximate result
     * @param steps         sentences describing the computation
     */
    record Shares(Map<String, Fraction> exact, Guarantee guarantee, Optional<ShapleyValues.Approximation> approximation,
                  List<String> steps) {

        public Shares {
            exact = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(exact));
            steps = List.copyOf(steps);
        }

        /** Exact shares reached without sampling. */
        public static Shares exact(Map<String, Fraction> exact, List<String> steps) {
            return new Shares(exact, Guarantee.EXACT, Optional.empty(), steps);
        }
    }
}
