package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.CoalitionAdvisor.KnowledgeBaseOrigin;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.internal.KnowledgeBases;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How an advisor gets its knowledge bases: the bundled policy's are pre-built, taken on an area's
 * first decision and shared; a custom policy's are compiled when the advisor is built and dropped
 * when the last advisor using them closes; batches stream through the same advisor.
 */
class AdvisorLifecycleTest {

    private static final String CUSTOM_LEAD = bundled("governance-lead.drl")
            .replace("more than any other member", "more than any other member, by this test's own policy");

    @Test
    void aBundledAdvisorBuildsNothingUntilAnAreaDecidesAndThenUsesThePrebuiltKnowledgeBase() {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().build()) {
            assertThat(advisor.knowledgeBases()).containsExactly(
                    Map.entry("governance", KnowledgeBaseOrigin.NOT_BUILT), Map.entry("value", KnowledgeBaseOrigin.NOT_BUILT),
                    Map.entry("voting", KnowledgeBaseOrigin.NOT_BUILT), Map.entry("conflict", KnowledgeBaseOrigin.NOT_BUILT));

            advisor.recommendGovernance(Cases.foundingGroup());

            assertThat(advisor.knowledgeBases()).containsEntry("governance", KnowledgeBaseOrigin.PREBUILT)
                    .containsEntry("value", KnowledgeBaseOrigin.NOT_BUILT);
        }
    }

    @Test
    void aCustomPolicyIsCompiledWhenTheAdvisorIsBuiltOnlyInTheAreaItChanges() {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().policyFile("governance-lead.drl", CUSTOM_LEAD).build()) {
            assertThat(advisor.knowledgeBases()).containsEntry("governance", KnowledgeBaseOrigin.COMPILED)
                    .containsEntry("voting", KnowledgeBaseOrigin.NOT_BUILT);

            advisor.votingPower(Cases.foundingGroup(), 2);

            assertThat(advisor.knowledgeBases()).containsEntry("voting", KnowledgeBaseOrigin.PREBUILT);
        }
    }

    @Test
    void advisorsOfOneCustomPolicyShareItsKnowledgeBaseAndTheLastToCloseDropsIt() {
        int before = KnowledgeBases.held();
        CoalitionAdvisor first = CoalitionAdvisor.builder().policyFile("governance-lead.drl", CUSTOM_LEAD).build();
        CoalitionAdvisor second = CoalitionAdvisor.builder().policyFile("governance-lead.drl", CUSTOM_LEAD)
                .setting("governance.crisisUrgency", "0.7").build();
        assertThat(KnowledgeBases.held()).isEqualTo(before + 1);

        first.close();
        assertThat(KnowledgeBases.held()).isEqualTo(before + 1);
        assertThat(second.recommendGovernance(Cases.foundingGroupWithUrgency(0.95)).lead()).isNotNull();

        second.close();
        assertThat(KnowledgeBases.held()).isEqualTo(before);
    }

    @Test
    void aCustomPolicyThatDoesNotCompileHoldsNothing() {
        int before = KnowledgeBases.held();

        assertThatThrownBy(() -> CoalitionAdvisor.builder().policyFile("governance-lead.drl", CUSTOM_LEAD.replace("then", "")).build())
                .isInstanceOf(dev.coalition.rules.api.PolicyCompilationException.class);

        assertThat(KnowledgeBases.held()).isEqualTo(before);
    }

    @Test
    void advisorsWithOtherSettingsDecideByTheirOwnSettingsOnTheSharedKnowledgeBase() {
        try (CoalitionAdvisor calm = CoalitionAdvisor.builder().setting("governance.crisisUrgency", "0.99").build();
             CoalitionAdvisor nervous = CoalitionAdvisor.builder().setting("governance.crisisUrgency", "0.5").build()) {
            Coalition pandemic = Cases.foundingGroupWithUrgency(0.9);

            assertThat(calm.recommendGovernance(pandemic).findings()).noneMatch(f -> f.id().equals("CRISIS_OVERRIDE"));
            assertThat(nervous.recommendGovernance(pandemic).findings()).anyMatch(f -> f.id().equals("CRISIS_OVERRIDE"));
            assertThat(calm.knowledgeBases()).isEqualTo(nervous.knowledgeBases());
        }
    }

    @Test
    void theBandsOfAnAdvisorFollowItsSettingsAndAreExplainedInEveryDecision() {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().setting("governance.fewMembers", 9).build()) {
            for (Coalition coalition : List.of(Cases.foundingGroup(), Cases.cybersecurity())) {
                GovernanceRecommendation advice = advisor.recommendGovernance(coalition);

                assertThat(advice.explanation()).filteredOn(s -> s.rule().startsWith("governance.band.")).hasSize(21)
                        .anySatisfy(s -> assertThat(s.reason()).contains("a member count in 2..9"));
            }
        }
    }

    @Test
    void aBatchGivesWhatOneCallPerCoalitionGivesInOrderSequentialOrParallel() {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().build()) {
            List<Coalition> coalitions = List.of(Cases.foundingGroup(), Cases.cybersecurity(), Cases.foundingGroupWithUrgency(0.95),
                    Cases.foundingGroup(), Cases.star().build());
            List<GovernanceRecommendation> one = coalitions.stream().map(advisor::recommendGovernance).toList();

            assertThat(advisor.recommendGovernanceForEach(coalitions.stream()).toList()).isEqualTo(one);
            assertThat(advisor.recommendGovernanceForEach(coalitions.parallelStream()).toList()).isEqualTo(one);
        }
    }

    @Test
    void aBatchIsRefusedWithoutAStreamOrAfterClose() {
        CoalitionAdvisor advisor = CoalitionAdvisor.builder().build();
        assertThatThrownBy(() -> advisor.recommendGovernanceForEach(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("coalitions: is null");
        advisor.close();
        assertThatThrownBy(() -> advisor.recommendGovernanceForEach(Stream.of(Cases.foundingGroup())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aClosedAdvisorRefusesDecisionsInEveryArea() {
        CoalitionAdvisor advisor = CoalitionAdvisor.builder().build();
        advisor.recommendGovernance(Cases.foundingGroup());
        advisor.close();

        assertThatThrownBy(() -> advisor.recommendGovernance(Cases.foundingGroup())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> advisor.votingPower(Cases.foundingGroup(), 2)).isInstanceOf(IllegalStateException.class);
    }

    private static String bundled(String file) {
        try (InputStream in = AdvisorLifecycleTest.class.getResourceAsStream("/dev/coalition/policies/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
