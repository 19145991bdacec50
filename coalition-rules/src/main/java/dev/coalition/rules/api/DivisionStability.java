package dev.coalition.rules.api;

import dev.coalition.value.Fraction;
import dev.coalition.value.stability.BlockingCoalition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How stable a distribution's division of its game is, in the game's own units (the shares of v(N)
 * before they are scaled to the amount). Immutable.
 *
 * @param inCore             whether no group of members would gain by leaving (and the shares add up to v(N))
 * @param blockingCount      how many groups would gain by leaving
 * @param blockingCoalitions the first five of them: the largest gain first, then fewer members, then by the members
 *                           in the game's order, then the larger value, then the smaller amount received
 * @param epsilon            the least core's &epsilon;: the smallest &epsilon; such that some division x of v(N) has
 *                           x(S) &ge; v(S) &minus; &epsilon; for every proper group S; &le; 0 exactly when the core is
 *                           not empty, &lt; 0 when it has interior points; empty for a one-member game
 * @param nucleolus          the nucleolus by member, exact; empty when omitted (a finding says why)
 * @param explanation        how these were computed
 */
public record DivisionStability(boolean inCore, int blockingCount, List<BlockingCoalition> blockingCoalitions,
                                Optional<Fraction> epsilon, Optional<Map<String, Fraction>> nucleolus,
                                List<ExplanationStep> explanation) {

    public DivisionStability {
        blockingCoalitions = List.copyOf(blockingCoalitions);
        Objects.requireNonNull(epsilon, "epsilon");
        nucleolus = nucleolus.map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m)));
        explanation = List.copyOf(explanation);
    }
}
