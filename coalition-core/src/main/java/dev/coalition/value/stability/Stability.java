package dev.coalition.value.stability;

import dev.coalition.value.Fraction;
import dev.coalition.value.TableGame;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How stable a division of a game is: whether it is in the core, the groups that would gain by
 * leaving, the least core's &epsilon; and the nucleolus. All amounts are exact and in the game's own
 * units. Immutable.
 *
 * @param shares             the division assessed, by player
 * @param inCore             whether the shares add up to v(N) and no group would gain by leaving
 * @param blockingCount      how many groups would gain by leaving
 * @param blockingCoalitions the first {@value #MAX_REPORTED} of them, in {@link BlockingCoalition#order}
 * @param epsilon            the least core's &epsilon;; empty for a one-player game
 * @param nucleolus          the nucleolus by player; empty when omitted
 * @param omission           why the nucleolus is omitted, when it is
 */
public record Stability(Map<String, Fraction> shares, boolean inCore, int blockingCount,
                        List<BlockingCoalition> blockingCoalitions, Optional<Fraction> epsilon,
                        Optional<Map<String, Fraction>> nucleolus, Optional<Nucleolus.Omission> omission) {

    /** The most blocking coalitions reported. */
    public static final int MAX_REPORTED = 5;

    public Stability {
        shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
        blockingCoalitions = List.copyOf(blockingCoalitions);
        Objects.requireNonNull(epsilon, "epsilon");
        nucleolus = nucleolus.map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m)));
        Objects.requireNonNull(omission, "omission");
    }

    /**
     * Assesses a division.
     *
     * @param shares              each player's share, in the game's units
     * @param nucleolusMaxPlayers the most players for which the nucleolus is computed
     */
    public static Stability of(TableGame game, Map<String, Fraction> shares, int nucleolusMaxPlayers) {
        List<BlockingCoalition> blocking = Core.blocking(game, shares);
        int grand = (1 << game.players().size()) - 1;
        boolean efficient = Fraction.sum(shares.values()).equals(game.value(grand));
        Optional<Nucleolus.Omission> omission = Nucleolus.omission(game, nucleolusMaxPlayers);
        return new Stability(shares, efficient && blocking.isEmpty(), blocking.size(),
                blocking.subList(0, Math.min(MAX_REPORTED, blocking.size())), LeastCore.epsilon(game),
                omission.isPresent() ? Optional.empty() : Optional.of(Nucleolus.of(game)), omission);
    }
}
