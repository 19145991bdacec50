package dev.coalition.rules;

import static dev.coalition.governance.GovernanceMode.CENTRALIZED;
import static dev.coalition.governance.GovernanceMode.DISTRIBUTED;
import static dev.coalition.governance.GovernanceMode.HYBRID;
import static dev.coalition.rules.Explanations.ruleIds;
import static dev.coalition.rules.Explanations.score;
import static dev.coalition.rules.Explanations.steps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.coalition.core.Coalition;
import dev.coalition.governance.Contingency;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.rules.api.Band;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.FitEntry;
import dev.coalition.rules.api.GovernanceRecommendation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * governance-mode.drl and governance-lead.drl: every mode, the crisis threshold, ties, the lead,
 * and the fit reported for the chosen mode.
 */
class GovernanceModeTest {

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static GovernanceRecommendation advise(Coalition c) {
        return advisor.recommendGovernance(c);
    }

    @Nested
    class Modes {

        @Test
        void aCrisisCentralizesWhateverFitsBest() {
            GovernanceRecommendation r = advise(Cases.foundingGroupWithUrgency(0.9));

            assertThat(r.mode()).isEqualTo(CENTRALIZED);
            assertThat(ruleIds(r)).contains("governance.crisis-centralizes").doesNotContain("governance.mode.recommend-best-fit");
            assertThat(steps(r, "governance.crisis-centralizes")).singleElement()
                    .satisfies(s -> assertThat(s.inputs()).containsEntry("mode", "CENTRALIZED").containsEntry("crisis", true));
            // DISTRIBUTED loses only urgency (0.9 is outside 0..0.35): 10 - 1; CENTRALIZED earns only urgency
            assertThat(score(r, DISTRIBUTED)).as("without the crisis shared governance fits best").isEqualTo(9);
            assertThat(score(r, CENTRALIZED)).isEqualTo(1);
            assertThat(steps(r, "governance.mode.best-fit")).singleElement()
                    .satisfies(s -> assertThat(s.inputs()).containsEntry("mode", "DISTRIBUTED"));
        }

        @Test
        void aCoalitionThatFitsALeadOrganisationIsCentralizedWithoutACrisis() {
            GovernanceRecommendation r = advise(Cases.star().build());

            assertThat(r.mode()).isEqualTo(CENTRALIZED);
            // C: trust 2, participants 2, consensus 2, competency 2, urgency 1, stability 1; H: trust 2, participants 2
            assertThat(score(r, CENTRALIZED)).isEqualTo(10);
            assertThat(score(r, HYBRID)).isEqualTo(4);
            assertThat(score(r, DISTRIBUTED)).isZero();
            assertThat(ruleIds(r)).contains("governance.mode.recommend-best-fit").doesNotContain("governance.crisis-centralizes");
            assertThat(steps(r, "governance.mode.recommend-best-fit")).singleElement()
                    .satisfies(s -> assertThat(s.inputs()).containsEntry("mode", "CENTRALIZED").containsEntry("crisis", false));
        }

        @Test
        void aLargeDiverseCoalitionOfModerateTrustIsHybrid() {
            GovernanceRecommendation r = advise(Cases.cybersecurity());

            assertThat(r.mode()).isEqualTo(HYBRID);
            // H matches all six weighted contingencies; C only participants (10 is 7 or more)
            assertThat(score(r, HYBRID)).isEqualTo(10);
            assertThat(score(r, CENTRALIZED)).isEqualTo(2);
            assertThat(score(r, DISTRIBUTED)).isZero();
            assertThat(r.lead()).isNull();
            assertThat(r.leadMember()).isEmpty();
        }

        @Test
        void aSmallCalmGroupThatTrustsEachOtherIsDistributed() {
            GovernanceRecommendation r = advise(Cases.foundingGroup());

            assertThat(r.mode()).isEqualTo(DISTRIBUTED);
            assertThat(score(r, DISTRIBUTED)).isEqualTo(10);
            assertThat(score(r, CENTRALIZED)).isZero();
            assertThat(score(r, HYBRID)).as("urgency 0.2 lies in HYBRID's 0..0.65").isEqualTo(1);
            assertThat(r.lead()).isNull();
        }
    }

