package dev.coalition.rules;

import static dev.coalition.rules.Explanations.ruleIds;
import static dev.coalition.rules.Explanations.steps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.Safeguard;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** governance-safeguards.drl: each safeguard, when it is required and when it is not. */
class GovernanceSafeguardsTest {

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static GovernanceRecommendation centralized() {
        return advisor.recommendGovernance(Cases.star().build());
    }

    private static GovernanceRecommendation distributed() {
        return advisor.recommendGovernance(Cases.foundingGroup());
    }

    private static GovernanceRecommendation hybrid() {
        return advisor.recommendGovernance(Cases.cybersecurity());
    }

    private static List<String> ids(GovernanceRecommendation r) {
        return r.safeguards().stream().map(Safeguard::id).toList();
    }

    @Test
    void aCentralizedCoalitionNeedsARationalePublishedWithin48Hours() {
        GovernanceRecommendation r = centralized();

        assertThat(r.safeguard("PUBLISHED_RATIONALE")).get().satisfies(s -> {
            assertThat(s.parameters()).containsExactly(entry("deadlineHours", 48));
            assertThat(s.reason()).contains("within 48 hours");
        });
        assertThat(ruleIds(r)).contains("governance.safeguard.published-rationale");
    }

    @Test
    void aDistributedCoalitionNeedsNoPublishedRationale() {
        GovernanceRecommendation r = distributed();

        assertThat(r.safeguard("PUBLISHED_RATIONALE")).isEmpty();
        assertThat(ruleIds(r)).doesNotContain("governance.safeguard.published-rationale");
    }

    @Test
    void aCentralizedCoalitionNeedsAMemberInputChannel() {
        GovernanceRecommendation r = centralized();

        assertThat(r.safeguard("MEMBER_INPUT_CHANNEL")).get().satisfies(s -> assertThat(s.parameters()).isEmpty());
        assertThat(ruleIds(r)).contains("governance.safeguard.member-input");
    }

    @Test
    void aDistributedCoalitionNeedsNoMemberInputChannel() {
        GovernanceRecommendation r = distributed();

        assertThat(r.safeguard("MEMBER_INPUT_CHANNEL")).isEmpty();
        assertThat(ruleIds(r)).doesNotContain("governance.safeguard.member-input");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCentralSteeringBodyMustSeatEveryCategoryAndIsToldWhichHaveNoSeatInAlphabeticalOrder() {
        // the ngo (s3) comes before the lab (s5) among the members; the list is alphabetical all the same
        Coalition c = Cases.star("hospital", "hospital", "hospital", "ngo", "hospital", "lab", "hospital", "hospital")
                .steeringBody("hub", "s1").build();

        GovernanceRecommendation r = advisor.recommendGovernance(c);

        assertThat(r.mode()).isEqualTo(dev.coalition.governance.GovernanceMode.CENTRALIZED);
        assertThat(r.safeguard("REPRESENTATIVE_STEERING_BODY")).get().satisfies(s -> {
            assertThat(s.parameters()).containsOnlyKeys("categoriesWithoutSeat");
            assertThat((List<Object>) s.parameters().get("categoriesWithoutSeat")).containsExactly("lab", "ngo");
            assertThat(s.reason()).isEqualTo("The steering body must seat every member category; categories with no seat: lab and ngo.");
        });
        assertThat(ruleIds(r)).contains("governance.safeguard.representative-steering-body")
                .doesNotContain("governance.safeguard.form-steering-body");
    }

    @Test
    void aCentralSteeringBodySeatingEveryCategoryListsNoneWithoutSeat() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.star().steeringBody("hub").build());

