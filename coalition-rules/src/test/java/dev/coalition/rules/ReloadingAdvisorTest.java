package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.core.Coalition;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.ReloadResult;
import dev.coalition.rules.api.ReloadingAdvisor;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A reloading advisor swaps a new policy in atomically, keeps the old one when the new one does not
 * build (and says why), lets calls in flight finish on the advisor they started with, and closes a
 * replaced advisor only after them.
 */
class ReloadingAdvisorTest {

    /** A rule that the lint refuses: it would stop the host. */
    static final String REFUSED = """
            package dev.coalition.policies.governance;

            import dev.coalition.rules.governance.ModeChoice;

            rule "Stop when a mode is chosen"
                @id("governance.stop")
                @source("a careless copy")
            when
                ModeChoice()
            then
                System.exit(1);
            end
            """;

    private final Coalition cybersecurity = Cases.cybersecurity();
    private final ReloadingAdvisor advisor = ReloadingAdvisor.of(CoalitionAdvisor.withDefaultPolicies());

    @AfterEach
    void close() {
        advisor.close();
    }

    @Test
    void aReloadSwapsTheNewPolicyInAndEachAnswerSaysWhichPolicyGaveIt() {
        ReloadingAdvisor.Answer<GovernanceRecommendation> before = advisor.recommendGovernance(cybersecurity);
        String bundledHash = CoalitionAdvisor.withDefaultPolicies().policyHash();

        ReloadResult result = advisor.reload(AdvisorUnderLoadTest.reloadedBuilder());
        ReloadingAdvisor.Answer<GovernanceRecommendation> after = advisor.recommendGovernance(cybersecurity);

        assertThat(before.policyHash()).isEqualTo(bundledHash);
        assertThat(before.generation()).isZero();
        assertThat(before.value().mode()).isEqualTo(GovernanceMode.HYBRID);
        assertThat(result.reloaded()).isTrue();
        assertThat(result.problems()).isEmpty();
        assertThat(result.generation()).isEqualTo(1);
        assertThat(result.policyHash()).isNotEqualTo(bundledHash).isEqualTo(advisor.policyHash());
        assertThat(result.describe()).isEqualTo("reloaded: generation 1, policy " + result.policyHash());
        assertThat(after.policyHash()).isEqualTo(result.policyHash());
        assertThat(after.generation()).isEqualTo(1);
        assertThat(advisor.generation()).isEqualTo(1);
        assertThat(after.value().mode()).as("crisisUrgency 0.5 makes the cybersecurity coalition's urgency a crisis")
                .isEqualTo(GovernanceMode.CENTRALIZED);
    }

    @Test
    void aPolicyThatDoesNotBuildKeepsTheOldOneInServiceAndReturnsItsDiagnostics() {
        String hash = advisor.policyHash();

        ReloadResult result = advisor.reload(CoalitionAdvisor.builder().policyFile("governance-stop.drl", REFUSED));

        assertThat(result.reloaded()).isFalse();
        assertThat(result.policyHash()).isEqualTo(hash).isEqualTo(advisor.policyHash());
        assertThat(result.generation()).isZero();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("governance-stop.drl");
            assertThat(d.line()).isEqualTo(11);
            assertThat(d.rule()).isEqualTo("Stop when a mode is chosen");
            assertThat(d.message()).startsWith("System is refused");
        });
        assertThat(result.problems()).containsExactly(result.diagnostics().get(0).toString());
        assertThat(result.describe()).startsWith("not reloaded; generation 0 (policy " + hash + ") stays in service because:\n"
                + "  governance-stop.drl:11: rule \"Stop when a mode is chosen\": System is refused");
        assertThat(advisor.recommendGovernance(cybersecurity).policyHash()).isEqualTo(hash);
    }

    @Test
    void aBadSettingOrAMissingDirectoryKeepsTheOldOneInService() {
        ReloadResult badSetting = advisor.reload(CoalitionAdvisor.builder().setting("governance.fewMembers", "many"));
        ReloadResult missing = advisor.reload(Path.of("no-such-policy"));

        assertThat(badSetting.reloaded()).isFalse();
        assertThat(badSetting.problems()).containsExactly("governance.fewMembers: \"many\" is not an integer, e.g. 6");
        assertThat(badSetting.diagnostics()).isEmpty();
        assertThat(missing.reloaded()).isFalse();
        assertThat(missing.problems()).singleElement().asString().contains("no-such-policy");
        assertThat(advisor.generation()).isZero();
    }

    @Test
    void aCallInFlightFinishesOnItsAdvisorWhichIsClosedOnlyAfterIt() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch reloaded = new CountDownLatch(1);
        CoalitionAdvisor[] held = new CoalitionAdvisor[1];
        CompletableFuture<ReloadingAdvisor.Answer<GovernanceMode>> inFlight = CompletableFuture.supplyAsync(() ->
                advisor.with(a -> {
                    held[0] = a;
                    entered.countDown();
                    await(reloaded);
                    return a.recommendGovernance(cybersecurity).mode();   // after the reload: still the old advisor, still open
                }));
        await(entered);

        ReloadResult result = advisor.reload(AdvisorUnderLoadTest.reloadedBuilder());
        assertThat(result.reloaded()).isTrue();
        assertThat(held[0].recommendGovernance(cybersecurity).mode()).as("the replaced advisor serves its call in flight")
                .isEqualTo(GovernanceMode.HYBRID);
        reloaded.countDown();
        ReloadingAdvisor.Answer<GovernanceMode> answer = inFlight.get(1, TimeUnit.MINUTES);

        assertThat(answer.value()).isEqualTo(GovernanceMode.HYBRID);
        assertThat(answer.generation()).isZero();
        assertThatThrownBy(() -> held[0].recommendGovernance(cybersecurity)).as("closed once its last call returned")
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("this CoalitionAdvisor is closed");
        assertThat(advisor.recommendGovernance(cybersecurity).generation()).isEqualTo(1);
    }

    @Test
    void aClosedReloadingAdvisorRefusesCallsAndReloads() {
        CoalitionAdvisor[] served = new CoalitionAdvisor[1];
        advisor.with(a -> served[0] = a);

        advisor.close();
        advisor.close();

        assertThatThrownBy(() -> advisor.recommendGovernance(cybersecurity)).isInstanceOf(IllegalStateException.class)
                .hasMessage("this ReloadingAdvisor is closed; build a new one with ReloadingAdvisor.of(advisor)");
        assertThatThrownBy(() -> advisor.reload(CoalitionAdvisor.builder())).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("this ReloadingAdvisor is closed");
        assertThatThrownBy(() -> served[0].recommendGovernance(cybersecurity)).isInstanceOf(IllegalStateException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
