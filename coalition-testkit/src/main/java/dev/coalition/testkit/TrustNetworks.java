package dev.coalition.testkit;

import dev.coalition.network.TrustNetwork;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated trust networks: who trusts whom among a coalition's members. Seeded: the same
 * {@link Random} state gives the same network.
 */
public final class TrustNetworks {

    private TrustNetworks() {
    }

    /**
     * Directed trust ties among members: each member trusts each other member with the chance
     * {@code density}, and sometimes (half the time) the ties also gather on one member, the hub,
     * so that centred networks are generated too. No member trusts itself; no tie is repeated.
     *
     * @param random  the source of randomness
     * @param ids     the members' ids, unique
     * @param density the chance of each tie, 0..1
     * @return for each member, in the order of {@code ids}, the ids it trusts
     * @throws IllegalArgumentException if {@code density} is not in 0..1 or an id is repeated
     */
    public static Map<String, List<String>> ties(Random random, List<String> ids, double density) {
        Shapes.chance("density", density);
        if (ids.stream().distinct().count() != ids.size()) {
            throw new IllegalArgumentException("ids: " + ids + " has repeated ids; give each member once");
        }
        int n = ids.size();
        int hub = n == 0 ? -1 : random.nextInt(n);
        double hubChance = random.nextBoolean() ? random.nextDouble() : 0;
        Map<String, List<String>> ties = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            List<String> trusts = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (i != j && (Shapes.happens(random, density) || (j == hub && Shapes.happens(random, hubChance)))) {
                    trusts.add(ids.get(j));
                }
            }
            ties.put(ids.get(i), Collections.unmodifiableList(trusts));
        }
        return Collections.unmodifiableMap(ties);
    }

    /** The trust network of a coalition generated in the given shape. */
    public static TrustNetwork random(Random random, CoalitionShape shape) {
        return TrustNetwork.of(Coalitions.random(random, shape));
    }
}
