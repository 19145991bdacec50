package dev.coalition.rules;

import static dev.coalition.governance.GovernanceMode.CENTRALIZED;
import static dev.coalition.governance.GovernanceMode.DISTRIBUTED;
import static dev.coalition.governance.GovernanceMode.HYBRID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.policy.SettingDefinition;
import dev.coalition.policy.SettingsException;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.GovernanceRecommendation;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Settings through the facade: the defaults shipped beside the DRL, overrides, and refused overrides. */
class AdvisorSettingsTest {

    private static CoalitionAdvisor defaults;
    /** The crisis threshold lowered to 0.5. */
    private static CoalitionAdvisor alert;

    @BeforeAll
    static void compilePolicies() {
        defaults = CoalitionAdvisor.withDefaultPolicies();
        alert = CoalitionAdvisor.builder().setting("governance.crisisUrgency", 0.5).build();
    }

    @AfterAll
    static void close() {
        defaults.close();
        alert.close();
    }

    @Test
    void theDefaultsShipWithTheirDescriptionAndSource() {
        SettingDefinition crisis = defaults.settings().definition("governance.crisisUrgency");

        assertThat(defaults.settings().number("governance.crisisUrgency")).isEqualTo(0.8);
        assertThat(defaults.settings().integer("governance.fewMembers")).isEqualTo(6);
        assertThat(crisis.description()).isNotBlank();
        assertThat(crisis.source()).isNotBlank();
        assertThat(crisis.range()).isEqualTo("0..1");
        assertThat(defaults.settingDefinitions()).hasSize(defaults.settings().asText().size())
                .allSatisfy(d -> {
                    assertThat(d.description()).as(d.name()).isNotBlank();
                    assertThat(d.source()).as(d.name()).isNotBlank();
                });
    }

    @Test
    void theDocumentedDefaultsAreInForce() {
        Map<String, String> text = defaults.settings().asText();

        assertThat(text).containsEntry("governance.crisisUrgency", "0.8")
                .containsEntry("governance.fewMembers", "6")
                .containsEntry("governance.hybrid.centralizedDomains", "TECHNICAL,OPERATIONAL")
                .containsEntry("governance.rationaleDeadlineHours", "48");
    }

    @Test
    void aLowerCrisisThresholdTurnsAModerateUrgencyIntoACrisis() {
        GovernanceRecommendation before = defaults.recommendGovernance(Cases.cybersecurity());
        GovernanceRecommendation after = alert.recommendGovernance(Cases.cybersecurity());

        assertThat(before.mode()).isEqualTo(HYBRID);
        assertThat(after.mode()).isEqualTo(CENTRALIZED);
        assertThat(Explanations.ruleIds(after)).contains("governance.crisis-centralizes");
        assertThat(after.findings("CRISIS_OVERRIDE")).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("falls below 0.5"));
    }

    @Test
    void theOverrideIsVisibleInTheAdvisorsSettings() {
        assertThat(alert.settings().number("governance.crisisUrgency")).isEqualTo(0.5);
        assertThat(alert.settings().text("governance.crisisUrgency")).isEqualTo("0.5");
        assertThat(defaults.settings().number("governance.crisisUrgency")).as("other advisors keep the default").isEqualTo(0.8);
    }

    @Test
    void anUnknownSettingNameFailsAtBuildNamingIt() {
        CoalitionAdvisor.Builder builder = CoalitionAdvisor.builder().setting("governance.crisisUrgancy", "0.5");

        assertThatThrownBy(builder::build)
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("unknown setting \"governance.crisisUrgancy\"")
                .hasMessageContaining("did you mean \"governance.crisisUrgency\"?");
    }

    @Test
    void aValueOfTheWrongTypeFailsAtBuildNamingTheSetting() {
        CoalitionAdvisor.Builder builder = CoalitionAdvisor.builder().setting("governance.crisisUrgency", "abc");

        assertThatThrownBy(builder::build)
                .isInstanceOf(SettingsException.class)
                .hasMessage("governance.crisisUrgency: \"abc\" is not a decimal number, e.g. 0.8");
    }

    @Test
    void aDecimalForAnIntegerSettingFailsAtBuild() {
        assertThatThrownBy(() -> CoalitionAdvisor.builder().setting("governance.fewMembers", "6.5").build())
                .isInstanceOf(SettingsException.class)
                .hasMessage("governance.fewMembers: \"6.5\" is not an integer, e.g. 6");
    }

    @Test
    void aValueOutOfRangeFailsAtBuild() {
        assertThatThrownBy(() -> CoalitionAdvisor.builder().setting("governance.crisisUrgency", "1.5").build())
                .isInstanceOf(SettingsException.class)
                .hasMessage("governance.crisisUrgency: 1.5 is outside 0..1");
    }

    @Test
    void anUnknownDomainInTheHybridMapFailsAtBuild() {
        assertThatThrownBy(() -> CoalitionAdvisor.builder().setting("governance.hybrid.centralizedDomains", "TECHNICAL,LEGAL").build())
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("governance.hybrid.centralizedDomains: \"LEGAL\" is not a decision domain");
    }

    @Test
    void everyBadOverrideIsReportedAtOnce() {
        CoalitionAdvisor.Builder builder = CoalitionAdvisor.builder()
                .setting("governance.crisisUrgency", "high")
                .setting("governance.nope", "1")
                .setting("governance.quorum", "2");

        assertThatThrownBy(builder::build)
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("governance.crisisUrgency: \"high\" is not a decimal number")
                .hasMessageContaining("unknown setting \"governance.nope\"")
                .hasMessageContaining("governance.quorum: 2 is outside 0..1");
    }

    @Test
    void aNullSettingNameIsRefusedAtOnce() {
        assertThatThrownBy(() -> CoalitionAdvisor.builder().setting(null, "1"))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("setting name is null");
    }

    @Test
    void aMissingValueFailsAtBuildNamingTheSetting() {
        assertThatThrownBy(() -> CoalitionAdvisor.builder().setting("governance.quorum", (String) null).build())
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("governance.quorum: a value is required");
    }

    @Test
    void settingsCanBeGivenAsAMap() {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder()
                .settings(Map.of("governance.fewMembers", "10", "governance.manyMembers", "20")).build()) {
            assertThat(advisor.settings().integer("governance.fewMembers")).isEqualTo(10);
            assertThat(advisor.settings().integer("governance.manyMembers")).isEqualTo(20);
            // 10 members now count as few (shared governance wants 2..10) and no longer as moderate (11..19)
            GovernanceRecommendation r = advisor.recommendGovernance(Cases.cybersecurity());
            assertThat(Explanations.score(r, DISTRIBUTED)).isEqualTo(2);
            assertThat(Explanations.score(r, CENTRALIZED)).isZero();
            assertThat(Explanations.score(r, HYBRID)).isEqualTo(9);
        }
    }
}
