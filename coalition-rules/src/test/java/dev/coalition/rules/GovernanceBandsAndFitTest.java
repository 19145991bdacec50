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
 * fit rules fire on a figure inside or outside a band; no band asks for trust centralization (an
 * uncentred lead organisation is a finding, see GovernanceFindingsTest).
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
                .setting("governance.fewMembers", "4")
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
                band("governance.band.hybrid.trust", HYBRID, Contingency.TRUST, 0.0, 0.6, 2, 0.0, 0.7, 3),
                band("governance.band.distributed.participants", DISTRIBUTED, Contingency.PARTICIPANTS, 2, 6, 2, 2, 4, 4),
                band("governance.band.centralized.participants", CENTRALIZED, Contingency.PARTICIPANTS, 7, INF, 2, 5, INF, 4),
                band("governance.band.hybrid.participants", HYBRID, Contingency.PARTICIPANTS, 7, INF, 2, 5, INF, 4),
                band("governance.band.distributed.goal-consensus", DISTRIBUTED, Contingency.GOAL_CONSENSUS, 0.75, 1.0, 2, 0.9, 1.0, 5),
                band("governance.band.centralized.goal-consensus", CENTRALIZED, Contingency.GOAL_CONSENSUS, 0.0, 0.5, 2, 0.0, 0.4, 5),
                band("governance.band.hybrid.goal-consensus", HYBRID, Contingency.GOAL_CONSENSUS, 0.5, 0.75, 2, 0.4, 0.9, 5),
                band("governance.band.distributed.competency-need", DISTRIBUTED, Contingency.COMPETENCY_NEED, 0.0, 0.35, 2, 0.0, 0.2, 6),
                band("governance.band.centralized.competency-need", CENTRALIZED, Contingency.COMPETENCY_NEED, 0.35, 0.65, 2, 0.2, 0.8, 6),
                band("governance.band.hybrid.competency-need", HYBRID, Contingency.COMPETENCY_NEED, 0.65, 1.0, 2, 0.8, 1.0, 6),
                band("governance.band.distributed.urgency", DISTRIBUTED, Contingency.URGENCY, 0.0, 0.35, 1, 0.0, 0.1, 7),
                band("governance.band.centralized.urgency", CENTRALIZED, Contingency.URGENCY, 0.65, 1.0, 1, 0.9, 1.0, 7),
                band("governance.band.hybrid.urgency", HYBRID, Contingency.URGENCY, 0.0, 0.65, 1, 0.0, 0.9, 7),
                band("governance.band.distributed.stability", DISTRIBUTED, Contingency.STABILITY, 0.0, 0.35, 1, 0.0, 0.25, 8),
                band("governance.band.centralized.stability", CENTRALIZED, Contingency.STABILITY, 0.65, 1.0, 1, 0.75, 1.0, 8),
                band("governance.band.hybrid.stability", HYBRID, Contingency.STABILITY, 0.35, 0.65, 1, 0.25, 0.75, 8),
                band("governance.band.distributed.diversity", DISTRIBUTED, Contingency.DIVERSITY, 0.35, 0.65, 0, 0.15, 0.85, 9),
                band("governance.band.centralized.diversity", CENTRALIZED, Contingency.DIVERSITY, 0.0, 0.35, 0, 0.0, 0.15, 9),
                band("governance.band.hybrid.diversity", HYBRID, Contingency.DIVERSITY, 0.65, 1.0, 0, 0.85, 1.0, 9));
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
    void aBandIsADensityRangeAndAWeightOnly() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.cybersecurity());

        assertThat(steps(r, "governance.band.centralized.trust")).singleElement().satisfies(s -> {
            assertThat(s.inputs()).containsOnlyKeys("mode", "contingency", "min", "max", "weight");
            assertThat(s.reason()).isEqualTo("A lead organisation copes with sparse trust: trust density in 0..0.3.");
        });
    }

    @Test
    void theChangedBandsSayWhatTheyWant() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.cybersecurity());

        assertThat(steps(r, "governance.band.centralized.participants")).singleElement().satisfies(s ->
                assertThat(s.reason()).isEqualTo("A lead organisation wants more than a few members: a member count of 7 or more."));
        assertThat(steps(r, "governance.band.hybrid.urgency")).singleElement().satisfies(s ->
                assertThat(s.reason()).isEqualTo("A hybrid structure suits decisions short of urgent: decision urgency in 0..0.65."));
        assertThat(steps(r, "governance.band.hybrid.trust")).singleElement().satisfies(s ->
                assertThat(s.reason()).isEqualTo("A hybrid structure copes with trust short of dense: trust density in 0..0.6."));
    }

    // --- governance-fit.drl ---

    private static List<ExplanationStep> fits(GovernanceRecommendation r, GovernanceMode mode, Contingency c) {
        return Stream.of("governance.fit.inside-band", "governance.fit.outside-band")
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
                .satisfies(s -> assertThat(s.inputs()).containsEntry("matched", true).containsEntry("band", "0..0.6"));
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
    void sparseTrustMatchesALeadOrganisationWhetherCentredOrNot() {
        GovernanceRecommendation star = advisor.recommendGovernance(Cases.star().build());
        GovernanceRecommendation ring = advisor.recommendGovernance(Cases.ring());

        assertThat(steps(star, "governance.fit.inside-band", CENTRALIZED, Contingency.TRUST)).singleElement()
                .satisfies(s -> assertThat(s.inputs()).containsEntry("matched", true).containsEntry("centralization", 1.0));
        assertThat(steps(ring, "governance.fit.inside-band", CENTRALIZED, Contingency.TRUST)).singleElement()
                .satisfies(s -> assertThat(s.inputs()).containsEntry("matched", true).containsEntry("centralization", 0.0));
    }

    @Test
    void denseTrustMissesALeadOrganisationWhateverItsCentralization() {
        // cybersecurity: density 4/9 > 0.3
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.cybersecurity());

        assertThat(steps(r, "governance.fit.outside-band", CENTRALIZED, Contingency.TRUST)).singleElement()
                .satisfies(s -> assertThat(s.inputs()).containsEntry("matched", false).containsEntry("band", "0..0.3"));
    }

    /** n members of one category, nobody trusts anybody, in the given context. */
    private static Coalition strangers(int n, GovernanceContext context) {
        Coalition.Builder b = Coalition.builder("Strangers").formedOn(LocalDate.of(2024, 1, 1)).context(context);
        for (int i = 1; i <= n; i++) {
            b.member("m" + i, "M" + i, "hospital", 1);
        }
        return b.build();
    }

    @Test
    void noTrustAtAllIsWithinTheHybridTrustBand() {
        // density 0: the hybrid band starts at 0, shared governance's at 0.6
        GovernanceRecommendation r = advisor.recommendGovernance(strangers(8, Cases.LEAD_CONTEXT));

        assertThat(steps(r, "governance.fit.inside-band", HYBRID, Contingency.TRUST)).singleElement()
                .satisfies(s -> assertThat(s.inputs()).containsEntry("value", 0.0));
        assertThat(steps(r, "governance.fit.outside-band", DISTRIBUTED, Contingency.TRUST)).hasSize(1);
    }

    @Test
    void trustDensityAtTheDenseCutOffIsBothHybridAndShared() {
        // 5 members, 12 of the 20 possible ties: density exactly 0.6, the top of HYBRID's band and the bottom of DISTRIBUTED's
        Coalition.Builder b = Coalition.builder("Dense enough").formedOn(LocalDate.of(2024, 1, 1)).context(Cases.LEAD_CONTEXT);
        String[] ids = {"a", "b", "c", "d", "e"};
        for (int i = 0; i < ids.length; i++) {
            // a..d trust the next three (12 ties), e trusts nobody
            String[] trusts = i < 4 ? new String[] {ids[(i + 1) % 5], ids[(i + 2) % 5], ids[(i + 3) % 5]} : new String[0];
            b.member(ids[i], ids[i].toUpperCase(), "hospital", 1, trusts);
        }
        GovernanceRecommendation r = advisor.recommendGovernance(b.build());

        assertThat(r.fit().get(0).value()).isEqualTo(0.6);
        assertThat(steps(r, "governance.fit.inside-band", HYBRID, Contingency.TRUST)).hasSize(1);
        assertThat(steps(r, "governance.fit.inside-band", DISTRIBUTED, Contingency.TRUST)).hasSize(1);
        assertThat(steps(r, "governance.fit.outside-band", CENTRALIZED, Contingency.TRUST)).hasSize(1);
    }

    @Test
    void aLeadOrganisationsMemberBandHasNoUpperEnd() {
        // 40 members, far beyond the former 7..15, still match a lead organisation (and a hybrid structure)
        GovernanceRecommendation r = advisor.recommendGovernance(strangers(40, Cases.LEAD_CONTEXT));

        assertThat(steps(r, "governance.fit.inside-band", CENTRALIZED, Contingency.PARTICIPANTS)).singleElement()
                .satisfies(s -> assertThat(s.inputs()).containsEntry("value", 40.0).containsEntry("band", "7 or more"));
        assertThat(steps(r, "governance.fit.inside-band", HYBRID, Contingency.PARTICIPANTS)).hasSize(1);
        assertThat(steps(r, "governance.fit.outside-band", DISTRIBUTED, Contingency.PARTICIPANTS)).hasSize(1);
        assertThat(r.mode()).isEqualTo(CENTRALIZED);
    }

    @Test
    void aLeadOrganisationWantsMoreThanFewMembers() {
        // 6 members are few: outside the lead organisation's 7 or more, inside shared governance's 2..6
        GovernanceRecommendation six = advisor.recommendGovernance(strangers(6, Cases.LEAD_CONTEXT));
        GovernanceRecommendation seven = advisor.recommendGovernance(strangers(7, Cases.LEAD_CONTEXT));

        assertThat(steps(six, "governance.fit.outside-band", CENTRALIZED, Contingency.PARTICIPANTS)).hasSize(1);
        assertThat(steps(six, "governance.fit.inside-band", DISTRIBUTED, Contingency.PARTICIPANTS)).hasSize(1);
        assertThat(steps(seven, "governance.fit.inside-band", CENTRALIZED, Contingency.PARTICIPANTS)).hasSize(1);
        assertThat(steps(seven, "governance.fit.outside-band", DISTRIBUTED, Contingency.PARTICIPANTS)).hasSize(1);
    }

    @Test
    void aHybridStructureSuitsAnyUrgencyUpToTheHighCutOff() {
        // urgency 0 and 0.65 lie in HYBRID's 0..0.65; 0.66 does not, and lies in CENTRALIZED's 0.65..1
        for (double urgency : new double[] {0.0, 0.2, 0.65}) {
            GovernanceRecommendation r = advisor.recommendGovernance(strangers(8, new GovernanceContext(urgency, 0.5, 0.5, 0.5)));
            assertThat(steps(r, "governance.fit.inside-band", HYBRID, Contingency.URGENCY)).as("urgency " + urgency).hasSize(1);
        }
        GovernanceRecommendation above = advisor.recommendGovernance(strangers(8, new GovernanceContext(0.66, 0.5, 0.5, 0.5)));
        assertThat(steps(above, "governance.fit.outside-band", HYBRID, Contingency.URGENCY)).hasSize(1);
        assertThat(steps(above, "governance.fit.inside-band", CENTRALIZED, Contingency.URGENCY)).hasSize(1);
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