    @Nested
    class CrisisThreshold {

        @Test
        void urgencyExactlyAtTheThresholdIsACrisis() {
            GovernanceRecommendation r = advise(Cases.foundingGroupWithUrgency(0.8));

            assertThat(r.mode()).isEqualTo(CENTRALIZED);
            assertThat(ruleIds(r)).contains("governance.crisis-centralizes");
            assertThat(steps(r, "governance.crisis-centralizes").get(0).reason())
                    .isEqualTo("Decision urgency 0.8 is at or above the crisis threshold 0.8: a lead organisation decides in hours "
                            + "rather than days, whatever the other contingencies.");
        }

        @Test
        void urgencyJustBelowTheThresholdIsNoCrisis() {
            GovernanceRecommendation r = advise(Cases.foundingGroupWithUrgency(0.79));

            assertThat(r.mode()).isEqualTo(DISTRIBUTED);
            assertThat(ruleIds(r)).contains("governance.mode.recommend-best-fit").doesNotContain("governance.crisis-centralizes");
        }

        @Test
        void fullUrgencyIsACrisis() {
            assertThat(advise(Cases.foundingGroupWithUrgency(1.0)).mode()).isEqualTo(CENTRALIZED);
        }
    }

    @Nested
    class Scoring {

        @Test
        void everyModeIsScoredOnceOutOfTenWithTheDefaultWeights() {
            // 2 + 2 + 2 + 2 + 1 + 1 + 0: diversity weighs nothing by default
            GovernanceRecommendation r = advise(Cases.cybersecurity());

            List<ExplanationStep> scores = steps(r, "governance.mode.score");
            assertThat(scores).extracting(s -> s.inputs().get("mode")).containsExactlyInAnyOrder("CENTRALIZED", "HYBRID", "DISTRIBUTED");
            assertThat(scores).allSatisfy(s -> assertThat(s.inputs()).containsEntry("possible", 10));
        }

        @Test
        void diversityDecidesNothingWithTheDefaultWeights() {
            // the star's spokes of one category (Blau 0) or of four, two each (Blau 0.75): CENTRALIZED 10, HYBRID 4 either way
            GovernanceRecommendation alike = advise(Cases.star().build());
            GovernanceRecommendation diverse = advise(Cases.star("hospital", "hospital", "ngo", "ngo", "lab", "lab", "agency", "agency").build());

            assertThat(diverse.fit().get(6).value()).isCloseTo(0.75, within(1e-12));
            assertThat(diverse.fit().get(6).matched()).as("outside CENTRALIZED's 0..0.35").isFalse();
            for (var mode : List.of(CENTRALIZED, HYBRID, DISTRIBUTED)) {
                assertThat(score(diverse, mode)).as(mode.name()).isEqualTo(score(alike, mode));
            }
            assertThat(diverse.mode()).isEqualTo(CENTRALIZED);
        }

        @Test
        void theBestFitIsTakenOnceAfterEveryModeIsScored() {
            GovernanceRecommendation r = advise(Cases.cybersecurity());

            List<String> ids = ruleIds(r);
            assertThat(steps(r, "governance.mode.best-fit")).singleElement()
                    .satisfies(s -> assertThat(s.inputs()).containsEntry("mode", "HYBRID").containsEntry("score", 10));
            assertThat(ids.indexOf("governance.mode.best-fit")).isGreaterThan(ids.lastIndexOf("governance.mode.score"));
        }

        @Test
        void theModeIsChosenOnceByFitOrByCrisisNeverBoth() {
            for (Coalition c : List.of(Cases.foundingGroup(), Cases.foundingGroupWithUrgency(0.9), Cases.cybersecurity(),
                    Cases.star().build())) {
                GovernanceRecommendation r = advise(c);
                long choices = ruleIds(r).stream()
                        .filter(id -> id.equals("governance.crisis-centralizes") || id.equals("governance.mode.recommend-best-fit"))
                        .count();
                assertThat(choices).as(c.name()).isEqualTo(1);
            }
        }
    }

