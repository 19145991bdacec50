package dev.coalition.rules;

import static dev.coalition.governance.GovernanceMode.CENTRALIZED;
import static dev.coalition.governance.GovernanceMode.DISTRIBUTED;
import static dev.coalition.governance.GovernanceMode.HYBRID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.policy.SettingDefinition;
import dev.coalition.policy.SettingsException;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.PolicyCompilationException;
import dev.coalition.rules.api.PolicyDiagnostic;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

        SettingsException e = catchThrowableOfType(SettingsException.class, builder::build);

        assertThat(e).isNotNull();
        assertThat(e.problems()).as("one problem per bad override, in the order given").satisfiesExactly(
                p -> assertThat(p).isEqualTo("governance.crisisUrgency: \"high\" is not a decimal number, e.g. 0.8"),
                p -> assertThat(p).startsWith("unknown setting \"governance.nope\""),
                p -> assertThat(p).isEqualTo("governance.quorum: 2 is outside 0..1"));
        assertThat(e.getMessage()).isEqualTo(String.join("\n", e.problems()));
    }

    @Test
    void aSingleBadOverrideIsASingleProblem() {
        SettingsException e = catchThrowableOfType(SettingsException.class,
                () -> CoalitionAdvisor.builder().setting("governance.quorum", "2").build());

        assertThat(e.problems()).containsExactly("governance.quorum: 2 is outside 0..1");
    }

    // --- settings that must keep an order between them ---

    /** Every low/high pair of the governance policy: the low cut-off may not exceed the high one. */
    static Stream<Arguments> lowHighPairs() {
        return Stream.of(
                Arguments.of("governance.trust.lowDensity", "governance.trust.highDensity", "0.6"),
                Arguments.of("governance.consensus.moderatelyLow", "governance.consensus.high", "0.75"),
                Arguments.of("governance.competency.low", "governance.competency.high", "0.65"),
                Arguments.of("governance.urgency.low", "governance.urgency.high", "0.65"),
                Arguments.of("governance.stability.low", "governance.stability.high", "0.65"),
                Arguments.of("governance.diversity.low", "governance.diversity.high", "0.65"));
    }

    @ParameterizedTest(name = "{0} <= {1}")
    @MethodSource("lowHighPairs")
    void aLowCutOffAboveItsHighPartnerFailsAtBuild(String low, String high, String highDefault) {
        assertThat(defaults.settings().definition(low).atMost()).isEqualTo(high);

        SettingsException e = catchThrowableOfType(SettingsException.class,
                () -> CoalitionAdvisor.builder().setting(low, "0.9").build());

        assertThat(e).as("a SettingsException").isNotNull();
        assertThat(e.problems()).containsExactly(low + ": 0.9 is above " + high + " (" + highDefault
                + "); it must be at most that, or the bands between them make no sense");
    }

    @ParameterizedTest(name = "{0} <= {1}")
    @MethodSource("lowHighPairs")
    void aLowCutOffEqualToItsHighPartnerIsAllowed(String low, String high, String highDefault) {
        try (CoalitionAdvisor equal = CoalitionAdvisor.builder().setting(low, highDefault).build()) {
            assertThat(equal.settings().text(low)).isEqualTo(highDefault);
        }
    }

    @Test
    void theRelationIsCheckedOnTheFinalValuesNotOverrideByOverride() {
        // raising lowDensity above the default highDensity is fine when highDensity is raised too, in either order
        try (CoalitionAdvisor lowFirst = CoalitionAdvisor.builder()
                .setting("governance.trust.lowDensity", "0.7").setting("governance.trust.highDensity", "0.8").build();
             CoalitionAdvisor highFirst = CoalitionAdvisor.builder()
                .setting("governance.trust.highDensity", "0.8").setting("governance.trust.lowDensity", "0.7").build()) {
            assertThat(lowFirst.settings().number("governance.trust.lowDensity")).isEqualTo(0.7);
            assertThat(highFirst.settings().number("governance.trust.lowDensity")).isEqualTo(0.7);
        }
        // lowering the high cut-off below the default low one is refused, naming the low one
        assertThatThrownBy(() -> CoalitionAdvisor.builder().setting("governance.urgency.high", "0.3").build())
                .isInstanceOf(SettingsException.class)
                .hasMessage("governance.urgency.low: 0.35 is above governance.urgency.high (0.3); it must be at most that, "
                        + "or the bands between them make no sense");
    }

    @Test
    void everyBrokenRelationIsReportedAtOnce() {
        SettingsException e = catchThrowableOfType(SettingsException.class, () -> CoalitionAdvisor.builder()
                .setting("governance.urgency.low", "0.9")
                .setting("governance.trust.lowDensity", "0.9")
                .build());

        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("governance.trust.lowDensity: 0.9 is above"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("governance.urgency.low: 0.9 is above"));
    }

    @Test
    void badOverridesAreReportedBeforeRelationsAreChecked() {
        // the relation between values that could not be read means nothing: only the bad override is reported
        SettingsException e = catchThrowableOfType(SettingsException.class, () -> CoalitionAdvisor.builder()
                .setting("governance.trust.lowDensity", "0.9")
                .setting("governance.crisisUrgency", "high")
                .build());

        assertThat(e.problems()).containsExactly("governance.crisisUrgency: \"high\" is not a decimal number, e.g. 0.8");
    }

    @Test
    void aCustomSettingMayDeclareItsOwnRelation() {
        String settings = """
                custom.small = 3
                custom.small.type = integer
                custom.small.min = 0
                custom.small.atMost = custom.big
                custom.small.description = Up to this many members a coalition is small.
                custom.small.source = Our own rule of thumb.
                custom.big = 9
                custom.big.type = integer
                custom.big.min = 0
                custom.big.description = From this many members a coalition is big.
                custom.big.source = Our own rule of thumb.
                """;

        try (CoalitionAdvisor fine = CoalitionAdvisor.builder().policyFile("custom.settings.properties", settings).build()) {
            assertThat(fine.settings().definition("custom.small").atMost()).isEqualTo("custom.big");
        }
        assertThatThrownBy(() -> CoalitionAdvisor.builder().policyFile("custom.settings.properties", settings)
                .setting("custom.small", "10").build())
                .isInstanceOf(SettingsException.class)
                .hasMessage("custom.small: 10 is above custom.big (9); it must be at most that, or the bands between them make no sense");
    }

    @Test
    void aRelationNamingNoNumericSettingFailsAtBuild() {
        String settings = """
                custom.small = 3
                custom.small.type = integer
                custom.small.min = 0
                custom.small.atMost = custom.nope
                custom.small.description = Up to this many members a coalition is small.
                custom.small.source = Our own rule of thumb.
                """;

        // the file is wrong, not an override: reported at the file and line of the setting's value
        PolicyCompilationException e = catchThrowableOfType(PolicyCompilationException.class,
                () -> CoalitionAdvisor.builder().policyFile("custom.settings.properties", settings).build());

        assertThat(e.diagnostics()).containsExactly(new PolicyDiagnostic("custom.settings.properties", 1, null,
                "custom.small: atMost names \"custom.nope\", which is not a numeric setting"));
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
    void theManyMembersSettingIsGone() {
        assertThat(defaults.settings().defines("governance.manyMembers")).isFalse();
        assertThatThrownBy(() -> CoalitionAdvisor.builder().setting("governance.manyMembers", "20").build())
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("unknown setting \"governance.manyMembers\"");
    }

    @Test
    void settingsCanBeGivenAsAMap() {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder()
                .settings(Map.of("governance.fewMembers", "10", "governance.weight.participants", "3")).build()) {
            assertThat(advisor.settings().integer("governance.fewMembers")).isEqualTo(10);
            assertThat(advisor.settings().integer("governance.weight.participants")).isEqualTo(3);
            // 10 members now count as few (shared governance wants 2..10) and no longer as more than a few (11 or more),
            // and participants weigh 3: DISTRIBUTED 3, CENTRALIZED 0, HYBRID 10 - 2 = 8 of 11, but a hybrid structure is
            // ruled out for few members, so shared governance fits best
            GovernanceRecommendation r = advisor.recommendGovernance(Cases.cybersecurity());
            assertThat(Explanations.score(r, DISTRIBUTED)).isEqualTo(3);
            assertThat(Explanations.score(r, CENTRALIZED)).isZero();
            assertThat(Explanations.score(r, HYBRID)).isEqualTo(8);
            assertThat(Explanations.ruleIds(r)).contains("governance.mode.hybrid-needs-members");
            assertThat(r.mode()).isEqualTo(DISTRIBUTED);
        }
    }
}
