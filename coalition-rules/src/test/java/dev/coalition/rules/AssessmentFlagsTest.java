package dev.coalition.rules;

import static dev.coalition.rules.AssessmentCases.candidate;
import static dev.coalition.rules.Explanations.steps;
import static dev.coalition.rules.ValueCases.withId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.PartnerAssessment;
import dev.coalition.rules.api.Severity;
import dev.coalition.value.Fraction;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * assessment-flags.drl: each flag exactly at its threshold (not raised) and just past it (raised),
 * compared exactly.
 */
class AssessmentFlagsTest {

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static PartnerAssessment assess(dev.coalition.assessment.Candidate... candidates) {
        return advisor.assessPartners(List.of(candidates));
    }

    // --- WIDE_SPREAD (assessment.maxSpread 0.5) ---

    @Test
    void aSpreadOfExactlyTheMaximumIsNotFlagged() {
        PartnerAssessment a = assess(candidate("a", "INNOVATION", "0.2"), candidate("b", "INNOVATION", "0.7"));

        assertThat(withId(a.flags(), "WIDE_SPREAD")).isEmpty();
    }

    @Test
    void aSpreadJustPastTheMaximumIsFlaggedOnItsDimension() {
        PartnerAssessment a = assess(candidate("a", "INNOVATION", "0.2"), candidate("b", "INNOVATION", "0.7001"));

        assertThat(withId(a.flags(), "WIDE_SPREAD")).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("INNOVATION");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.reason()).isEqualTo("the candidates' positions on INNOVATION spread over 5001/10000 of the scale, more than 1/2 "
                    + "(assessment.maxSpread): agree how the coalition will bridge the difference, or change its composition.");
        });
        assertThat(steps(a.explanation(), "assessment.flag.wide-spread")).hasSize(1);
    }

    // --- LOW_EXIT_FLEXIBILITY (assessment.minExitFlexibility 0.25) ---

    @Test
    void exitFlexibilityExactlyAtTheMinimumIsNotFlagged() {
        assertThat(withId(assess(candidate("a", "EXIT_FLEXIBILITY", "0.25"), candidate("b")).flags(), "LOW_EXIT_FLEXIBILITY")).isEmpty();
    }

    @Test
    void exitFlexibilityJustBelowTheMinimumIsFlaggedOnTheCandidate() {
        PartnerAssessment a = assess(candidate("a", "EXIT_FLEXIBILITY", "0.2499"), candidate("b"));

        assertThat(withId(a.flags(), "LOW_EXIT_FLEXIBILITY")).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("a");
            assertThat(f.reason()).startsWith("\"a\" has an exit flexibility of 2499/10000, below 1/4 (assessment.minExitFlexibility)");
        });
    }

    // --- NO_PRIOR_TIES ---

    @Test
    void oneTieAmongThePairsIsEnough() {
        PartnerAssessment a = advisor.assessPartners(List.of(candidate("a", List.of("x"), List.of(), List.of("b")),
                candidate("b"), candidate("c")));

        assertThat(withId(a.flags(), "NO_PRIOR_TIES")).isEmpty();
    }

    @Test
    void noTieAtAllIsFlagged() {
        PartnerAssessment a = assess(candidate("a"), candidate("b"), candidate("c"));

        assertThat(withId(a.flags(), "NO_PRIOR_TIES")).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("candidates");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.reason()).startsWith("none of the 3 pairs has worked together before");
        });
    }

    // --- UNSERVED_WANT ---

    @Test
    void aWantOneOtherCandidateBringsIsServed() {
        PartnerAssessment a = advisor.assessPartners(List.of(candidate("a", List.of("x"), List.of("data"), List.of()),
                candidate("b", List.of("data"), List.of(), List.of())));

        assertThat(withId(a.flags(), "UNSERVED_WANT")).isEmpty();
        assertThat(a.unservedWants()).isEmpty();
    }

    @Test
    void aWantOnlyTheSeekerBringsIsUnserved() {
        PartnerAssessment a = advisor.assessPartners(List.of(candidate("a", List.of("data"), List.of("data"), List.of()),
                candidate("b", List.of("brand"), List.of(), List.of())));

        assertThat(withId(a.flags(), "UNSERVED_WANT")).singleElement().satisfies(f -> assertThat(f.subject()).isEqualTo("a:data"));
        assertThat(a.unservedWants()).singleElement().satisfies(w -> {
            assertThat(w.candidate()).isEqualTo("a");
            assertThat(w.resource()).isEqualTo("data");
        });
    }

    // --- WEAK_PAIR (assessment.minPairFit 0.5) ---

    @Test
    void aPairFitExactlyAtTheMinimumIsNotWeak() {
        // vision 1/2, culture 0, decision style 1, risk 0, innovation 1, complementarity 1, history 0: 7/2 / 7 = 1/2
        PartnerAssessment atMinimum = assess(
                candidate("a", "STRATEGIC_VISION", "0.5", "CULTURE", "0", "DECISION_STYLE", "0", "RISK_TOLERANCE", "0",
                        "INNOVATION", "0"),
                candidate("b", "STRATEGIC_VISION", "0.5", "CULTURE", "1", "DECISION_STYLE", "0", "RISK_TOLERANCE", "1",
                        "INNOVATION", "0"));

        assertThat(atMinimum.weakestPair().fit()).isEqualTo(Fraction.of(1, 2));
        assertThat(withId(atMinimum.flags(), "WEAK_PAIR")).isEmpty();
    }

    @Test
    void aPairFitJustBelowTheMinimumIsWeak() {
        PartnerAssessment a = assess(
                candidate("a", "STRATEGIC_VISION", "0.4993", "CULTURE", "0", "DECISION_STYLE", "0", "RISK_TOLERANCE", "0",
                        "INNOVATION", "0"),
                candidate("b", "STRATEGIC_VISION", "0.5", "CULTURE", "1", "DECISION_STYLE", "0", "RISK_TOLERANCE", "1",
                        "INNOVATION", "0"));

        assertThat(a.weakestPair().fit()).isEqualTo(Fraction.of(4999, 10000));
        assertThat(withId(a.flags(), "WEAK_PAIR")).singleElement().satisfies(f ->
                assertThat(f.reason()).isEqualTo("\"a\" and \"b\" fit 4999/10000, below 1/2 (assessment.minPairFit): plan how they will "
                        + "work together, or change the composition."));
    }
}
