package dev.coalition.rules.api;

import dev.coalition.value.CharacteristicFunction;
import dev.coalition.value.Fraction;
import dev.coalition.value.Principle;
import dev.coalition.value.Sampling;
import dev.coalition.value.Units;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to distribute among a coalition's members and on what basis. Build with
 * {@link #of(Units)}; every field but the amount is optional, and the policy rules choose the
 * allocation policy from the principles when none is named.
 *
 * @param amount        what is distributed: {@link dev.coalition.value.Money} or {@link dev.coalition.value.Credits}
 * @param policy        EQUAL, PROPORTIONAL, NEED_WEIGHTED, SHAPLEY or NUCLEOLUS, or {@code null} to let the principles decide
 * @param principles    the coalition's stated principles
 * @param contributions each member's contribution, for PROPORTIONAL and NEED_WEIGHTED
 * @param needs         each member's need, for NEED_WEIGHTED
 * @param needWeight    how far NEED_WEIGHTED follows need (0..1)
 * @param game          the cooperative game, for SHAPLEY; its players are the members
 * @param sampling      how to estimate Shapley values of a game too large to solve exactly
 */
public record DistributionRequest(Units amount, String policy, Set<Principle> principles,
                                  Map<String, Fraction> contributions, Map<String, Fraction> needs, Fraction needWeight,
                                  CharacteristicFunction game, Sampling sampling) {

    public DistributionRequest {
        Objects.requireNonNull(amount, "amount");
        principles = principles == null || principles.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(principles));
        contributions = contributions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
        needs = needs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(needs));
    }

    /** A request to distribute an amount, with nothing else given yet. */
    public static DistributionRequest of(Units amount) {
        return new DistributionRequest(amount, null, Set.of(), Map.of(), Map.of(), null, null, null);
    }

    /** This request naming the policy to apply. */
    public DistributionRequest withPolicy(String policy) {
        return new DistributionRequest(amount, policy, principles, contributions, needs, needWeight, game, sampling);
    }

    /** This request with the coalition's stated principles. */
    public DistributionRequest withPrinciples(Set<Principle> principles) {
        return new DistributionRequest(amount, policy, principles, contributions, needs, needWeight, game, sampling);
    }

    /** This request with every member's contribution. */
    public DistributionRequest withContributions(Map<String, Fraction> contributions) {
        return new DistributionRequest(amount, policy, principles, contributions, needs, needWeight, game, sampling);
    }

    /** This request with every member's need and the need weight. */
    public DistributionRequest withNeeds(Map<String, Fraction> needs, Fraction needWeight) {
        return new DistributionRequest(amount, policy, principles, contributions, needs, needWeight, game, sampling);
    }

    /** This request with a cooperative game. */
    public DistributionRequest withGame(CharacteristicFunction game) {
        return new DistributionRequest(amount, policy, principles, contributions, needs, needWeight, game, sampling);
    }

    /** This request with how to sample a large game. */
    public DistributionRequest withSampling(Sampling sampling) {
        return new DistributionRequest(amount, policy, principles, contributions, needs, needWeight, game, sampling);
    }
}
