package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.core.Coalition;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.PolicyCompilationException;
import dev.coalition.rules.verifier.Outcome;
import dev.coalition.rules.verifier.PolicyVerifier;
import dev.coalition.value.Principle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PolicyVerifier}: rule tests in Java, passing and failing with messages that show what fired and resulted. */
class PolicyVerifierTest {

    private static PolicyVerifier bundled;
    private final Coalition calm = Cases.foundingGroup();
    private final Coalition inCrisis = Cases.foundingGroupWithUrgency(0.9);

    @BeforeAll
    static void build() {
        bundled = PolicyVerifier.forBundledPolicy();
    }

    @AfterAll
    static void close() {
        bundled.close();
    }

    /** What a failure message says after its first line: the fired rules in order and what resulted. */
    private static String firedAndResulted(GovernanceRecommendation r) {
        List<String> ids = r.explanation().stream().map(ExplanationStep::rule).toList();
        List<String> runs = new java.util.ArrayList<>();
        for (int i = 0, j; i < ids.size(); i = j) {
            for (j = i; j < ids.size() && ids.get(j).equals(ids.get(i)); j++) {
                // a rule that fired several times in a row is listed once, with its count
            }
            runs.add(ids.get(i) + (j - i > 1 ? " (x" + (j - i) + ")" : ""));
        }
        return "Fired, in order: " + String.join(", ", runs)
                + "\nResulted: mode " + r.mode() + (r.lead() == null ? "" : " led by " + r.lead()) + ", safeguards "
                + r.safeguards().stream().map(s -> s.id()).toList() + ", findings "
                + (r.findings().isEmpty() ? "none" : r.findings().stream().map(f -> f.id() + "(" + f.subject() + ")")
                        .collect(Collectors.joining(", ", "[", "]")));
    }

    @Test
    void passingAssertionsChainOnOneDecision() {
        Outcome outcome = bundled.givenCoalition(inCrisis).governance()
                .fires("governance.crisis-centralizes")
                .fires("Acute urgency calls for a lead organisation")
                .doesNotFire("governance.mode.recommend-best-fit")
                .recommends(GovernanceMode.CENTRALIZED)
                .raises("CRISIS_OVERRIDE")
                .doesNotRaise("POOR_FIT");

        assertThat(outcome.firedRules()).contains("governance.crisis-centralizes").doesNotContain("governance.mode.recommend-best-fit");
        assertThat(outcome.answer()).isInstanceOf(GovernanceRecommendation.class);
    }

