package dev.coalition.assessment;

import static dev.coalition.assessment.AssessmentGenerators.EQUAL_WEIGHTS;
import static dev.coalition.testing.Examples.examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.coalition.value.Fraction;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact pairwise figures, the matrix and the coalition's figures. */
class PartnerMatrixTest {

    private static Candidate candidate(String id, int vision, int culture, int style, int risk, int innovation, int exit,
                                       List<String> brings, List<String> ties) {
        return Candidate.onFivePointScale(id, id.toUpperCase(), Map.of(Dimension.STRATEGIC_VISION, vision, Dimension.CULTURE,
                culture, Dimension.DECISION_STYLE, style, Dimension.RISK_TOLERANCE, risk, Dimension.INNOVATION, innovation,
                Dimension.EXIT_FLEXIBILITY, exit), brings, List.of(), ties);
    }

    @Test
    void aPairsFiguresFollowTheDefinitions() {
        Candidate a = candidate("a", 5, 1, 3, 2, 5, 3, List.of("data", "stores"), List.of("b"));
        Candidate b = candidate("b", 4, 2, 3, 5, 1, 3, List.of("stores", "brand", "logistics"), List.of());

        PairFit pair = PartnerMatrix.of(List.of(a, b), EQUAL_WEIGHTS).pairs().get(0);

        assertThat(pair.dimensions()).containsExactly(
                Map.entry(Dimension.STRATEGIC_VISION, Fraction.of(3, 4)),
                Map.entry(Dimension.CULTURE, Fraction.of(3, 4)),
                Map.entry(Dimension.DECISION_STYLE, Fraction.ONE),
                Map.entry(Dimension.RISK_TOLERANCE, Fraction.of(1, 4)),
                Map.entry(Dimension.INNOVATION, Fraction.ZERO),
                Map.entry(Dimension.RESOURCE_COMPLEMENTARITY, Fraction.of(3, 4)),
                Map.entry(Dimension.RELATIONSHIP_HISTORY, Fraction.ONE));
        assertThat(pair.fit()).isEqualTo(Fraction.of(9, 2).divide(Fraction.of(7)));
    }

    @Test
    void aCandidateThatBringsNothingComplementsNobody() {
        Candidate a = candidate("a", 5, 1, 3, 2, 5, 3, List.of(), List.of());
        Candidate b = candidate("b", 4, 2, 3, 5, 1, 3, List.of("brand"), List.of());

        assertThat(PartnerMatrix.of(List.of(a, b), EQUAL_WEIGHTS).pairs().get(0).dimensions())
                .containsEntry(Dimension.RESOURCE_COMPLEMENTARITY, Fraction.ZERO)
                .containsEntry(Dimension.RELATIONSHIP_HISTORY, Fraction.ZERO);
    }

    @Test
    void weightsWeighTheDimensions() {
        Candidate a = candidate("a", 5, 1, 3, 2, 5, 3, List.of("data"), List.of());
        Candidate b = candidate("b", 5, 1, 3, 2, 1, 3, List.of("data"), List.of());
        Map<Dimension, Fraction> onlyInnovation = new EnumMap<>(Dimension.class);
        Dimension.pairwise().forEach(d -> onlyInnovation.put(d, d == Dimension.INNOVATION ? Fraction.of(2) : Fraction.ZERO));

        assertThat(PartnerMatrix.of(List.of(a, b), onlyInnovation).pairs().get(0).fit()).isEqualTo(Fraction.ZERO);
    }

    @Test
    void unitScaleScoresAreReadExactlyFromTheirDecimalText() {
        Map<String, BigDecimal> scores = Map.of("STRATEGIC_VISION", new BigDecimal("0.35"), "CULTURE", new BigDecimal("0.1"),
                "DECISION_STYLE", BigDecimal.ONE, "RISK_TOLERANCE", BigDecimal.ZERO, "INNOVATION", new BigDecimal("0.7"),
                "EXIT_FLEXIBILITY", new BigDecimal("0.2"));
        Candidate a = new Candidate("a", "A", Scale.UNIT, scores, List.of(), List.of(), List.of());
        Candidate b = new Candidate("b", "B", Scale.UNIT, scores, List.of(), List.of(), List.of());

        PartnerMatrix m = PartnerMatrix.of(List.of(a, b), EQUAL_WEIGHTS);

        assertThat(m.pairs().get(0).dimensions().get(Dimension.STRATEGIC_VISION)).isEqualTo(Fraction.of(7, 20));
        assertThat(m.score("a", Dimension.EXIT_FLEXIBILITY)).isEqualTo(Fraction.of(1, 5));
    }

    @Test
    void theWeakestPairAndTheSpreadAreTheCoalitionsExtremes() {
        Candidate a = candidate("a", 5, 1, 3, 2, 5, 3, List.of("data"), List.of());
        Candidate b = candidate("b", 5, 1, 3, 2, 5, 3, List.of("data"), List.of());
        Candidate c = candidate("c", 5, 5, 3, 2, 1, 3, List.of("data"), List.of());

        PartnerMatrix m = PartnerMatrix.of(List.of(c, b, a), EQUAL_WEIGHTS);

        assertThat(m.weakestPair().a()).isEqualTo("a");
        assertThat(m.weakestPair().b()).isEqualTo("c");
        assertThat(m.spread()).containsEntry(Dimension.CULTURE, Fraction.ONE).containsEntry(Dimension.INNOVATION, Fraction.ONE)
                .containsEntry(Dimension.RISK_TOLERANCE, Fraction.ZERO);
        assertThat(m.candidates()).containsExactly("c", "b", "a");
    }

    @Test
    void aResourceSoughtThatNoOtherBringsIsUnserved() {
        Candidate a = Candidate.onFivePointScale("a", "A", fives(), List.of("data"), List.of("data", "capital"), List.of());
        Candidate b = Candidate.onFivePointScale("b", "B", fives(), List.of("data"), List.of(), List.of());

        assertThat(PartnerMatrix.of(List.of(a, b), EQUAL_WEIGHTS).unservedWants())
                .containsExactly(new SoughtResource("a", "capital", 0));
    }

    @Test
    void invalidWeightsAreRefusedByName() {
        Map<Dimension, Fraction> none = new EnumMap<>(Dimension.class);
        Dimension.pairwise().forEach(d -> none.put(d, Fraction.ZERO));
        List<Candidate> two = List.of(Candidate.onFivePointScale("a", "A", fives(), null, null, null),
                Candidate.onFivePointScale("b", "B", fives(), null, null, null));

        assertThatThrownBy(() -> PartnerMatrix.of(two, none)).hasMessageContaining("weights: are all 0");
    }

    @Test
    void theMatrixIsSymmetricWithAUnitDiagonal() {
        qt().withExamples(examples(200)).forAll(AssessmentGenerators.candidates(2, 10)).checkAssert(candidates -> {
            PartnerMatrix m = PartnerMatrix.of(candidates, EQUAL_WEIGHTS);
            List<List<Fraction>> rows = m.matrix();
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).get(i)).isEqualTo(Fraction.ONE);
                for (int j = 0; j < rows.size(); j++) {
                    assertThat(rows.get(i).get(j)).isEqualTo(rows.get(j).get(i));
                    assertThat(rows.get(i).get(j).signum()).isGreaterThanOrEqualTo(0);
                    assertThat(rows.get(i).get(j).compareTo(Fraction.ONE)).isLessThanOrEqualTo(0);
                }
            }
        });
    }

    static Map<Dimension, Integer> fives() {
        Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
        Dimension.scored().forEach(d -> scores.put(d, 5));
        return scores;
    }
}
