package dev.coalition.value;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SHAPLEY: share<sub>i</sub> = amount &middot; &phi;<sub>i</sub> / v(N), with &phi; the Shapley value of the
 * cooperative game: exact up to {@code exactShapleyMaxPlayers} players, beyond that estimated by
 * sampling (labelled APPROXIMATE with &epsilon;, &delta;, the orderings and the seed). The game's
 * players must be exactly the members, and v(N) must be above 0: shares in proportion to the
 * values add up to the amount only through v(N), and with v(N) &lt; 0 every sign would flip (a
 * member who raises the value of every coalition it joins would pay). Negative values of a
 * non-monotone game with v(N) &gt; 0 are kept, never clipped, and reported by
 * {@link Allocation#negativeShares()}: such a member pays into the distribution and the others
 * receive more than the amount between them. A share too large for the amount's units (a long) is
 * refused at {@code distribution.game}.
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
        checkGame(game);
        ShapleyValues values;
        try {
            values = exact ? Shapley.exact(game) : Shapley.sample(game, request.sampling());
        } catch (InvalidCoalitionException e) {
            throw new InvalidCoalitionException(e.violations().stream()
                    .map(v -> new Violation("distribution." + v.path(), v.message())).toList());
        }
        Fraction amount = Fraction.of(request.amount().units());
        Map<String, Fraction> shares = new LinkedHashMap<>();
        for (String m : request.members()) {
            Fraction share = amount.multiply(values.values().get(m)).divide(values.grandValue());
            if (!Payout.payable(share)) {
                problems.add(new Violation("distribution.game", "gives \"" + m + "\" a share of about "
                        + inMajorUnits(request.amount(), share) + ", more than a payout can hold (at most "
                        + inMajorUnits(request.amount(), Fraction.of(Long.MAX_VALUE)) + " either way): the game's values are "
                        + "out of proportion to v(N) = " + values.grandValue() + "; check them"));
            }
            shares.put(m, share);
        }
        Inputs.throwIfAny(problems);
        List<String> steps = new ArrayList<>();
        if (exact) {
            steps.add("The Shapley value of each member was computed exactly over all " + ((1L << players.size()) - 1)
                    + " coalitions; v(N) = " + values.grandValue() + ".");
        } else {
            ShapleyValues.Approximation a = values.approximation().orElseThrow();
            steps.add("The Shapley values were estimated from " + a.permutations() + " random orderings (seed " + a.seed()
                    + "): each is within " + a.epsilon() + " of the exact value with probability at least " + (1 - a.delta())
                    + "; v(N) = " + values.grandValue() + ".");
        }
        steps.add("Each member gets the amount times its Shapley value over v(N).");
        List<String> negative = values.negative();
        if (!negative.isEmpty()) {
            steps.add("The game is not monotone: " + String.join(", ", negative) + (negative.size() == 1
                    ? " has a negative Shapley value, kept as it is." : " have negative Shapley values, kept as they are."));
        }
        return new Shares(shares, values.guarantee(), values.approximation(), steps);
    }

    /** Units written in the major unit with its name, rounded to the unit: {@code -138888888888888347.22 EUR}, {@code 12 credits}. */
    private static String inMajorUnits(Units amount, Fraction units) {
        if (amount instanceof Money money) {
            return amount.inMajorUnits(units).toBigDecimal(money.currency().getDefaultFractionDigits()).toPlainString() + " "
                    + money.currency().getCurrencyCode();
        }
        return units.toBigDecimal(0).toPlainString() + " credits";
    }

    /**
     * Checks that a game can divide an amount in proportion to its Shapley values: v(N), the value
     * of all its players together, must be above 0. Called whichever policy a distribution uses, so
     * that a game given with the request is always a usable one.
     *
     * @throws InvalidCoalitionException at {@code distribution.game} when v(N) &le; 0
     */
    public static void checkGame(CharacteristicFunction game) {
        Fraction grand = game.value(Set.copyOf(game.players()));
        if (grand.signum() <= 0) {
            throw new InvalidCoalitionException(List.of(new Violation("distribution.game", "v(N), the value of all "
                    + game.players().size() + " players together, is " + grand + "; SHAPLEY divides the amount in proportion "
                    + "to the players' Shapley values, which add up to v(N), so v(N) must be above 0 (with v(N) < 0 every "
                    + "share would change sign): check the value of the coalition of all players")));
        }
    }
}
