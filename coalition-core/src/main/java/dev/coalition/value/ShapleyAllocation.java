package dev.coalition.value;

import dev.coalition.core.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SHAPLEY: share<sub>i</sub> = amount &middot; &phi;<sub>i</sub> / v(N), with &phi; the Shapley value of the
 * cooperative game: exact up to {@code exactShapleyMaxPlayers} players, beyond that estimated by
 * sampling (labelled APPROXIMATE with &epsilon;, &delta;, the orderings and the seed). The game's
 * players must be exactly the members. Negative values of a non-monotone game are kept, never
 * clipped, and reported by {@link Allocation#negativeShares()}.
 */
public final class ShapleyAllocation implements AllocationPolicy {

    @Override
    public String name() {
        return "SHAPLEY";
    }

    @Override
    public Shares shares(AllocationRequest request) {
        AllocationPolicy.checkMembers(request);
        List<Violation> problems = new ArrayList<>();
        CharacteristicFunction game = request.game();
        if (game == null) {
            problems.add(new Violation("distribution.game", "is required for SHAPLEY: give the value of every coalition"));
            Inputs.throwIfAny(problems);
        }
        List<String> players = game.players();
        if (!new java.util.HashSet<>(players).equals(new java.util.HashSet<>(request.members()))) {
            problems.add(new Violation("distribution.game.players", "must be exactly the members " + request.members()
                    + ", not " + players));
            Inputs.throwIfAny(problems);
        }
        boolean exact = players.size() <= request.exactShapleyMaxPlayers();
        if (!exact && request.sampling() == null) {
            problems.add(new Violation("distribution.sampling", "is required: " + players.size()
                    + " players are more than the " + request.exactShapleyMaxPlayers()
                    + " solved exactly; give epsilon, delta and seed"));
            Inputs.throwIfAny(problems);
        }
        ShapleyValues values;
        try {
            values = exact ? Shapley.exact(game) : Shapley.sample(game, request.sampling());
        } catch (dev.coalition.core.InvalidCoalitionException e) {
            throw new dev.coalition.core.InvalidCoalitionException(e.violations().stream()
                    .map(v -> new Violation("distribution." + v.path(), v.message())).toList());
        }
        if (values.grandValue().signum() == 0) {
            problems.add(new Violation("distribution.game", "v(N), the value of all members together, is 0: shares of the amount are undefined"));
            Inputs.throwIfAny(problems);
        }
        Fraction amount = Fraction.of(request.amount().units());
        Map<String, Fraction> shares = new LinkedHashMap<>();
        for (String m : request.members()) {
            shares.put(m, amount.multiply(values.values().get(m)).divide(values.grandValue()));
        }
        List<String> steps = new ArrayList<>();
        if (exact) {
            steps.add("The Shapley value of each member was computed exactly over all " + ((1L << players.size()) - 1)
                    + " coalitions; v(N) = " + Inputs.plain(values.grandValue()) + ".");
        } else {
            ShapleyValues.Approximation a = values.approximation().orElseThrow();
            steps.add("The Shapley values were estimated from " + a.permutations() + " random orderings (seed " + a.seed()
                    + "): each is within " + a.epsilon() + " of the exact value with probability at least " + (1 - a.delta())
                    + "; v(N) = " + Inputs.plain(values.grandValue()) + ".");
        }
        steps.add("Each member gets the amount times its Shapley value over v(N).");
        if (!values.negative().isEmpty()) {
            steps.add("The game is not monotone: " + values.negative() + " have negative values, kept as they are.");
        }
        return new Shares(shares, values.guarantee(), values.approximation(), steps);
    }
}
