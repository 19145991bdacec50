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
                    Map.entry("voting", KnowledgeBaseOrigin.NOT_BUILT), Map.entry("conflict", KnowledgeBaseOrigin.NOT_BUILT),
                    Map.entry("assessment", KnowledgeBaseOrigin.NOT_BUILT), Map.entry("health", KnowledgeBaseOrigin.NOT_BUILT),
                    Map.entry("formation", KnowledgeBaseOrigin.NOT_BUILT), Map.entry("operations", KnowledgeBaseOrigin.NOT_BUILT),
                    Map.entry("lifecycle", KnowledgeBaseOrigin.NOT_BUILT));

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

    @Test
    void closingAnAdvisorWhileParallelDecisionsRunLetsEachFinishOrRefuseAsClosedAndReleasesEverything() {
        int before = KnowledgeBases.held();
        java.util.concurrent.atomic.AtomicReference<CoalitionAdvisor> shared = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger decided = new java.util.concurrent.atomic.AtomicInteger();
        dev.coalition.rules.api.RuleListener closeAfterTen = new dev.coalition.rules.api.RuleListener() {
            @Override
            public void afterDecision(String decision, int rulesFired) {
                if (decided.incrementAndGet() == 10) {
                    shared.get().close();
                }
            }
        };
        CoalitionAdvisor advisor = CoalitionAdvisor.builder().policyFile("governance-lead.drl", CUSTOM_LEAD)
                .listener(closeAfterTen).build();
        shared.set(advisor);

        List<String> outcomes = java.util.stream.IntStream.range(0, 200).parallel().mapToObj(i -> {
            try {
                GovernanceRecommendation advice = advisor.recommendGovernance(i % 2 == 0 ? Cases.foundingGroup() : Cases.cybersecurity());
                return advice.explanation().isEmpty() ? "empty" : "decided";
            } catch (IllegalStateException e) {
                return e.getMessage().startsWith("this CoalitionAdvisor is closed") ? "refused" : "other: " + e;
            } catch (RuntimeException e) {
                return "other: " + e;
            }
        }).toList();

        assertThat(outcomes).containsOnly("decided", "refused").contains("decided", "refused");
        assertThat(KnowledgeBases.held()).isEqualTo(before);
    }

    @Test
    void prepareBuildsTheNamedAreasOnceAndRefusesUnknownAreasAndClosedAdvisors() {
        CoalitionAdvisor advisor = CoalitionAdvisor.builder().build();
        advisor.prepare("governance").prepare("governance");
        assertThat(advisor.knowledgeBases()).containsEntry("governance", KnowledgeBaseOrigin.PREBUILT)
                .containsEntry("conflict", KnowledgeBaseOrigin.NOT_BUILT);

        assertThatThrownBy(() -> advisor.prepare("governence")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("areas: \"governence\" is not a decision area; use governance, value, voting, conflict, assessment, health, formation, operations or lifecycle");
        advisor.close();
        assertThatThrownBy(advisor::prepare).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFileWhoseNameNamesNoAreaJoinsEveryAreaAndItsRulesFire() {
        String note = """
                package dev.coalition.policies.custom;

                import dev.coalition.rules.api.Severity;
                import dev.coalition.rules.governance.ModeChoice;
                import dev.coalition.rules.policy.FindingRaised;

                rule "A custom rule notes the chosen mode"
                    @id("custom.note-mode")
                when
                    ModeChoice( $m : mode )
                then
                    insert(new FindingRaised("CUSTOM_NOTE", Severity.INFO, $m.name(), "The custom policy saw " + $m + "."));
                end
                """;
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().policyFile("house-rules.drl", note).build()) {
            assertThat(advisor.knowledgeBases().values()).containsOnly(KnowledgeBaseOrigin.COMPILED);

            assertThat(advisor.recommendGovernance(Cases.foundingGroup()).findings())
                    .anySatisfy(f -> assertThat(f.id()).isEqualTo("CUSTOM_NOTE"));
        }
    }

    @Test
    void bandRulesOutsideTheConstantsGroupStillDecideTheSameWayInEveryDecision() {
        String inEveryDecision = bundled("governance-bands.drl").replace("    ruleflow-group \"policy-constants\"\n", "");
        try (CoalitionAdvisor old = CoalitionAdvisor.builder().policyFile("governance-bands.drl", inEveryDecision).build();
             CoalitionAdvisor current = CoalitionAdvisor.builder().build()) {
            for (Coalition coalition : List.of(Cases.foundingGroup(), Cases.cybersecurity(), Cases.foundingGroupWithUrgency(0.9))) {
                GovernanceRecommendation a = old.recommendGovernance(coalition);
                GovernanceRecommendation b = current.recommendGovernance(coalition);

                assertThat(a.mode()).isEqualTo(b.mode());
                assertThat(a.fit()).isEqualTo(b.fit());
                assertThat(a.findings()).containsExactlyInAnyOrderElementsOf(b.findings());
                assertThat(a.explanation()).containsExactlyInAnyOrderElementsOf(b.explanation());
            }
        }
    }

    @Test
    void aPolicyThatOnlyChangesSettingsFilesKeepsThePrebuiltKnowledgeBases() {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder()
                .policyFile("governance.settings.properties", bundled("governance.settings.properties")).build()) {
            advisor.recommendGovernance(Cases.foundingGroup());

            assertThat(advisor.knowledgeBases()).containsEntry("governance", KnowledgeBaseOrigin.PREBUILT);
        }
    }

    @Test
    void aCustomPolicyReportsTheProblemsOfEveryFileAndAreaAtOnce() {
        String noId = bundled("governance-lead.drl").replace("    @id(\"governance.lead.most-trusted\")\n", "");
        String broken = bundled("voting-findings.drl").replaceFirst("then", "");

        dev.coalition.rules.api.PolicyCompilationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                dev.coalition.rules.api.PolicyCompilationException.class,
                () -> CoalitionAdvisor.builder().policyFile("governance-lead.drl", noId)
                        .policyFile("voting-findings.drl", broken).build());

        assertThat(e).isNotNull();
        assertThat(e.diagnostics()).extracting(dev.coalition.rules.api.PolicyDiagnostic::file)
                .contains("governance-lead.drl", "voting-findings.drl");
        assertThat(e.diagnostics()).doesNotHaveDuplicates();
    }

    private static String bundled(String file) {
        try (InputStream in = AdvisorLifecycleTest.class.getResourceAsStream("/dev/coalition/policies/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