    @Test
    void aRuleThatDidNotFireFailsWithTheRulesThatFiredAndTheResult() {
        GovernanceRecommendation r = bundled.advisor().recommendGovernance(calm);

        assertThatThrownBy(() -> bundled.givenCoalition(calm).governance().fires("governance.crisis-centralizes"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("expected rule \"governance.crisis-centralizes\" to fire in the governance decision for \"Founding "
                        + "group\", but it did not.\n" + firedAndResulted(r));
        assertThat(r.mode()).isEqualTo(GovernanceMode.DISTRIBUTED);
    }

    @Test
    void aRuleThatFiredFailsDoesNotFireWithItsReason() {
        GovernanceRecommendation r = bundled.advisor().recommendGovernance(inCrisis);
        String reason = r.explanation().stream().filter(s -> s.rule().equals("governance.crisis-centralizes"))
                .findFirst().orElseThrow().reason();

        assertThatThrownBy(() -> bundled.givenCoalition(inCrisis).governance()
                .doesNotFire("Acute urgency calls for a lead organisation"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("expected rule \"governance.crisis-centralizes\" not to fire in the governance decision for "
                        + "\"Founding group\", but it fired: " + reason + (reason.endsWith(".") ? "" : ".") + "\n"
                        + firedAndResulted(r));
    }

    @Test
    void findingsAndTheModeFailWithWhatResulted() {
        GovernanceRecommendation r = bundled.advisor().recommendGovernance(inCrisis);
        String reason = r.findings("CRISIS_OVERRIDE").get(0).reason();

        assertThatThrownBy(() -> bundled.givenCoalition(inCrisis).governance().raises("POOR_FIT"))
                .hasMessage("expected finding POOR_FIT in the governance decision for \"Founding group\", but it was not "
                        + "raised.\n" + firedAndResulted(r));
        assertThatThrownBy(() -> bundled.givenCoalition(inCrisis).governance().doesNotRaise("CRISIS_OVERRIDE"))
                .hasMessage("expected no finding CRISIS_OVERRIDE in the governance decision for \"Founding group\", but it was "
                        + "raised: " + reason + (reason.endsWith(".") ? "" : ".") + "\n" + firedAndResulted(r));
        assertThatThrownBy(() -> bundled.givenCoalition(inCrisis).governance().recommends(GovernanceMode.DISTRIBUTED))
                .hasMessage("expected the governance decision for \"Founding group\" to recommend DISTRIBUTED, but it "
                        + "recommended CENTRALIZED.\n" + firedAndResulted(r));
    }

    @Test
    void aRuleThatFiredSeveralTimesInARowIsListedOnceWithItsCount() {
        assertThatThrownBy(() -> bundled.givenCoalition(calm).governance().raises("POOR_FIT"))
                .hasMessageContaining(", governance.mode.score (x3), governance.mode.hybrid-needs-members, ");
    }

    @Test
    void aRuleThePolicyDoesNotHaveFailsAtOnceWithTheClosestId() {
        assertThatThrownBy(() -> bundled.givenCoalition(calm).governance().doesNotFire("governance.crisis-centralises"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("no rule in this policy has the id or name \"governance.crisis-centralises\"; did you mean "
                        + "\"governance.crisis-centralizes\"? (PolicyVerifier.advisor().rules() and 'coalition rules' list them)");
    }

    @Test
    void aDistributionIsVerifiedByItsPolicyAndRules() {
        DistributionRequest request = DistributionRequest.of(ValueCases.eur("90.00"))
                .withPrinciples(Set.of(Principle.PROPORTIONALITY))
                .withContributions(ValueCases.figures("a", 3, "b", 2, "c", 1));
        Coalition trio = ValueCases.trio();

        bundled.givenCoalition(trio).distribution(request)
                .fires("value.principle.proportionality-applies").usesPolicy("PROPORTIONAL");
        assertThatThrownBy(() -> bundled.givenCoalition(trio).distribution(request).usesPolicy("EQUAL"))
                .hasMessageStartingWith("expected the distribution for \"Trio\" to use policy EQUAL, but it used PROPORTIONAL.\n"
                        + "Fired, in order: ")
                .hasMessageContaining("value.principle.proportionality-applies")
                .hasMessageEndingWith("Resulted: policy PROPORTIONAL, findings none");
        assertThatThrownBy(() -> bundled.givenCoalition(trio).distribution(request).recommends(GovernanceMode.HYBRID))
                .hasMessageStartingWith("recommends(HYBRID) applies to a governance decision; this is the distribution for \"Trio\"");
    }

    @Test
    void anAuthorTestsTheirOwnPolicyDirectory(@TempDir Path dir) throws IOException {
        String lead = PolicyAuthoringTest.bundled("governance-lead.drl")
                .replace("@id(\"governance.lead.most-trusted\")", "@id(\"ours.lead\")");
        Files.writeString(dir.resolve("governance-lead.drl"), lead);

        try (PolicyVerifier ours = PolicyVerifier.forPolicy(dir)) {
            ours.givenCoalition(inCrisis).governance().fires("ours.lead").recommends(GovernanceMode.CENTRALIZED);
            ours.givenCoalition(calm).governance().doesNotFire("ours.lead");
            assertThatThrownBy(() -> ours.givenCoalition(calm).governance().fires("governance.lead.most-trusted"))
                    .hasMessageStartingWith("no rule in this policy has the id or name \"governance.lead.most-trusted\"; "
                            + "did you mean ");
        }
    }

    @Test
    void aPolicyTheLintRefusesIsNotVerified() {
        assertThatThrownBy(() -> PolicyVerifier.of(dev.coalition.rules.api.CoalitionAdvisor.builder()
                .policyFile("governance-stop.drl", ReloadingAdvisorTest.REFUSED)))
                .isInstanceOf(PolicyCompilationException.class)
                .satisfies(e -> assertThat(((PolicyCompilationException) e).diagnostics()).extracting(Object::toString)
                        .containsExactly(List.of("governance-stop.drl:11: rule \"Stop when a mode is chosen\": System is "
                                + "refused: a policy may not use System, as it could read the host's environment and properties, "
                                + "write to its streams or stop the JVM; compute what the rules need in Java and insert it as a "
                                + "fact (README, \"Policy files are code\")").toArray(String[]::new)));
    }
}