    @Nested
    class Lead {

        @Test
        void aCentralizedCoalitionIsLedByTheMostTrustedMember() {
            GovernanceRecommendation r = advise(Cases.star().build());

            assertThat(r.lead()).isEqualTo("hub");
            assertThat(r.leadMember()).contains("hub");
            assertThat(steps(r, "governance.lead.most-trusted")).singleElement()
                    .satisfies(s -> assertThat(s.inputs()).containsEntry("member", "hub").containsEntry("inDegree", 7));
        }

        @Test
        void amongEquallyTrustedMembersTheSmallerIdLeads() {
            // in a ring every member is trusted once
            GovernanceRecommendation r = advise(Cases.ring());

            assertThat(r.mode()).isEqualTo(CENTRALIZED);
            assertThat(r.lead()).isEqualTo("m1");
        }

        @Test
        void theLeadIsTheMostTrustedEvenWhenItIsListedLastAndHasTheLargestId() {
            Coalition c = Coalition.builder("Late hub").formedOn(LocalDate.of(2024, 1, 1))
                    .member("a", "A", "hospital", 1, "zz")
                    .member("b", "B", "hospital", 1, "zz", "a")
                    .member("c", "C", "hospital", 1, "zz")
                    .member("zz", "ZZ", "hospital", 1)
                    .context(new GovernanceContext(0.9, 0.5, 0.5, 0.5))
                    .build();

            assertThat(advise(c).lead()).isEqualTo("zz");
        }

        @Test
        void aCrisisCoalitionIsLedByItsMostTrustedMember() {
            assertThat(advise(Cases.foundingGroupWithUrgency(0.9)).lead()).as("all trusted by 3: the smallest id").isEqualTo("acme");
        }

        @Test
        void hybridAndDistributedCoalitionsHaveNoLead() {
            assertThat(ruleIds(advise(Cases.cybersecurity()))).doesNotContain("governance.lead.most-trusted");
            assertThat(ruleIds(advise(Cases.foundingGroup()))).doesNotContain("governance.lead.most-trusted");
            assertThat(advise(Cases.foundingGroup()).leadMember()).isEmpty();
        }
    }

    @Nested
    class Fit {

        @Test
        void thereIsOneFitEntryPerContingencyInEnumOrder() {
            for (Coalition c : List.of(Cases.foundingGroup(), Cases.cybersecurity(), Cases.star().build(), Cases.ring())) {
                assertThat(advise(c).fit()).as(c.name()).extracting(FitEntry::contingency).containsExactly(Contingency.values());
            }
        }

        @Test
        void theFitComparesTheCoalitionsFiguresWithTheBandsOfTheChosenMode() {
            GovernanceRecommendation r = advise(Cases.cybersecurity());

            assertThat(r.fit()).allSatisfy(f -> assertThat(f.matched()).isTrue());
            assertThat(r.fit().get(0).value()).isCloseTo(40.0 / 90, within(1e-12));
            assertThat(r.fit().get(0).wanted()).as("trust short of dense").isEqualTo(new Band(0, 0.6));
            assertThat(r.fit().get(1).value()).isEqualTo(10.0);
            assertThat(r.fit().get(1).wanted()).as("7 or more: no upper end").isEqualTo(new Band(7, null));
            assertThat(r.fit().get(2).value()).isEqualTo(0.6);
            assertThat(r.fit().get(2).wanted()).isEqualTo(new Band(0.5, 0.75));
            assertThat(r.fit().get(3).wanted()).isEqualTo(new Band(0.65, 1.0));
            assertThat(r.fit().get(4).value()).isEqualTo(0.5);
            assertThat(r.fit().get(4).wanted()).as("decisions short of urgent").isEqualTo(new Band(0, 0.65));
            assertThat(r.fit().get(5).wanted()).isEqualTo(new Band(0.35, 0.65));
            assertThat(r.fit().get(6).value()).as("Blau index of 5 equal categories").isCloseTo(0.8, within(1e-12));
            assertThat(r.fit().get(6).wanted()).isEqualTo(new Band(0.65, 1.0));
        }

