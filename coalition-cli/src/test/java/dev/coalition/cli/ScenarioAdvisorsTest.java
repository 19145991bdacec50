package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.rules.api.CoalitionAdvisor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code coalition test} builds one advisor per set of scenario settings and reuses it. */
class ScenarioAdvisorsTest {

    private final List<Map<String, String>> builds = new ArrayList<>();

    private Advisors.Lease open(Map<String, String> settings) {
        builds.add(settings);
        CoalitionAdvisor.Builder builder = CoalitionAdvisor.builder();
        settings.forEach(builder::setting);
        return new Advisors.Lease(builder.build(), false);
    }

    @Test
    void scenarios_with_the_same_settings_share_one_advisor_in_whatever_order_the_settings_are_written() {
        Map<String, String> written = new LinkedHashMap<>();
        written.put("governance.quorum", "0.6");
        written.put("governance.crisisUrgency", "0.9");
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("governance.crisisUrgency", "0.9");
        reversed.put("governance.quorum", "0.6");

        try (ScenarioAdvisors advisors = new ScenarioAdvisors(this::open)) {
            CoalitionAdvisor first = advisors.advisor(written);
            CoalitionAdvisor second = advisors.advisor(reversed);
            CoalitionAdvisor none = advisors.advisor(Map.of());
            CoalitionAdvisor other = advisors.advisor(Map.of("governance.quorum", "0.7"));

            assertThat(second).isSameAs(first);
            assertThat(none).isNotSameAs(first);
            assertThat(other).isNotSameAs(first).isNotSameAs(none);
            assertThat(builds).hasSize(3);
            assertThat(advisors.built()).isEqualTo(3);
        }
    }

    @Test
    void the_advisor_without_scenario_settings_is_built_first_so_a_bad_policy_stops_the_run() {
        assertThatThrownBy(() -> new ScenarioAdvisors(settings -> {
            throw new UserError("broken.drl:2: rule \"Broken\": cannot compile");
        })).isInstanceOf(UserError.class).hasMessage("broken.drl:2: rule \"Broken\": cannot compile");
    }

    @Test
    void a_setting_the_policy_refuses_is_named_as_a_scenario_setting() {
        PolicyOptions options = new PolicyOptions();
        try (ScenarioAdvisors advisors = ScenarioAdvisors.of(options)) {
            assertThatThrownBy(() -> advisors.advisor(Map.of("governance.quorum", "2")))
                    .isInstanceOf(UserError.class)
                    .hasMessage("settings: governance.quorum: 2 is outside 0..1");
        }
    }
}
