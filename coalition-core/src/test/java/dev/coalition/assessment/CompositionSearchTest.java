package dev.coalition.assessment;

import static dev.coalition.assessment.AssessmentGenerators.EQUAL_WEIGHTS;
import static dev.coalition.testing.Examples.examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.coalition.value.Fraction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The composition search against brute force, and its ranking. */
class CompositionSearchTest {

    @Test
    void theExactSearchEqualsBruteForceOnSmallInputs() {
        qt().withExamples(examples(150)).forAll(AssessmentGenerators.candidates(3, 8)).checkAssert(candidates -> {
            PartnerMatrix m = PartnerMatrix.of(candidates, EQUAL_WEIGHTS);
            List<CompositionOption> all = bruteForce(m, 2, 3);

            CompositionSearch.Result found = CompositionSearch.search(m, 2, 3, 3);

            assertThat(found.method()).isEqualTo(CompositionSearch.Method.EXACT);
            assertThat(found.options()).isEqualTo(all.subList(0, Math.min(3, all.size())));
        });
    }

    @Test
    void leavingCandidatesOutNeverLowersTheWeakestPairFit() {
        qt().withExamples(examples(150)).forAll(AssessmentGenerators.candidates(3, 20)).checkAssert(candidates -> {
            PartnerMatrix m = PartnerMatrix.of(candidates, EQUAL_WEIGHTS);
            for (CompositionOption o : CompositionSearch.search(m, 2, 3, 3).options()) {
                assertThat(o.weakestPairAfter().compareTo(m.weakestPair().fit())).isGreaterThanOrEqualTo(0);
                assertThat(o.leaveOut().size() + o.remaining().size()).isEqualTo(m.size());
                assertThat(o.remaining().size()).isGreaterThanOrEqualTo(3);
            }
        });
    }

    @Test
    void beyondSixteenCandidatesTheGreedyHeuristicIsNamed() {
        qt().withExamples(examples(20)).forAll(AssessmentGenerators.candidates(17, 22)).checkAssert(candidates ->
                assertThat(CompositionSearch.search(PartnerMatrix.of(candidates, EQUAL_WEIGHTS), 2, 3, 3).method())
                        .isEqualTo(CompositionSearch.Method.GREEDY_WEAKEST_PAIR));
    }

    @Test
    void noOptionWhenLeavingOneOutWouldLeaveTooFew() {
        qt().withExamples(examples(20)).forAll(AssessmentGenerators.candidates(3, 3)).checkAssert(candidates ->
                assertThat(CompositionSearch.search(PartnerMatrix.of(candidates, EQUAL_WEIGHTS), 2, 3, 3).options()).isEmpty());
    }

    /** Every allowed set, evaluated from the pairs list alone and sorted by the stated ranking written out again. */
    private static List<CompositionOption> bruteForce(PartnerMatrix m, int maxLeaveOut, int minMembers) {
        List<String> ids = m.candidates();
        List<CompositionOption> all = new ArrayList<>();
        for (int mask = 1; mask < 1 << ids.size(); mask++) {
            if (Integer.bitCount(mask) > maxLeaveOut || ids.size() - Integer.bitCount(mask) < minMembers) {
                continue;
            }
            List<String> out = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                ((mask >> i & 1) == 1 ? out : kept).add(ids.get(i));
            }
            out.sort(null);
            List<Fraction> fits = m.pairs().stream().filter(p -> kept.contains(p.a()) && kept.contains(p.b()))
                    .map(PairFit::fit).toList();
            Fraction weakest = fits.stream().min(Fraction::compareTo).orElseThrow();
            Fraction mean = Fraction.sum(fits).divide(Fraction.of(fits.size()));
            all.add(new CompositionOption(out, kept, m.weakestPair().fit(), weakest, mean));
        }
        all.sort((x, y) -> {
            int c = y.weakestPairAfter().compareTo(x.weakestPairAfter());
            if (c == 0) {
                c = Integer.compare(x.leaveOut().size(), y.leaveOut().size());
            }
            if (c == 0) {
                c = y.coalitionFitAfter().compareTo(x.coalitionFitAfter());
            }
            if (c == 0) {
                c = String.join(",", x.leaveOut()).compareTo(String.join(",", y.leaveOut()));
            }
            return c;
        });
        return all;
    }
}
