package dev.coalition.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to distribute and what the allocation policies may base it on. Policies read only what
 * they need and refuse the request, with a message naming the field, if it is missing.
 *
 * @param members                the members receiving shares, in order (ids unique)
 * @param amount                 what is distributed (money or credits), paid out to the last unit
 * @param contributions          each member's contribution (&ge; 0), for PROPORTIONAL and NEED_WEIGHTED; may be empty
 * @param needs                  each member's need (&ge; 0), for NEED_WEIGHTED; may be empty
 * @param needWeight             w in 0..1, how far NEED_WEIGHTED follows need rather than contribution; may be null
 * @param game                   the cooperative game, for SHAPLEY; may be null
 * @param sampling               how to estimate Shapley values beyond {@code exactShapleyMaxPlayers}; may be null
 * @param exactShapleyMaxPlayers the most players for which Shapley values are computed exactly
 */
public record AllocationRequest(List<String> members, Units amount, Map<String, Fraction> contributions,
                                Map<String, Fraction> needs, Fraction needWeight, CharacteristicFunction game,
                                Sampling sampling, int exactShapleyMaxPlayers) {

    /** The default for {@code exactShapleyMaxPlayers}. */
    public static final int DEFAULT_EXACT_SHAPLEY_MAX_PLAYERS = 20;

    public AllocationRequest {
        members = List.copyOf(Objects.requireNonNull(members, "members"));
        Objects.requireNonNull(amount, "amount");
        contributions = contributions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
        needs = needs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(needs));
    }

    /** A request to distribute an amount among members, with nothing else given yet. */
    public static AllocationRequest of(List<String> members, Units amount) {
        return new AllocationRequest(members, amount, Map.of(), Map.of(), null, null, null,
                DEFAULT_EXACT_SHAPLEY_MAX_PLAYERS);
    }

    /** This request with contributions. */
    public AllocationRequest withContributions(Map<String, Fraction> contributions) {
        return new AllocationRequest(members, amount, contributions, needs, needWeight, game, sampling, exactShapleyMaxPlayers);
    }

    /** This request with needs and the need weight. */
    public AllocationRequest withNeeds(Map<String, Fraction> needs, Fraction needWeight) {
        return new AllocationRequest(members, amount, contributions, needs, needWeight, game, sampling, exactShapleyMaxPlayers);
    }

    /** This request with a cooperative game. */
    public AllocationRequest withGame(CharacteristicFunction game) {
        return new AllocationRequest(members, amount, contributions, needs, needWeight, game, sampling, exactShapleyMaxPlayers);
    }

    /** This request with sampling settings for large games. */
    public AllocationRequest withSampling(Sampling sampling, int exactShapleyMaxPlayers) {
        return new AllocationRequest(members, amount, contributions, needs, needWeight, game, sampling, exactShapleyMaxPlayers);
    }
}
