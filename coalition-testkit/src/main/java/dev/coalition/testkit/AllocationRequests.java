package dev.coalition.testkit;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.value.AllocationRequest;
import dev.coalition.value.CharacteristicFunction;
import dev.coalition.value.Credits;
import dev.coalition.value.Fraction;
import dev.coalition.value.Money;
import dev.coalition.value.Principle;
import dev.coalition.value.TableGame;
import dev.coalition.value.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generated allocation requests (for an {@link dev.coalition.value.AllocationPolicy}) and
 * distributions (for an advisor), valid by construction: members {@code m00}, {@code m01}, ...;
 * an amount in EUR (0.00 to 1,000,000.00) or credits (0 to 10,000); with the shape's chances,
 * contributions (0 to 99 over 1 to 3, not all zero), needs (0 to 99, not all zero) with a need
 * weight of 0, 0.1, ... 1, and a game on the members ({@link Games}). Seeded: the same
 * {@link Random} state gives the same request.
 */
public final class AllocationRequests {

    private AllocationRequests() {
    }

    /** A request of the default shape ({@link RequestShape#defaults()}: every input given). */
    public static AllocationRequest random(Random random) {
        return random(random, RequestShape.defaults());
    }

    /** A request of the given shape. */
    public static AllocationRequest random(Random random, RequestShape shape) {
        Distribution d = distribution(random, shape);
        return of(d.coalition(), d.request(), AllocationRequest.DEFAULT_EXACT_SHAPLEY_MAX_PLAYERS);
    }

    /** A coalition of the shape's members and a distribution among them ({@link RequestShape#forAdvisor()} asks as coalitions do). */
    public static Distribution distribution(Random random, RequestShape shape) {
        int n = Shapes.between(random, shape.minMembers(), shape.maxMembers());
        List<String> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(Shapes.id(i));
        }
        boolean interchangeable = Shapes.happens(random, shape.interchangeableChance());
        DistributionRequest request = DistributionRequest.of(amount(random));
        if (Shapes.happens(random, shape.contributionsChance())) {
            request = request.withContributions(figures(random, members, true, interchangeable));
        }
        if (Shapes.happens(random, shape.needsChance())) {
            request = request.withNeeds(figures(random, members, false, interchangeable), Fraction.of(random.nextInt(11), 10));
        }
        if (n <= shape.game().maxPlayers() && Shapes.happens(random, shape.gameChance())) {
            request = request.withGame(Games.generate(random, members, shape.game(), interchangeable));
        }
        if (Shapes.happens(random, shape.principlesChance())) {
            request = request.withPrinciples(principles(random));
        }
        if (Shapes.happens(random, shape.namedPolicyChance())) {
            List<String> allowed = new ArrayList<>(List.of("EQUAL"));
            if (!request.contributions().isEmpty()) {
                allowed.add("PROPORTIONAL");
                if (!request.needs().isEmpty()) {
                    allowed.add("NEED_WEIGHTED");
                }
            }
            if (request.game() != null) {
                allowed.add("SHAPLEY");
            }
            request = request.withPolicy(allowed.get(random.nextInt(allowed.size())));
        }
        return new Distribution(Coalitions.ofIds(members), request);
    }

    /** The request for an allocation policy that the advisor makes of a distribution among a coalition's members. */
    public static AllocationRequest of(Coalition coalition, DistributionRequest request, int exactShapleyMaxPlayers) {
        return new AllocationRequest(coalition.members().stream().map(m -> m.id()).toList(), request.amount(),
                request.contributions(), request.needs(), request.needWeight(), request.game(), request.sampling(),
                exactShapleyMaxPlayers);
    }

    /** A readable account of a request, for counterexamples. */
    public static String describe(AllocationRequest r) {
        CharacteristicFunction game = r.game();
        return "members " + r.members() + ", amount " + r.amount()
                + (r.contributions().isEmpty() ? "" : ", contributions " + r.contributions())
                + (r.needs().isEmpty() && r.needWeight() == null ? "" : ", needs " + r.needs() + ", needWeight " + r.needWeight())
                + (game == null ? "" : ", game " + (game instanceof TableGame t ? Games.describe(t) : game.toString()));
    }

    private static Units amount(Random random) {
        if (random.nextBoolean()) {
            return Money.parse(BigDecimal.valueOf((long) (random.nextDouble() * 100_000_001L), 2).toPlainString(), "EUR");
        }
        return new Credits(random.nextInt(10_001));
    }

    /** A figure per member: contributions 0..99 over 1..3, needs 0..99; not all zero; the first two equal when interchangeable. */
    private static Map<String, Fraction> figures(Random random, List<String> members, boolean contributions, boolean interchangeable) {
        Map<String, Fraction> figures = new LinkedHashMap<>();
        for (String m : members) {
            int whole = random.nextInt(6) == 0 ? 0 : random.nextInt(100);
            figures.put(m, contributions ? Fraction.of(whole, 1 + random.nextInt(3)) : Fraction.of(whole));
        }
        if (interchangeable) {
            figures.put(members.get(1), figures.get(members.get(0)));
        }
        if (figures.values().stream().allMatch(f -> f.signum() == 0)) {
            members.forEach(m -> figures.put(m, Fraction.ONE));
        }
        return figures;
    }

    /** Half the time one principle alone, otherwise each principle with chance 1/3 (possibly none). */
    private static Set<Principle> principles(Random random) {
        if (random.nextBoolean()) {
            return EnumSet.of(Principle.values()[random.nextInt(Principle.values().length)]);
        }
        Set<Principle> principles = EnumSet.noneOf(Principle.class);
        for (Principle p : Principle.values()) {
            if (random.nextInt(3) == 0) {
                principles.add(p);
            }
        }
        return principles;
    }
}