        assertThat(r.safeguard("REPRESENTATIVE_STEERING_BODY")).get()
                .satisfies(s -> assertThat(s.parameters()).containsExactly(entry("categoriesWithoutSeat", List.of())));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCentralizedCoalitionWithoutSteeringBodyIsToldToFormOneSeatingEveryCategoryInAlphabeticalOrder() {
        // members list hospital, then ngo, then agency
        Coalition c = Cases.star("hospital", "hospital", "ngo", "hospital", "hospital", "agency", "hospital", "hospital").build();

        GovernanceRecommendation r = advisor.recommendGovernance(c);

        assertThat(r.safeguard("REPRESENTATIVE_STEERING_BODY")).get().satisfies(s -> {
            assertThat(s.parameters()).containsOnlyKeys("categoriesWithoutSeat");
            assertThat((List<Object>) s.parameters().get("categoriesWithoutSeat")).containsExactly("agency", "hospital", "ngo");
            assertThat(s.reason()).isEqualTo("No steering body is named: form one that seats every member category (agency, hospital and ngo).");
        });
        assertThat(ruleIds(r)).contains("governance.safeguard.form-steering-body")
                .doesNotContain("governance.safeguard.representative-steering-body");
    }

    @Test
    void aDistributedCoalitionNeedsNoRepresentativeSteeringBodyEvenWithUnseatedCategories() {
        Coalition withSteeringBody = Coalition.builder("Founders with a board")
                .formedOn(Cases.foundingGroup().formedOn())
                .member("acme", "Acme", "manufacturer", 1, "bolt", "cog", "dyna")
                .member("bolt", "Bolt", "manufacturer", 1, "acme", "cog", "dyna")
                .member("cog", "Cog", "university", 1, "acme", "bolt", "dyna")
                .member("dyna", "Dyna", "university", 1, "acme", "bolt", "cog")
                .steeringBody("acme")
                .context(Cases.foundingGroup().context())
                .build();

        GovernanceRecommendation r = advisor.recommendGovernance(withSteeringBody);

        assertThat(r.mode()).isEqualTo(dev.coalition.governance.GovernanceMode.DISTRIBUTED);
        assertThat(r.safeguard("REPRESENTATIVE_STEERING_BODY")).isEmpty();
        assertThat(ruleIds(r)).doesNotContain("governance.safeguard.representative-steering-body",
                "governance.safeguard.form-steering-body");
    }

    @Test
    void aDistributedCoalitionNeedsQuorumRules() {
        GovernanceRecommendation r = distributed();

        assertThat(r.safeguard("QUORUM_RULES")).get().satisfies(s -> assertThat(s.parameters())
                .containsExactly(entry("minimumParticipation", 0.5), entry("supportThreshold", 0.5)));
        assertThat(ruleIds(r)).contains("governance.safeguard.quorum");
    }

    @Test
    void aCentralizedCoalitionNeedsNoQuorumRules() {
        GovernanceRecommendation r = centralized();

        assertThat(r.safeguard("QUORUM_RULES")).isEmpty();
        assertThat(ruleIds(r)).doesNotContain("governance.safeguard.quorum");
    }

    @Test
    void aDistributedCoalitionNeedsATimeBoundOn14Days() {
        GovernanceRecommendation r = distributed();

        assertThat(r.safeguard("DECISION_TIME_BOUND")).get()
                .satisfies(s -> assertThat(s.parameters()).containsExactly(entry("days", 14)));
        assertThat(ruleIds(r)).contains("governance.safeguard.time-bound");
    }

