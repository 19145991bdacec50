package dev.coalition.rules;

import static dev.coalition.governance.GovernanceMode.CENTRALIZED;
import static dev.coalition.governance.GovernanceMode.DISTRIBUTED;
import static dev.coalition.governance.GovernanceMode.HYBRID;
import static dev.coalition.rules.Explanations.steps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.governance.Contingency;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.core.Coalition;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * governance-bands.drl and governance-fit.drl.
 *
 * <p>The band rules have no condition but the settings fact, so each fires exactly once in every
 * decision; their neighbouring case is a changed setting, which moves the band they insert. The
 * fit rules fire on a figure inside or outside a band, and for the lead organisation's trust band
 * on centred or uncentred trust.
 */
class GovernanceBandsAndFitTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    private static CoalitionAdvisor advisor;
    /** Every cut-off moved, to show that each band reads its settings. */
    private static CoalitionAdvisor moved;

    @BeforeAll
    static void compilePolicies() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
        moved = CoalitionAdvisor.builder()
                .setting("governance.trust.lowDensity", "0.2")
                .setting("governance.trust.highDensity", "0.7")
                .setting("governance.trust.leadCentralization", "0.4")
                .setting("governance.fewMembers", "4")
                .setting("governance.manyMembers", "30")
                .setting("governance.consensus.moderatelyLow", "0.4")
                .setting("governance.consensus.high", "0.9")
                .setting("governance.competency.low", "0.2")
                .setting("governance.competency.high", "0.8")
                .setting("governance.urgency.low", "0.1")
                .setting("governance.urgency.high", "0.9")
                .setting("governance.stability.low", "0.25")
                .setting("governance.stability.high", "0.75")
                .setting("governance.diversity.low", "0.15")
                .setting("governance.diversity.high", "0.85")
                .setting("governance.weight.trust", "3")
                .setting("governance.weight.participants", "4")
                .setting("governance.weight.goalConsensus", "5")
                .setting("governance.weight.competencyNeed", "6")
                .setting("governance.weight.urgency", "7")
                .setting("governance.weight.stability", "8")
                .setting("governance.weight.diversity", "9")
                .build();
    }

    @AfterAll
    static void close() {
        advisor.close();
        moved.close();
    }

    /** rule id, mode, contingency, default band and weight, band and weight with the moved settings. */
    static Stream<Arguments> bands() {
        return Stream.of(
                band("governance.band.distributed.trust", DISTRIBUTED, Contingency.TRUST, 0.6, 1.0, 2, 0.7, 1.0, 3),
                band("governance.band.centralized.trust", CENTRALIZED, Contingency.TRUST, 0.0, 0.3, 2, 0.0, 0.2, 3),
                band("governance.band.hybrid.trust", HYBRID, Contingency.TRUST, 0.3, 0.6, 2, 0.2, 0.7, 3),
                band("governance.band.distributed.participants", DISTRIBUTED, Contingency.PARTICIPANTS, 2, 6, 2, 2, 4, 4),
                band("governance.band.centralized.participants", CENTRALIZED, Contingency.PARTICIPANTS, 7, 15, 2, 5, 29, 4),
                band("governance.band.hybrid.participants", HYBRID, Contingency.PARTICIPANTS, 7, INF, 2, 5, INF, 4),
                band("governance.band.distributed.goal-consensus", DISTRIBUTED, Contingency.GOAL_CONSENSUS, 0.75, 1.0, 2, 0.9, 1.0, 5),
                band("governance.band.centralized.goal-consensus", CENTRALIZED, Contingency.GOAL_CONSENSUS, 0.0, 0.5, 2, 0.0, 0.4, 5),
                band("governance.band.hybrid.goal-consensus", HYBRID, Contingency.GOAL_CONSENSUS, 0.5, 0.75, 2, 0.4, 0.9, 5),
                band("governance.band.distributed.competency-need", DISTRIBUTED, Contingency.COMPETENCY_NEED, 0.0, 0.35, 2, 0.0, 0.2, 6),
                band("governance.band.centralized.competency-need", CENTRALIZED, Contingency.COMPETENCY_NEED, 0.35, 0.65, 2, 0.2, 0.8, 6),
                band("governance.band.hybrid.competency-need", HYBRID, Contingency.COMPETENCY_NEED, 0.65, 1.0, 2, 0.8, 1.0, 6),
                band("governance.band.distributed.urgency", DISTRIBUTED, Contingency.URGENCY, 0.0, 0.35, 1, 0.0, 0.1, 7),
                band("governance.band.centralized.urgency", CENTRALIZED, Contingency.URGENCY, 0.65, 1.0, 1, 0.9, 1.0, 7),
                band("governance.band.hybrid.urgency", HYBRID, Contingency.URGENCY, 0.35, 0.65, 1, 0.1, 0.9, 7),
                band("governance.band.distributed.stability", DISTRIBUTED, Contingency.STABILITY, 0.0, 0.35, 1, 0.0, 0.25, 8),
                band("governance.band.centralized.stability", CENTRALIZED, Contingency.STABILITY, 0.65, 1.0, 1, 0.75, 1.0, 8),
                band("governance.band.hybrid.stability", HYBRID, Contingency.STABILITY, 0.35, 0.65, 1, 0.25, 0.75, 8),
                band("governance.band.distributed.diversity", DISTRIBUTED, Contingency.DIVERSITY, 0.35, 0.65, 1, 0.15, 0.85, 9),
                band("governance.band.centralized.diversity", CENTRALIZED, Contingency.DIVERSITY, 0.0, 0.35, 1, 0.0, 0.15, 9),
                band("governance.band.hybrid.diversity", HYBRID, Contingency.DIVERSITY, 0.65, 1.0, 1, 0.85, 1.0, 9));
    }

    private static Arguments band(String id, GovernanceMode mode, Contingency contingency,
                                  double min, double max, int weight, double movedMin, double movedMax, int movedWeight) {
        return Arguments.of(id, mode, contingency, min, max, weight, movedMin, movedMax, movedWeight);
    }

    private static Map<String, Object> bandInputs(GovernanceMode mode, Contingency contingency, double min, double max) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("mode", mode.name());
        inputs.put("contingency", contingency.name());
        inputs.put("min", min);
        inputs.put("max", Double.isInfinite(max) ? null : max);
        return inputs;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bands")
    void eachBandRuleFiresOnceWithTheBandItsSettingsDefine(String id, GovernanceMode mode, Contingency contingency,
                                                           double min, double max, int weight,
                                                           double movedMin, double movedMax, int movedWeight) {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.cybersecurity());

        List<ExplanationStep> steps = steps(r, id);
        assertThat(steps).singleElement().satisfies(s -> {
            assertThat(s.inputs()).containsAllEntriesOf(bandInputs(mode, contingency, min, max));
            assertThat(s.inputs()).containsEntry("weight", weight);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bands")
    void eachBandMovesWithItsSettings(String id, GovernanceMode mode, Contingency contingency,
                                      double min, double max, int weight,
                                      double movedMin, double movedMax, int movedWeight) {
        GovernanceRecommendation r = moved.recommendGovernance(Cases.cybersecurity());

        assertThat(steps(r, id)).singleElement().satisfies(s -> {
            assertThat(s.inputs()).containsAllEntriesOf(bandInputs(mode, contingency, movedMin, movedMax));
            assertThat(s.inputs()).containsEntry("weight", movedWeight);
        });
    }

    @Test
    void everyBandRuleIsCovered() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.foundingGroup());

        assertThat(Explanations.ruleIds(r).stream().filter(id -> id.startsWith("governance.band.")).sorted().toList())
                .containsExactlyElementsOf(bands().map(a -> (String) a.get()[0]).sorted().toList());
    }

    @Test
    void theLeadOrganisationsTrustBandAlsoWantsCentralization() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.cybersecurity());

        assertThat(steps(r, "governance.band.centralized.trust").get(0).inputs()).containsEntry("minCentralization", 0.3);
        assertThat(steps(r, "governance.band.hybrid.trust").get(0).inputs()).doesNotContainKey("minCentralization");
    }

    // --- governance-fit.drl ---

    private static List<ExplanationStep> fits(GovernanceRecommendation r, GovernanceMode mode, Contingency c) {
        return Stream.of("governance.fit.inside-band", "governance.fit.outside-band",
                        "governance.fit.centred-trust", "governance.fit.uncentred-trust")
                .flatMap(id -> steps(r, id, mode, c).stream()).toList();
    }

    @Test
    void everyBandIsComparedExactlyOnce() {
        for (GovernanceRecommendation r : List.of(advisor.recommendGovernance(Cases.cybersecurity()),
                advisor.recommendGovernance(Cases.star().build()), advisor.recommendGovernance(Cases.ring()))) {
            for (GovernanceMode mode : GovernanceMode.values()) {
                for (Contingency c : Contingency.values()) {
                    assertThat(fits(r, mode, c)).as(mode + " " + c).hasSize(1);
                }
            }
        }
    }

    @Test
    void aFigureInsideABandIsAMatch() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.cybersecurity());

        assertThat(steps(r, "governance.fit.inside-band", HYBRID, Contingency.TRUST)).singleElement()
                .satisfies(s -> assertThat(s.inputs()).containsEntry("matched", true).containsEntry("band", "0.3..0.6"));
        assertThat(steps(r, "governance.fit.outside-band", HYBRID, Contingency.TRUST)).isEmpty();
    }

    @Test
    void aFigureOutsideABandIsAMiss() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.cybersecurity());

        assertThat(steps(r, "governance.fit.outside-band", DISTRIBUTED, Contingency.TRUST)).singleElement()
                .satisfies(s -> assertThat(s.inputs()).containsEntry("matched", false).containsEntry("band", "0.6..1"));
        assertThat(steps(r, "governance.fit.inside-band", DISTRIBUTED, Contingency.TRUST)).isEmpty();
    }

    @Test
    void theEdgesOfABandAreInsideIt() {
        // consensus 0.75 is the top of HYBRID's band and the bottom of DISTRIBUTED's
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.foundingGroup(
                new GovernanceContext(0.2, 0.3, 0.75, 0.2)));

        assertThat(steps(r, "governance.fit.inside-band", HYBRID, Contingency.GOAL_CONSENSUS)).hasSize(1);
        assertThat(steps(r, "governance.fit.inside-band", DISTRIBUTED, Contingency.GOAL_CONSENSUS)).hasSize(1);
        assertThat(steps(r, "governance.fit.outside-band", CENTRALIZED, Contingency.GOAL_CONSENSUS)).hasSize(1);
    }

    @Test
    void sparseTrustCentredOnOneMemberMatchesALeadOrganisation() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.star().build());

        assertThat(steps(r, "governance.fit.centred-trust", CENTRALIZED, Contingency.TRUST)).singleElement()
                .satisfies(s -> assertThat(s.inputs()).containsEntry("matched", true).containsEntry("centralization", 1.0));
        assertThat(steps(r, "governance.fit.uncentred-trust")).isEmpty();
        assertThat(steps(r, "governance.fit.inside-band", CENTRALIZED, Contingency.TRUST))
                .as("the centralization band is not compared as a plain band").isEmpty();
    }

    @Test
    void sparseTrustSpreadEvenlyMissesALeadOrganisation() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.ring());

        assertThat(steps(r, "governance.fit.uncentred-trust", CENTRALIZED, Contingency.TRUST)).singleElement()
                .satisfies(s -> assertThat(s.inputs()).containsEntry("matched", false).containsEntry("centralization", 0.0));
        assertThat(steps(r, "governance.fit.centred-trust")).isEmpty();
    }

    @Test
    void denseTrustMissesALeadOrganisationWhateverItsCentralization() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.cybersecurity());

        assertThat(steps(r, "governance.fit.outside-band", CENTRALIZED, Contingency.TRUST)).hasSize(1);
        assertThat(steps(r, "governance.fit.centred-trust")).isEmpty();
        assertThat(steps(r, "governance.fit.uncentred-trust")).isEmpty();
    }

    /** Eleven members; the first {@code trustingHub} of the others trust "hub", nobody else is trusted. */
    private static Coalition hubTrustedBy(int trustingHub) {
        Coalition.Builder b = Coalition.builder("Edge").formedOn(LocalDate.of(2024, 1, 1)).context(0.5, 0.5, 0.5, 0.5)
                .member("hub", "Hub", "hospital", 1);
        for (int i = 1; i <= 10; i++) {
            b.member("m" + i, "M" + i, "hospital", 1, i <= trustingHub ? new String[] {"hub"} : new String[0]);
        }
        return b.build();
    }

    @Test
    void centralizationExactlyAtTheCutOffIsCentred() {
        // hub trusted by 3 of 11: sum(max - d) = 3 * 10 = 30; (n - 1)^2 = 100; centralization 0.3
        GovernanceRecommendation r = advisor.recommendGovernance(hubTrustedBy(3));

        assertThat(steps(r, "governance.fit.centred-trust", CENTRALIZED, Contingency.TRUST)).singleElement()
                .satisfies(s -> assertThat(s.inputs()).containsEntry("centralization", 0.3));
    }

    @Test
    void centralizationJustBelowTheCutOffIsNotCentred() {
        // hub trusted by 2 of 11: centralization 20 / 100 = 0.2
        GovernanceRecommendation r = advisor.recommendGovernance(hubTrustedBy(2));

        assertThat(steps(r, "governance.fit.uncentred-trust", CENTRALIZED, Contingency.TRUST)).singleElement()
                .satisfies(s -> assertThat(s.inputs()).containsEntry("centralization", 0.2));
    }

    @Test
    void theFitEntriesOfTheChosenModeAgreeWithTheFitRules() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.ring());

        for (var entry : r.fit()) {
            List<ExplanationStep> fit = fits(r, r.mode(), entry.contingency());
            assertThat(fit).singleElement().satisfies(s -> assertThat(s.inputs()).containsEntry("matched", entry.matched()));
        }
    }
}
