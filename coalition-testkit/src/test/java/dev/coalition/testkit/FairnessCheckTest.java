package dev.coalition.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.value.EqualAllocation;
import dev.coalition.value.NeedWeightedAllocation;
import dev.coalition.value.ProportionalAllocation;
import dev.coalition.value.ShapleyAllocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fairness check runner finds counterexamples in unfair policies and passes fair ones. */
class FairnessCheckTest {

    @Test
    void theBundledValuePolicyKeepsEveryLawAndEachLawIsTested() {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.withDefaultPolicies()) {
            FairnessReport report = FairnessCheck.of(advisor).seed(42).cases(200).run();
            assertThat(report.passed()).as(report.toString()).isTrue();
            assertThat(report.counterexamples()).isEmpty();
            assertThat(report.lawsChecked()).containsExactly(FairnessLaw.values());
            assertThat(report.laws()).allSatisfy(l -> assertThat(l.applied()).as(l.law().name()).isPositive());
            assertThat(report.lines().get(report.lines().size() - 1)).isEqualTo("PASSED: every law held (10 laws, 200 cases)");
        }
    }

    @Test
    void aValuePolicyThatSharesEquallyWhenTheGameShouldDecideIsCaught(@TempDir Path dir) throws IOException {
        String drl;
        try (InputStream in = CoalitionAdvisor.class.getResourceAsStream("/dev/coalition/policies/value-policy.drl")) {
            drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String honoured = "insert(new PrincipleAssessment(Principle.RECOGNITION_OF_ALL_VALUE_TYPES, true, \"SHAPLEY\",";
        assertThat(drl).contains(honoured);
        Files.writeString(dir.resolve("value-policy.drl"), drl.replace(honoured,
                "insert(new PrincipleAssessment(Principle.RECOGNITION_OF_ALL_VALUE_TYPES, true, \"EQUAL\","));
        try (CoalitionAdvisor broken = CoalitionAdvisor.builder().policyDirectory(dir).build()) {
            FairnessReport report = FairnessCheck.of(broken).seed(42).cases(200).run();
            assertThat(report.passed()).isFalse();
            assertThat(report.laws()).filteredOn(l -> l.broken() > 0).extracting(FairnessReport.LawResult::law)
                    .containsExactly(FairnessLaw.NULL_PLAYER_GETS_NOTHING);
            Counterexample c = report.counterexample(FairnessLaw.NULL_PLAYER_GETS_NOTHING).orElseThrow();
            assertThat(c.policy()).isEqualTo("advisor (applying EQUAL)");
            assertThat(c.why()).matches("m0\\d adds nothing to any coalition of the game, but its exact share is .+");
            assertThat(c.input()).contains("principles [RECOGNITION_OF_ALL_VALUE_TYPES]", "game {");
            long caseSeed = report.laws().get(FairnessLaw.NULL_PLAYER_GETS_NOTHING.ordinal()).first().orElseThrow().caseSeed();
            assertThat(AllocationRequests.distribution(new Random(caseSeed), RequestShape.forAdvisor()).toString())
                    .as("the case seed gives the request again").isEqualTo(c.input());
            assertThat(report.lines()).anyMatch(l -> l.startsWith("  BROKEN NULL_PLAYER_GETS_NOTHING"))
                    .contains("FAILED: 1 of 10 laws broken");
        }
    }

    @Test
    void theBundledPoliciesPassAndAnUnfairOneIsCaught() {
        for (var p : List.of(new EqualAllocation(), new ProportionalAllocation(), new NeedWeightedAllocation(), new ShapleyAllocation())) {
            FairnessReport report = FairnessCheck.of(p).cases(300).run();
            assertThat(report.passed()).as(report.toString()).isTrue();
        }
        FairnessReport shapley = FairnessCheck.of(new ShapleyAllocation()).laws(FairnessLaw.all()).cases(300).run();
        assertThat(shapley.passed()).as(shapley.toString()).isTrue();

        FairnessReport unfair = FairnessCheck.of(new UnfairPolicies.FavoursFirst()).seed(7).cases(100).run();
        assertThat(unfair.passed()).isFalse();
        assertThat(unfair.counterexample(FairnessLaw.SYMMETRIC)).hasValueSatisfying(c ->
                assertThat(c.why()).startsWith("m00 and m01 cannot be told apart"));
    }

    @Test
    void theSameSeedChecksTheSameRequests() {
        FairnessCheck check = FairnessCheck.of(new UnfairPolicies.RewardsTheLeast()).seed(3).cases(50);
        assertThat(check.run()).isEqualTo(check.run());
        assertThat(check.run().lines()).isNotEqualTo(check.seed(4).run().lines());
    }

    @Test
    void theReportSaysWhichLawsAppliedToNoCase() {
        FairnessReport report = FairnessCheck.of(new EqualAllocation()).shape(RequestShape.defaults().inputs(0, 0, 0))
                .laws(FairnessLaw.MONOTONE_IN_CONTRIBUTION).cases(10).run();
        assertThat(report.lines()).containsExactly(
                "Fairness check of policy EQUAL: 10 cases from seed 1",
                "  held   ANSWERS_VALID_REQUEST     in 10 of 10 cases",
                "  -      MONOTONE_IN_CONTRIBUTION  not tested: it applied to none of the cases",
                "",
                "PASSED: every law held (2 laws, 10 cases)");
    }

    @Test
    void badSettingsAreRefusedSayingWhatIsAllowed() {
        FairnessCheck check = FairnessCheck.of(new EqualAllocation());
        assertThatThrownBy(() -> check.cases(0))
                .hasMessage("cases: 0 is not 1 to 1000000; give how many requests to check, e.g. 200");
        assertThatThrownBy(() -> check.laws(List.of()))
                .hasMessage("laws: give at least one law, e.g. FairnessLaw.everyPolicy()");
        assertThatThrownBy(() -> FairnessCheck.of((CoalitionAdvisor) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("advisor: is null; give the advisor to check, e.g. CoalitionAdvisor.builder().policyDirectory(dir).build()");
    }
}