    @Test
    void aCentralizedCoalitionNeedsNoDecisionTimeBound() {
        GovernanceRecommendation r = centralized();

        assertThat(r.safeguard("DECISION_TIME_BOUND")).isEmpty();
        assertThat(ruleIds(r)).doesNotContain("governance.safeguard.time-bound");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHybridCoalitionPublishesItsDomainMapInDomainOrder() {
        GovernanceRecommendation r = hybrid();

        assertThat(r.safeguard("PUBLISHED_DOMAIN_MAP")).get().satisfies(s -> {
            assertThat(s.parameters()).containsOnlyKeys("centralized", "distributed");
            assertThat((List<Object>) s.parameters().get("centralized")).containsExactly("TECHNICAL", "OPERATIONAL");
            assertThat((List<Object>) s.parameters().get("distributed")).containsExactly("STRATEGIC", "FINANCIAL", "MEMBERSHIP");
            assertThat(s.reason()).isEqualTo("Members must know which decisions are central (TECHNICAL and OPERATIONAL) and which "
                    + "are theirs (STRATEGIC, FINANCIAL and MEMBERSHIP): publish the domain map.");
        });
        assertThat(ruleIds(r)).contains("governance.safeguard.published-domain-map");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDomainMapFollowsDomainOrderWhateverTheOrderOfTheSetting() {
        try (CoalitionAdvisor custom = CoalitionAdvisor.builder()
                .setting("governance.hybrid.centralizedDomains", "MEMBERSHIP,FINANCIAL,STRATEGIC").build()) {
            GovernanceRecommendation r = custom.recommendGovernance(Cases.cybersecurity());

            assertThat(r.safeguard("PUBLISHED_DOMAIN_MAP")).get().satisfies(s -> {
                assertThat((List<Object>) s.parameters().get("centralized")).containsExactly("STRATEGIC", "FINANCIAL", "MEMBERSHIP");
                assertThat((List<Object>) s.parameters().get("distributed")).containsExactly("TECHNICAL", "OPERATIONAL");
                assertThat(s.reason()).startsWith("Members must know which decisions are central (STRATEGIC, FINANCIAL and MEMBERSHIP)"
                        + " and which are theirs (TECHNICAL and OPERATIONAL)");
            });
        }
    }

    @Test
    void singleModeCoalitionsPublishNoDomainMap() {
        assertThat(centralized().safeguard("PUBLISHED_DOMAIN_MAP")).isEmpty();
        assertThat(distributed().safeguard("PUBLISHED_DOMAIN_MAP")).isEmpty();
        assertThat(ruleIds(centralized())).doesNotContain("governance.safeguard.published-domain-map");
    }

    @Test
    void aHybridCoalitionAlsoGetsTheSafeguardsOfBothWaysOfDeciding() {
        assertThat(ids(hybrid())).containsExactlyInAnyOrder("PUBLISHED_DOMAIN_MAP", "PUBLISHED_RATIONALE",
                "MEMBER_INPUT_CHANNEL", "REPRESENTATIVE_STEERING_BODY", "QUORUM_RULES", "DECISION_TIME_BOUND");
        assertThat(hybrid().safeguard("REPRESENTATIVE_STEERING_BODY")).get()
                .satisfies(s -> assertThat(s.parameters()).containsExactly(entry("categoriesWithoutSeat", List.of())));
    }

    @Test
    void eachModeGetsExactlyItsSafeguards() {
        assertThat(ids(centralized())).containsExactlyInAnyOrder("PUBLISHED_RATIONALE", "MEMBER_INPUT_CHANNEL",
                "REPRESENTATIVE_STEERING_BODY");
        assertThat(ids(distributed())).containsExactlyInAnyOrder("QUORUM_RULES", "DECISION_TIME_BOUND");
    }

    @Test
    void theSafeguardsOfACentralizedCoalitionAreRequiredOnceEach() {
        assertThat(ids(centralized())).doesNotHaveDuplicates();
        assertThat(steps(centralized(), "governance.safeguard.published-rationale")).hasSize(1);
    }

    @Test
    void safeguardParametersAreSettings() {
        try (CoalitionAdvisor custom = CoalitionAdvisor.builder()
                .setting("governance.rationaleDeadlineHours", 24)
                .setting("governance.quorum", "0.4")
                .setting("governance.supportThreshold", "0.66")
                .setting("governance.decisionTimeBoundDays", "7")
                .build()) {
            GovernanceRecommendation r = custom.recommendGovernance(Cases.cybersecurity());

            assertThat(r.safeguard("PUBLISHED_RATIONALE")).get()
                    .satisfies(s -> assertThat(s.parameters()).containsExactly(entry("deadlineHours", 24)));
            assertThat(r.safeguard("QUORUM_RULES")).get().satisfies(s -> assertThat(s.parameters())
                    .containsExactly(entry("minimumParticipation", 0.4), entry("supportThreshold", 0.66)));
            assertThat(r.safeguard("DECISION_TIME_BOUND")).get()
                    .satisfies(s -> assertThat(s.parameters()).containsExactly(entry("days", 7)));
        }
    }
}
