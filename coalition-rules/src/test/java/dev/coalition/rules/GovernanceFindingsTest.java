package dev.coalition.rules;

import static dev.coalition.governance.GovernanceMode.CENTRALIZED;
import static dev.coalition.governance.GovernanceMode.DISTRIBUTED;
import static dev.coalition.rules.Explanations.ruleIds;
import static dev.coalition.rules.Explanations.score;
import static dev.coalition.rules.Explanations.steps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.core.Coalition;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** governance-findings.drl: each finding, when it is raised and when it is not. */
class GovernanceFindingsTest {

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

    /** The star with hub, s1..s7; s3 is an ngo, s5 a lab, the rest hospitals; CENTRALIZED 10 of 11. */
    private static Coalition.Builder mixedStar() {
        return Cases.star("hospital", "hospital", "hospital", "ngo", "hospital", "lab", "hospital", "hospital");
    }

    // --- CATEGORY_WITHOUT_SEAT ---

    @Test
    void aCategoryWithoutSeatOnACentralSteeringBodyIsAWarning() {
        GovernanceRecommendation r = advise(mixedStar().steeringBody("hub", "s3").build());

        assertThat(r.mode()).isEqualTo(CENTRALIZED);
        assertThat(r.findings("CATEGORY_WITHOUT_SEAT")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.subject()).isEqualTo("lab");
            assertThat(f.reason()).startsWith("No member of category \"lab\" (1 member) sits on the steering body");
        });
        assertThat(steps(r, "governance.finding.category-without-seat")).hasSize(1);
    }

    @Test
    void everyCategoryWithoutSeatIsAFindingOfItsOwn() {
        GovernanceRecommendation r = advise(mixedStar().steeringBody("hub").build());

        assertThat(r.findings("CATEGORY_WITHOUT_SEAT")).extracting(Finding::subject).containsExactlyInAnyOrder("lab", "ngo");
    }

    @Test
    void aSteeringBodySeatingEveryCategoryRaisesNoCategoryFinding() {
        GovernanceRecommendation r = advise(mixedStar().steeringBody("hub", "s3", "s5").build());

        assertThat(r.findings("CATEGORY_WITHOUT_SEAT")).isEmpty();
        assertThat(ruleIds(r)).doesNotContain("governance.finding.category-without-seat");
    }

    @Test
    void withoutSteeringBodyNoCategoryFindingIsRaised() {
        GovernanceRecommendation r = advise(mixedStar().build());

        assertThat(r.findings("CATEGORY_WITHOUT_SEAT")).isEmpty();
    }

    @Test
    void unseatedCategoriesDoNotMatterWhenNoDecisionIsCentral() {
        Coalition founders = Coalition.builder("Founders with a board").formedOn(LocalDate.of(2024, 1, 15))
                .member("acme", "Acme", "manufacturer", 1, "bolt", "cog", "dyna")
                .member("bolt", "Bolt", "manufacturer", 1, "acme", "cog", "dyna")
                .member("cog", "Cog", "university", 1, "acme", "bolt", "dyna")
                .member("dyna", "Dyna", "university", 1, "acme", "bolt", "cog")
                .steeringBody("acme")
                .context(new GovernanceContext(0.2, 0.3, 0.9, 0.2))
                .build();

        GovernanceRecommendation r = advise(founders);

        assertThat(r.mode()).isEqualTo(DISTRIBUTED);
        assertThat(r.findings("CATEGORY_WITHOUT_SEAT")).isEmpty();
    }

    @Test
    void aHybridCoalitionsCentralDomainsAlsoNeedEveryCategorySeated() {
        Coalition c = Cases.cybersecurityBuilder().steeringBody("bank1", "tel1", "gov1", "uni1").build();

        GovernanceRecommendation r = advise(c);

        assertThat(r.findings("CATEGORY_WITHOUT_SEAT")).extracting(Finding::subject).containsExactly("vendor");
    }

    // --- POOR_FIT ---

    @Test
    void aBadlyFittingModeNamesEachContingencyItMisses() {
        // a crisis centralizes the founding group, which fits a lead organisation with 1 of 11 (urgency only)
        GovernanceRecommendation r = advise(Cases.foundingGroupWithUrgency(0.9));

        assertThat(score(r, CENTRALIZED)).isEqualTo(1);
        assertThat(r.findings("POOR_FIT")).extracting(Finding::subject).containsExactlyInAnyOrder(
                "TRUST", "PARTICIPANTS", "GOAL_CONSENSUS", "COMPETENCY_NEED", "STABILITY", "DIVERSITY");
        assertThat(r.findings("POOR_FIT")).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.reason()).startsWith("The coalition fits a lead organisation badly (score 1 of 11, below the share 0.6).");
        });
        assertThat(steps(r, "governance.finding.poor-fit")).hasSize(6);
    }

    @Test
    void aWellFittingModeRaisesNoPoorFit() {
        GovernanceRecommendation r = advise(Cases.ring());

        assertThat(score(r, CENTRALIZED)).as("9 of 11 is above 0.6 of 11").isEqualTo(9);
        assertThat(r.fit()).anySatisfy(f -> assertThat(f.matched()).isFalse());
        assertThat(r.findings("POOR_FIT")).isEmpty();
        assertThat(ruleIds(r)).doesNotContain("governance.finding.poor-fit");
    }

    // --- CRISIS_OVERRIDE ---

    @Test
    void aCrisisThatOverridesTheBestFitIsToBeRevisited() {
        GovernanceRecommendation r = advise(Cases.foundingGroupWithUrgency(0.9));

        assertThat(r.findings("CRISIS_OVERRIDE")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.subject()).isEqualTo("DISTRIBUTED");
            assertThat(f.reason()).contains("once decision urgency falls below 0.8");
        });
        assertThat(ruleIds(r)).contains("governance.finding.crisis-override");
    }

    @Test
    void aCrisisThatAgreesWithTheBestFitOverridesNothing() {
        GovernanceRecommendation r = advise(Cases.star().context(new GovernanceContext(0.9, 0.8, 0.3, 0.5)).build());

        assertThat(r.mode()).isEqualTo(CENTRALIZED);
        assertThat(steps(r, "governance.crisis-centralizes")).hasSize(1);
        assertThat(r.findings("CRISIS_OVERRIDE")).isEmpty();
        assertThat(ruleIds(r)).doesNotContain("governance.finding.crisis-override");
    }

    @Test
    void withoutACrisisNothingIsOverridden() {
        assertThat(advise(Cases.foundingGroup()).findings("CRISIS_OVERRIDE")).isEmpty();
        assertThat(advise(Cases.cybersecurity()).findings("CRISIS_OVERRIDE")).isEmpty();
    }

    // --- UNTRUSTED_LEAD ---

    @Test
    void aLeadThatNobodyTrustsIsChosenByIdAndFlagged() {
        GovernanceRecommendation r = advise(Cases.strangersInACrisis());

        assertThat(r.lead()).isEqualTo("alfa");
        assertThat(r.findings("UNTRUSTED_LEAD")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.subject()).isEqualTo("alfa");
        });
        assertThat(ruleIds(r)).contains("governance.finding.untrusted-lead");
    }

    @Test
    void aTrustedLeadIsNotFlagged() {
        GovernanceRecommendation r = advise(Cases.star().build());

        assertThat(r.findings("UNTRUSTED_LEAD")).isEmpty();
        assertThat(ruleIds(r)).doesNotContain("governance.finding.untrusted-lead");
    }

    @Test
    void aLeadTrustedByOneMemberIsNotFlagged() {
        Coalition c = Coalition.builder("One tie").formedOn(LocalDate.of(2024, 1, 1))
                .member("alfa", "Alfa", "hospital", 1)
                .member("mike", "Mike", "hospital", 1, "zulu")
                .member("zulu", "Zulu", "agency", 1)
                .context(new GovernanceContext(0.95, 0.5, 0.5, 0.5))
                .build();

        GovernanceRecommendation r = advise(c);

        assertThat(r.lead()).isEqualTo("zulu");
        assertThat(r.findings("UNTRUSTED_LEAD")).isEmpty();
    }

    // --- LEAD_NOT_ON_STEERING_BODY ---

    @Test
    void aLeadOffTheSteeringBodyIsWorthSeating() {
        GovernanceRecommendation r = advise(Cases.star().steeringBody("s1", "s2").build());

        assertThat(r.lead()).isEqualTo("hub");
        assertThat(r.findings("LEAD_NOT_ON_STEERING_BODY")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.subject()).isEqualTo("hub");
        });
        assertThat(ruleIds(r)).contains("governance.finding.lead-off-steering-body");
    }

    @Test
    void aLeadOnTheSteeringBodyIsNotFlagged() {
        GovernanceRecommendation r = advise(Cases.star().steeringBody("s1", "hub").build());

        assertThat(r.findings("LEAD_NOT_ON_STEERING_BODY")).isEmpty();
        assertThat(ruleIds(r)).doesNotContain("governance.finding.lead-off-steering-body");
    }

    @Test
    void aLeadWithoutAnySteeringBodyIsNotFlagged() {
        assertThat(advise(Cases.star().build()).findings("LEAD_NOT_ON_STEERING_BODY")).isEmpty();
    }

    @Test
    void aWellFittingCentralizedCoalitionWithARepresentativeBoardHasNoFindings() {
        assertThat(advise(Cases.star().steeringBody("hub").build()).findings()).isEmpty();
    }
}
