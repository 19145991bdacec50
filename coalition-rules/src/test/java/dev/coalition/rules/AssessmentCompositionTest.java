package dev.coalition.rules;

import static dev.coalition.rules.AssessmentCases.candidate;
import static dev.coalition.rules.Explanations.steps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.coalition.assessment.Candidate;
import dev.coalition.rules.api.ClearedFlag;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.CompositionSuggestion;
import dev.coalition.rules.api.PartnerAssessment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** assessment-composition.drl: which compositions are suggested and which flags each clears. */
class AssessmentCompositionTest {

    private static CoalitionAdvisor advisor;
    /** assessment.maxLeaveOut 0: no composition advice. */
    private static CoalitionAdvisor noLeavingOut;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
        noLeavingOut = CoalitionAdvisor.builder().setting("assessment.maxLeaveOut", 0).build();
    }

    @AfterAll
    static void close() {
        advisor.close();
        noLeavingOut.close();
    }

    @Test
    void leavingOutTheOutlierIsSuggestedFirstWithTheFlagsItClears() {
        PartnerAssessment a = advisor.assessPartners(AssessmentCases.oneOutlier());

        assertThat(a.compositionSearch()).isEqualTo("EXACT");
        CompositionSuggestion best = a.composition().get(0);
        assertThat(best.leaveOut()).containsExactly("d");
        assertThat(best.weakestPairAfter()).isGreaterThan(best.weakestPairBefore());
        assertThat(best.flagsCleared()).contains(new ClearedFlag("WIDE_SPREAD", "INNOVATION"),
                new ClearedFlag("WIDE_SPREAD", "RISK_TOLERANCE"), new ClearedFlag("LOW_EXIT_FLEXIBILITY", "d"),
                new ClearedFlag("UNSERVED_WANT", "d:logistics"));
        assertThat(best.reason()).startsWith("Leaving out d raises the weakest-pair fit from ");
        assertThat(steps(a.explanation(), "assessment.composition.raises-weakest-pair")).isNotEmpty();
        assertThat(steps(a.explanation(), "assessment.composition.clears-flag")).isNotEmpty();
        assertThat(steps(a.explanation(), "assessment.composition.search")).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("exact search"));
    }

    @Test
    void aCompositionThatDoesNotRaiseTheWeakestPairIsNotSuggested() {
        // four identical candidates: every pair fits the same, so leaving any out changes nothing
        PartnerAssessment a = advisor.assessPartners(List.of(candidate("a"), candidate("b"), candidate("c"), candidate("d")));

        assertThat(a.composition()).isEmpty();
        assertThat(steps(a.explanation(), "assessment.composition.raises-weakest-pair")).isEmpty();
    }

    @Test
    void noCompositionAdviceWhenNobodyMayBeLeftOut() {
        assertThat(noLeavingOut.assessPartners(AssessmentCases.oneOutlier()).composition()).isEmpty();
    }

    private static final Gen<List<Candidate>> CANDIDATES = in -> {
        int n = (int) in.next(Constraint.between(3, 7));
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> scores = new ArrayList<>();
            for (String d : List.of("STRATEGIC_VISION", "CULTURE", "DECISION_STYLE", "RISK_TOLERANCE", "INNOVATION", "EXIT_FLEXIBILITY")) {
                scores.add(d);
                scores.add("0." + in.next(Constraint.between(0, 9)));
            }
            List<String> ties = i > 0 && in.next(Constraint.between(0, 3)) == 0 ? List.of("c0") : List.of();
            list.add(candidate("c" + i, List.of("r" + in.next(Constraint.between(0, 3))), List.of("r" + in.next(Constraint.between(0, 5))),
                    ties, scores.toArray(String[]::new)));
        }
        return list;
    };

    @Test
    void leavingOutTheSuggestedCandidatesNeverLowersTheWeakestPairFit() {
        qt().withExamples(dev.coalition.rules.Examples.examples(60)).forAll(CANDIDATES).checkAssert(candidates -> {
            PartnerAssessment before = advisor.assessPartners(candidates);
            assertThat(before.composition()).hasSizeLessThanOrEqualTo(3);
            for (CompositionSuggestion s : before.composition()) {
                List<Candidate> remaining = candidates.stream().filter(c -> !s.leaveOut().contains(c.id()))
                        .map(c -> new Candidate(c.id(), c.name(), c.scale(), c.scores(), c.brings(), c.seeks(),
                                c.priorTies().stream().filter(t -> !s.leaveOut().contains(t)).toList()))
                        .toList();
                PartnerAssessment after = advisor.assessPartners(remaining);
                assertThat(after.weakestPair().fit()).isEqualTo(s.weakestPairAfter()).isGreaterThan(before.weakestPair().fit());
                assertThat(after.coalitionFit()).isEqualTo(s.coalitionFitAfter());
                for (ClearedFlag cleared : s.flagsCleared()) {
                    assertThat(after.flags()).noneMatch(f -> f.id().equals(cleared.id()) && f.subject().equals(cleared.subject()));
                }
            }
        });
    }
}