        @Test
        void trustCarriesTheCentralizationAndNoOtherContingencyDoes() {
            GovernanceRecommendation r = advise(Cases.star().build());

            FitEntry trust = r.fit().get(0);
            assertThat(trust.contingency()).isEqualTo(Contingency.TRUST);
            assertThat(trust.value()).isCloseTo(7.0 / 56, within(1e-12));
            assertThat(trust.centralization()).isEqualTo(1.0);
            assertThat(trust.wanted()).isEqualTo(new Band(0, 0.3));
            assertThat(trust.matched()).isTrue();
            assertThat(r.fit().subList(1, 7)).allSatisfy(f -> assertThat(f.centralization()).isNull());
        }

        @Test
        void sparseTrustMatchesALeadOrganisationWhateverItsCentralization() {
            GovernanceRecommendation r = advise(Cases.ring());

            FitEntry trust = r.fit().get(0);
            assertThat(trust.centralization()).isZero();
            assertThat(trust.wanted()).isEqualTo(new Band(0, 0.3));
            assertThat(trust.matched()).isTrue();
            assertThat(trust.reason()).isEqualTo("The coalition's trust density, 0.1429, lies in the band a lead organisation wants (0..0.3).");
            assertThat(score(r, CENTRALIZED)).isEqualTo(10);
            assertThat(r.findings("TRUST_NOT_CENTRED")).as("the uncentred trust is a finding, not a miss").hasSize(1);
        }

        @Test
        void aMissReadsAsASentenceComparingFigureAndBand() {
            GovernanceRecommendation r = advise(Cases.foundingGroupWithUrgency(0.9));

            FitEntry consensus = r.fit().get(2);
            assertThat(consensus.matched()).isFalse();
            assertThat(consensus.reason())
                    .isEqualTo("The coalition's goal consensus, 0.9, lies outside the band a lead organisation wants (0..0.5).");
        }
    }

    @Nested
    class Ties {

        /** Only participants, goal consensus and competency need count, 1 each, so ties are easy to make. */
        private static CoalitionAdvisor tieAdvisor;

        @BeforeAll
        static void compileWithThreeWeights() {
            tieAdvisor = CoalitionAdvisor.builder()
                    .setting("governance.weight.trust", 0)
                    .setting("governance.weight.participants", 1)
                    .setting("governance.weight.goalConsensus", 1)
                    .setting("governance.weight.competencyNeed", 1)
                    .setting("governance.weight.urgency", 0)
                    .setting("governance.weight.stability", 0)
                    .setting("governance.weight.diversity", 0)
                    .build();
        }

        @AfterAll
        static void closeTieAdvisor() {
            tieAdvisor.close();
        }

        /** n hospitals trusting nobody, urgency 0.5, stability 0.5. */
        private static GovernanceRecommendation advise(int members, double consensus, double competencyNeed) {
            Coalition.Builder b = Coalition.builder("Tie").formedOn(LocalDate.of(2024, 1, 1))
                    .context(0.5, 0.5, consensus, competencyNeed);
            for (int i = 1; i <= members; i++) {
                b.member("m" + i, "M" + i, "hospital", 1);
            }
            return tieAdvisor.recommendGovernance(b.build());
        }

        @Test
        void aThreeWayTieGoesToCentralized() {
            // 8 members: C and H; consensus 0.75: H and D; competency need 0.35: C and D
            GovernanceRecommendation r = advise(8, 0.75, 0.35);

            assertThat(List.of(score(r, CENTRALIZED), score(r, HYBRID), score(r, DISTRIBUTED))).containsExactly(2, 2, 2);
            assertThat(r.mode()).isEqualTo(CENTRALIZED);
        }

        @Test
        void aTieOfCentralizedAndHybridGoesToCentralized() {
            // 8 members: C and H; consensus 0.5: C and H; competency need 0.2: D
            GovernanceRecommendation r = advise(8, 0.5, 0.2);

            assertThat(List.of(score(r, CENTRALIZED), score(r, HYBRID), score(r, DISTRIBUTED))).containsExactly(2, 2, 1);
            assertThat(r.mode()).isEqualTo(CENTRALIZED);
        }

