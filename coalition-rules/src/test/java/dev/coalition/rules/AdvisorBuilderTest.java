package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.PolicyCompilationException;
import dev.coalition.rules.api.PolicyRuntimeException;
import dev.coalition.rules.api.RuleListener;
import dev.coalition.rules.internal.KnowledgeBases;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a host configures on {@link CoalitionAdvisor.Builder}: typed setting overrides, the firing
 * cap and the voting-cost limit (each refused below 1 and in force from 1), policy directories that
 * must exist, and a custom policy that fails to build holding nothing.
 */
class AdvisorBuilderTest {

    @Test
    void numericAndIntegerOverridesChainAndAreInForce() {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder()
                .setting("governance.crisisUrgency", 0.7)
                .setting("governance.fewMembers", 9)
                .build()) {
            assertThat(advisor.settings().number("governance.crisisUrgency")).isEqualTo(0.7);
            assertThat(advisor.settings().integer("governance.fewMembers")).isEqualTo(9);
        }
    }

    @Test
    void theSettingDefinitionsAreThoseOfTheSettingsInForceInNameOrder() {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().setting("governance.fewMembers", 9).build()) {
            assertThat(advisor.settingDefinitions()).isNotEmpty().isEqualTo(advisor.settings().definitions());
            assertThat(advisor.settingDefinitions()).extracting(d -> d.name()).isSorted();
        }
    }

    @Test
    void aFiringCapOfOneIsAcceptedAndStopsAPolicyAtItsFirstFiring() {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().maxRuleFirings(1).build()) {
            assertThatThrownBy(() -> advisor.votingPower(ValueCases.trio(5, 4, 0), 6))
                    .isExactlyInstanceOf(PolicyRuntimeException.class)
                    .hasMessageContaining("fired 1 rules without settling (the cap is 1)");
        }
    }

    @Test
    void aDecisionThatReachesTheCapIsRunawayAndOneBelowItIsNot() {
        AtomicInteger fired = new AtomicInteger();
        RuleListener counter = new RuleListener() {
            @Override
            public void afterDecision(String decision, int rulesFired) {
                fired.set(rulesFired);
            }
        };
        try (CoalitionAdvisor counting = CoalitionAdvisor.builder().listener(counter).build()) {
            counting.votingPower(ValueCases.trio(5, 4, 0), 6);
        }
        int needed = fired.get();
        assertThat(needed).as("the vote raises findings").isGreaterThan(1);

        try (CoalitionAdvisor roomy = CoalitionAdvisor.builder().maxRuleFirings(needed + 1).build();
             CoalitionAdvisor tight = CoalitionAdvisor.builder().maxRuleFirings(needed).build()) {
            assertThat(roomy.votingPower(ValueCases.trio(5, 4, 0), 6).findings()).isNotEmpty();
            assertThatThrownBy(() -> tight.votingPower(ValueCases.trio(5, 4, 0), 6))
                    .isExactlyInstanceOf(PolicyRuntimeException.class)
                    .hasMessageStartingWith("the voting policy fired " + needed + " rules without settling (the cap is " + needed + ")");
        }
    }

    @Test
    void aVotingCostLimitBelowOneIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> CoalitionAdvisor.builder().maxVotingCost(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("maxVotingCost: 0 is below 1; give a positive limit such as ");
    }

    @Test
    void aVotingCostLimitOfOneIsAcceptedAndRefusesAVoteAboveItAtTheQuota() {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.builder().maxVotingCost(1).build()) {
            InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class,
                    () -> advisor.votingPower(Cases.foundingGroup(), 2));

            assertThat(e).isNotNull();
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("voting.quota");
                assertThat(v.message()).contains("above the voting-cost limit of 1");
            });
        }
    }

    @Test
    void aPolicyDirectoryThatDoesNotExistIsRefusedAtBuildNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-policies");

        assertThatThrownBy(() -> CoalitionAdvisor.builder().policyDirectory(missing).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policy directory \"" + missing + "\" does not exist or is not a directory");
    }

    @Test
    void aPolicyFileThatIsNeitherDrlNorSettingsIsRefusedNamingIt() {
        assertThatThrownBy(() -> CoalitionAdvisor.builder().policyFile("notes.txt", "rule").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policy file \"notes.txt\": only *.drl and *.settings.properties files are policy files");
    }

    @Test
    void aCustomPolicyWhoseOtherAreaFailsToCompileReleasesTheAreasItAlreadyBuilt() {
        String lead = PolicyAuthoringTest.bundled("governance-lead.drl")
                .replace("more than any other member", "more than any other member, by this test's own policy");
        String broken = PolicyAuthoringTest.bundled("voting-findings.drl").replaceFirst("then", "");
        int before = KnowledgeBases.held();

        PolicyCompilationException e = catchThrowableOfType(PolicyCompilationException.class,
                () -> CoalitionAdvisor.builder().policyFile("governance-lead.drl", lead)
                        .policyFile("voting-findings.drl", broken).build());

        assertThat(e).isNotNull();
        assertThat(e.diagnostics()).allSatisfy(d -> assertThat(d.file()).isEqualTo("voting-findings.drl"));
        assertThat(KnowledgeBases.held()).as("the governance knowledge base compiled for it is dropped").isEqualTo(before);
    }

    @Test
    void aCustomPolicyIsHashedByItsContent() {
        String lead = PolicyAuthoringTest.bundled("governance-lead.drl") + "\n// a comment of this test's own\n";
        try (CoalitionAdvisor bundled = CoalitionAdvisor.withDefaultPolicies();
             CoalitionAdvisor custom = CoalitionAdvisor.builder().policyFile("governance-lead.drl", lead).build();
             CoalitionAdvisor same = CoalitionAdvisor.builder().policyFile("governance-lead.drl", lead).build()) {
            assertThat(custom.policyHash()).matches("sha256:[0-9a-f]{64}").isNotEqualTo(bundled.policyHash())
                    .isEqualTo(same.policyHash()).isEqualTo(custom.policyHash());
        }
    }
}
