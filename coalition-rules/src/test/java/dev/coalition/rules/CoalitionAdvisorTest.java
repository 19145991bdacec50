package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.RuleListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The facade: listeners, immutable results, argument checks, closing. */
class CoalitionAdvisorTest {

    /** Records every call, in order. */
    static final class Recorder implements RuleListener {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        final List<ExplanationStep> steps = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void beforeDecision(String decision, String subject) {
            calls.add("before " + decision + " " + subject);
        }

        @Override
        public void afterRuleFired(ExplanationStep step) {
            calls.add("fired " + step.rule());
            steps.add(step);
        }

        @Override
        public void afterDecision(String decision, int rulesFired) {
            calls.add("after " + decision + " " + rulesFired);
        }
    }

    private static final Recorder RECORDER = new Recorder();
    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.builder().listener(RECORDER).build();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    @BeforeEach
    void forget() {
        RECORDER.calls.clear();
        RECORDER.steps.clear();
    }

    @Test
    void listenersHearTheDecisionStartEveryRuleThatFiredAndTheEnd() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.cybersecurity());

        List<String> calls = List.copyOf(RECORDER.calls);
        assertThat(calls.get(0)).isEqualTo("before governance Cybersecurity coalition");
        assertThat(calls.get(calls.size() - 1)).isEqualTo("after governance " + r.explanation().size());
        assertThat(calls.subList(1, calls.size() - 1)).allSatisfy(c -> assertThat(c).startsWith("fired "));
        assertThat(RECORDER.steps).as("one call per explanation step, in order").containsExactlyElementsOf(r.explanation());
    }

    @Test
    void listenersAreCalledForEveryDecision() {
        advisor.recommendGovernance(Cases.foundingGroup());
        advisor.recommendGovernance(Cases.star().build());

        assertThat(RECORDER.calls).filteredOn(c -> c.startsWith("before ")).containsExactly(
                "before governance Founding group", "before governance Star");
        assertThat(RECORDER.calls).filteredOn(c -> c.startsWith("after ")).hasSize(2);
    }

    @Test
    void anExceptionFromAListenerAbortsTheDecision() {
        RuleListener failing = new RuleListener() {
            @Override
            public void beforeDecision(String decision, String subject) {
                throw new IllegalStateException("audit log unavailable");
            }
        };
        try (CoalitionAdvisor audited = CoalitionAdvisor.builder().listener(failing).build()) {
            assertThatThrownBy(() -> audited.recommendGovernance(Cases.foundingGroup()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("audit log unavailable");
        }
    }

    @Test
    void anExceptionFromAListenerAfterARuleFiredReachesTheCallerAsItIs() {
        IllegalStateException failure = new IllegalStateException("audit log full");
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        RuleListener failing = new RuleListener() {
            @Override
            public void afterRuleFired(ExplanationStep step) {
                heard.add(step.rule());
                throw failure;
            }

            @Override
            public void afterDecision(String decision, int rulesFired) {
                heard.add("after " + decision);
            }
        };
        try (CoalitionAdvisor audited = CoalitionAdvisor.builder().listener(failing).build()) {
            assertThatThrownBy(() -> audited.recommendGovernance(Cases.foundingGroup()))
                    .as("not wrapped in a PolicyRuntimeException: the policy did nothing wrong")
                    .isSameAs(failure);
            assertThat(heard).as("the decision stops at the failing call: no more rules, no afterDecision").hasSize(1);

            // the advisor is not harmed: the next decision runs, and fails the same way
            assertThatThrownBy(() -> audited.recommendGovernance(Cases.cybersecurity())).isSameAs(failure);
        }
    }

    @Test
    void aListenerAfterAFailingListenerIsNotCalledForTheRestOfTheDecision() {
        RuleListener failing = new RuleListener() {
            @Override
            public void afterRuleFired(ExplanationStep step) {
                throw new UnsupportedOperationException("read-only audit log");
            }
        };
        Recorder later = new Recorder();
        try (CoalitionAdvisor audited = CoalitionAdvisor.builder().listener(failing).listener(later).build()) {
            assertThatThrownBy(() -> audited.recommendGovernance(Cases.star().build()))
                    .isExactlyInstanceOf(UnsupportedOperationException.class)
                    .hasMessage("read-only audit log");
        }
        assertThat(later.calls).containsExactly("before governance Star");
    }

    @Test
    void theRecommendationsListsAndMapsCannotBeChanged() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.cybersecurity());

        assertThatThrownBy(() -> r.fit().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.domains().put(DecisionDomain.STRATEGIC, GovernanceMode.CENTRALIZED))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.safeguards().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.findings().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.explanation().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.safeguards().get(0).parameters().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.explanation().get(0).inputs().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.findings("POOR_FIT").add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void safeguardParameterListsCannotBeChanged() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.cybersecurity());

        @SuppressWarnings("unchecked")
        List<String> central = (List<String>) r.safeguard("PUBLISHED_DOMAIN_MAP").orElseThrow().parameters().get("centralized");
        assertThatThrownBy(() -> central.add("STRATEGIC")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aRecommendationIsUnchangedByLaterDecisions() {
        GovernanceRecommendation first = advisor.recommendGovernance(Cases.cybersecurity());
        String before = first.describe();

        advisor.recommendGovernance(Cases.foundingGroupWithUrgency(0.9));

        assertThat(first.describe()).isEqualTo(before);
    }

    @Test
    void aNullCoalitionIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> advisor.recommendGovernance(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("coalition: is null; build one with Coalition.builder(name)");
    }

    @Test
    void aClosedAdvisorRefusesToAdvise() {
        CoalitionAdvisor closed = CoalitionAdvisor.withDefaultPolicies();
        closed.recommendGovernance(Cases.foundingGroup());
        closed.close();
        closed.close();

        assertThatThrownBy(() -> closed.recommendGovernance(Cases.foundingGroup()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void aFiringCapBelowOneIsRefused() {
        assertThatThrownBy(() -> CoalitionAdvisor.builder().maxRuleFirings(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("maxRuleFirings: 0 is below 1");
    }

    @Test
    void theAdvisorNamesItsPolicyFilesAndTheirHash() {
        assertThat(advisor.policyFiles()).contains("governance.settings.properties", "governance-bands.drl",
                "governance-fit.drl", "governance-mode.drl", "governance-lead.drl", "governance-domains.drl",
                "governance-safeguards.drl", "governance-findings.drl");
        assertThat(advisor.policyHash()).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void theLibraryNamesItsVersion() {
        assertThat(CoalitionAdvisor.libraryVersion()).matches("coalition \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void describeGivesTheModeLeadAndReasons() {
        String text = advisor.recommendGovernance(Cases.star().build()).describe();

        assertThat(text).startsWith("Mode: CENTRALIZED (a lead organisation), led by hub\n")
                .contains("PUBLISHED_RATIONALE {deadlineHours=48}")
                .contains("[governance.lead.most-trusted]");
    }
}