        @Test
        void aTieOfCentralizedAndDistributedGoesToCentralized() {
            // 4 members: D; consensus 0.3: C; competency need 0.35: C and D
            GovernanceRecommendation r = advise(4, 0.3, 0.35);

            assertThat(List.of(score(r, CENTRALIZED), score(r, HYBRID), score(r, DISTRIBUTED))).containsExactly(2, 0, 2);
            assertThat(r.mode()).isEqualTo(CENTRALIZED);
        }

        @Test
        void aTieOfHybridAndDistributedGoesToHybrid() {
            // 8 members: C and H; consensus 0.75: H and D; competency need 0.2: D
            GovernanceRecommendation r = advise(8, 0.75, 0.2);

            assertThat(List.of(score(r, CENTRALIZED), score(r, HYBRID), score(r, DISTRIBUTED))).containsExactly(1, 2, 2);
            assertThat(r.mode()).isEqualTo(HYBRID);
        }

        @Test
        void aHybridStructureOutscoringTheOthersIsRuledOutForAFewMembers() {
            // 4 members: D; consensus 0.7: H; competency need 0.7: H: HYBRID 2 beats DISTRIBUTED 1 and CENTRALIZED 0,
            // but four members are too few for a hybrid structure, so shared governance fits best
            GovernanceRecommendation r = advise(4, 0.7, 0.7);

            assertThat(List.of(score(r, CENTRALIZED), score(r, HYBRID), score(r, DISTRIBUTED))).containsExactly(0, 2, 1);
            assertThat(r.mode()).isEqualTo(DISTRIBUTED);
            assertThat(steps(r, "governance.mode.hybrid-needs-members")).singleElement().satisfies(step -> {
                assertThat(step.inputs()).containsEntry("mode", "HYBRID");
                assertThat(step.reason()).isEqualTo("A hybrid structure is ruled out. The coalition's number of participants, 4, "
                        + "lies outside the band a layered, hybrid structure wants (7 or more). A network administrative organisation is a "
                        + "structure of its own, worth its cost only from a moderate number of members.");
            });
        }

        @Test
        void sevenMembersAreEnoughForAHybridStructure() {
            // as above with 7 members: C and H; HYBRID 3, CENTRALIZED 1, DISTRIBUTED 0
            GovernanceRecommendation r = advise(7, 0.7, 0.7);

            assertThat(r.mode()).isEqualTo(HYBRID);
            assertThat(steps(r, "governance.mode.hybrid-needs-members")).isEmpty();
        }

        @Test
        void oneMorePointDecidesWithoutTieBreak() {
            // as the hybrid/distributed tie, but consensus 0.8 is only D's
            GovernanceRecommendation r = advise(4, 0.8, 0.7);

            assertThat(List.of(score(r, CENTRALIZED), score(r, HYBRID), score(r, DISTRIBUTED))).containsExactly(0, 1, 2);
            assertThat(r.mode()).isEqualTo(DISTRIBUTED);
        }

        @Test
        void whenNothingCountsEveryModeTiesAtZeroAndCentralizedWins() {
            GovernanceRecommendation r;
            try (CoalitionAdvisor nothingCounts = CoalitionAdvisor.builder()
                    .setting("governance.weight.participants", 0)
                    .setting("governance.weight.goalConsensus", 0)
                    .setting("governance.weight.competencyNeed", 0)
                    .setting("governance.weight.trust", 0)
                    .setting("governance.weight.urgency", 0)
                    .setting("governance.weight.stability", 0)
                    .setting("governance.weight.diversity", 0)
                    .build()) {
                r = nothingCounts.recommendGovernance(Cases.foundingGroup());
            }

            assertThat(List.of(score(r, CENTRALIZED), score(r, HYBRID), score(r, DISTRIBUTED))).containsExactly(0, 0, 0);
            assertThat(r.mode()).isEqualTo(CENTRALIZED);
            assertThat(r.lead()).isEqualTo("acme");
        }
    }
}
