package dev.coalition.rules.api;

import dev.coalition.assessment.Dimension;
import dev.coalition.assessment.PairFit;
import dev.coalition.assessment.SoughtResource;
import dev.coalition.value.Fraction;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How well candidate partners fit together, what to watch and which composition changes would
 * help. Every figure is exact. Immutable.
 *
 * @param candidates        the candidates' ids, in input order
 * @param matrix            the pair fits, rows and columns in input order, 1 on the diagonal
 * @param pairs             every pair (a &lt; b by id) with its fit and the figure of each pairwise dimension
 * @param coalitionFit      the mean of the pair fits
 * @param weakestPair       the pair with the lowest fit (ties: the smallest ids)
 * @param spread            highest minus lowest normalised position, for each position dimension
 * @param flags             what the rules flag about all the candidates
 * @param unservedWants     each resource a candidate seeks that no other brings
 * @param composition       the composition changes the rules suggest, best first, at most three
 * @param compositionSearch how the compositions were searched: {@code EXACT} (up to 16 candidates) or
 *                          {@code GREEDY_WEAKEST_PAIR} (beyond: one member of the weakest pair left out
 *                          at a time, which may miss a better composition)
 * @param explanation       the rules that fired, in order, and the search that was made
 */
public record PartnerAssessment(List<String> candidates, List<List<Fraction>> matrix, List<PairFit> pairs, Fraction coalitionFit,
                                PairFit weakestPair, Map<Dimension, Fraction> spread, List<Finding> flags,
                                List<SoughtResource> unservedWants, List<CompositionSuggestion> composition,
                                String compositionSearch, List<ExplanationStep> explanation) {

    public PartnerAssessment {
        candidates = List.copyOf(candidates);
        matrix = matrix.stream().map(List::copyOf).toList();
        pairs = List.copyOf(pairs);
        Objects.requireNonNull(coalitionFit, "coalitionFit");
        Objects.requireNonNull(weakestPair, "weakestPair");
        spread = Collections.unmodifiableMap(new EnumMap<>(spread));
        flags = List.copyOf(flags);
        unservedWants = List.copyOf(unservedWants);
        composition = List.copyOf(composition);
        Objects.requireNonNull(compositionSearch, "compositionSearch");
        explanation = List.copyOf(explanation);
    }
}
