package dev.coalition.rules;

import static dev.coalition.rules.CoalitionGenerators.coalitions;
import static dev.coalition.rules.CoalitionGenerators.fractions;
import static dev.coalition.rules.CoalitionGenerators.indices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.coalition.composition.CategoryMix;
import dev.coalition.core.Coalition;
import dev.coalition.core.MemberCategory;
import dev.coalition.governance.Contingency;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.FitEntry;
import dev.coalition.rules.api.GovernanceRecommendation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Laws every governance recommendation obeys, over generated valid coalitions, with the default policy. */
class GovernancePropertiesTest {

    private static final int THREADS = 8;

    private static CoalitionAdvisor advisor;
    private static ExecutorService pool;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void close() {
        pool.shutdownNow();
        advisor.close();
    }

    @Test
    void everyRecommendationHasExactlyOneModeOneFitEntryPerContingencyAndRoutesAllFiveDomains() {
        qt().withExamples(200).forAll(coalitions()).checkAssert(c -> {
            GovernanceRecommendation r = advisor.recommendGovernance(c);

            assertThat(r.mode()).isNotNull();
            assertThat(r.fit()).extracting(FitEntry::contingency).containsExactly(Contingency.values());
            assertThat(r.fit().get(0).centralization()).isNotNull();
            assertThat(r.domains().keySet()).containsExactly(DecisionDomain.values());
            assertThat(r.domains().values()).doesNotContain(GovernanceMode.HYBRID);
            if (r.mode() == GovernanceMode.HYBRID) {
                assertThat(r.domains().values()).as("HYBRID routes by its map").containsOnly(
                        GovernanceMode.CENTRALIZED, GovernanceMode.DISTRIBUTED);
            } else {
                assertThat(r.domains().values()).containsOnly(r.mode());
            }
            assertThat(r.lead() != null).as("a lead exactly when CENTRALIZED").isEqualTo(r.mode() == GovernanceMode.CENTRALIZED);
        });
    }

    @Test
    void theSameCoalitionGivesAnEqualRecommendationTwice() {
        qt().withExamples(200).forAll(coalitions()).checkAssert(c ->
                assertThat(advisor.recommendGovernance(c)).isEqualTo(advisor.recommendGovernance(c)));
    }

    @Test
    void eightThreadsSharingOneAdvisorGetTheSameRecommendation() {
        qt().withExamples(100).forAll(coalitions()).checkAssert(c -> {
            GovernanceRecommendation expected = advisor.recommendGovernance(c);
            List<Callable<GovernanceRecommendation>> tasks = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                tasks.add(() -> advisor.recommendGovernance(c));
            }
            for (GovernanceRecommendation r : runAll(tasks)) {
                assertThat(r).isEqualTo(expected);
            }
        });
    }

    private static List<GovernanceRecommendation> runAll(List<Callable<GovernanceRecommendation>> tasks) {
        try {
            List<GovernanceRecommendation> results = new ArrayList<>();
            for (Future<GovernanceRecommendation> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError("a decision failed on another thread", e.getCause());
        }
    }

    @Test
    @Disabled("BUG: the default bands break this law of issue 2. HYBRID's urgency band (governance.urgency.low.."
            + "governance.urgency.high) gains a point when urgency rises past 0.35 while CENTRALIZED gains none, so a "
            + "CENTRALIZED/HYBRID tie won by CENTRALIZED turns HYBRID; see theUrgencyLawCounterexample")
    void raisingUrgencyAloneNeverMovesTheModeAwayFromCentralized() {
        qt().withExamples(200).forAll(coalitions(), fractions()).checkAssert((c, f) -> {
            double urgency = c.context().decisionUrgency();
            double raised = urgency + (1.0 - urgency) * f;
            GovernanceMode before = advisor.recommendGovernance(c).mode();
            GovernanceMode after = advisor.recommendGovernance(CoalitionGenerators.withUrgency(c, raised)).mode();
            if (before == GovernanceMode.CENTRALIZED) {
                assertThat(after).as("urgency " + urgency + " raised to " + raised).isEqualTo(GovernanceMode.CENTRALIZED);
            }
        });
    }

    @Test
    @Disabled("BUG: the default bands break this law of issue 2. Adding a member changes the Blau index (it can move "
            + "into DISTRIBUTED's diversity band 0.35..0.65 and out of CENTRALIZED's 0..0.35) and can take the member count "
            + "past CENTRALIZED's 7..15, or the lower density out of HYBRID's 0.3..0.6, so DISTRIBUTED overtakes; "
            + "see the three theNewMemberLawCounterexample... tests")
    void addingAMemberWithNoTrustTiesInAnExistingCategoryNeverTurnsANonDistributedModeIntoDistributed() {
        qt().withExamples(200).forAll(coalitions(2, 24), indices()).checkAssert((c, i) -> {
            List<MemberCategory> categories = List.copyOf(CategoryMix.of(c).categories());
            MemberCategory category = categories.get(i % categories.size());
            GovernanceMode before = advisor.recommendGovernance(c).mode();
            GovernanceMode after = advisor.recommendGovernance(CoalitionGenerators.withUntrustedMember(c, category)).mode();
            if (before != GovernanceMode.DISTRIBUTED) {
                assertThat(after).as("after adding a " + category + " with no ties to a " + before + " coalition")
                        .isNotEqualTo(GovernanceMode.DISTRIBUTED);
            }
        });
    }

    // --- the smallest counterexamples to the two laws above, worked out by hand ---

    /** Members given as "id:category", no trust ties. */
    private static Coalition untrusting(GovernanceContext context, String... members) {
        Coalition.Builder b = Coalition.builder("Counterexample").formedOn(LocalDate.of(2024, 1, 1)).context(context);
        for (String m : members) {
            String[] parts = m.split(":");
            b.member(parts[0], parts[0].toUpperCase(), parts[1], 1);
        }
        return b.build();
    }

    @Test
    @Disabled("BUG: raising urgency from 0.2 to 0.5 moves a CENTRALIZED coalition to HYBRID (see the law above)")
    void theUrgencyLawCounterexample() {
        // 10 members, 5 hospitals and 5 ngos (Blau 0.5), no trust ties; stability 0.65, consensus 0.5, competency 0.65.
        // At urgency 0.2: CENTRALIZED 7 (participants 2, consensus 2, competency 2, stability 1),
        // HYBRID 7 (the same four), DISTRIBUTED 2 (urgency 1, diversity 1): the tie goes CENTRALIZED.
        // At urgency 0.5 HYBRID's urgency band 0.35..0.65 adds 1: HYBRID 8 beats CENTRALIZED 7.
        String[] members = {"h1:hospital", "h2:hospital", "h3:hospital", "h4:hospital", "h5:hospital",
                "n1:ngo", "n2:ngo", "n3:ngo", "n4:ngo", "n5:ngo"};
        Coalition calm = untrusting(new GovernanceContext(0.2, 0.65, 0.5, 0.65), members);
        Coalition busier = CoalitionGenerators.withUrgency(calm, 0.5);

        assertThat(advisor.recommendGovernance(calm).mode()).isEqualTo(GovernanceMode.CENTRALIZED);
        assertThat(advisor.recommendGovernance(busier).mode()).isEqualTo(GovernanceMode.CENTRALIZED);
    }

    @Test
    @Disabled("BUG: a second ngo joining a CENTRALIZED coalition of 5 turns it DISTRIBUTED (see the law above)")
    void theNewMemberLawCounterexampleThroughDiversity() {
        // 5 members, 1 ngo and 4 hospitals (Blau 0.32), no ties; urgency 0.7, stability 0.5, consensus 0.3,
        // competency 0.2. CENTRALIZED 4 (consensus 2, urgency 1, diversity 1) ties DISTRIBUTED 4 (participants 2,
        // competency 2) and wins. A second ngo makes Blau 0.444: CENTRALIZED 3, DISTRIBUTED 5 (diversity 1 more).
        Coalition five = untrusting(new GovernanceContext(0.7, 0.5, 0.3, 0.2),
                "n1:ngo", "h1:hospital", "h2:hospital", "h3:hospital", "h4:hospital");
        Coalition six = CoalitionGenerators.withUntrustedMember(five, MemberCategory.of("ngo"));

        assertThat(advisor.recommendGovernance(five).mode()).isEqualTo(GovernanceMode.CENTRALIZED);
        assertThat(advisor.recommendGovernance(six).mode()).isNotEqualTo(GovernanceMode.DISTRIBUTED);
    }

    @Test
    @Disabled("BUG: a 16th member joining a CENTRALIZED coalition of 15 turns it DISTRIBUTED (see the law above)")
    void theNewMemberLawCounterexampleThroughSize() {
        // 15 hospitals who all trust each other (density 1); urgency 0.5, stability 0.2, consensus 0.8,
        // competency 0.5. CENTRALIZED 5 (participants 2, competency 2, diversity 1) ties DISTRIBUTED 5 (trust 2,
        // consensus 2, stability 1) and wins; HYBRID 3. A 16th hospital leaves CENTRALIZED's 7..15: CENTRALIZED 3,
        // HYBRID 3, DISTRIBUTED 5 (density 210/240 = 0.875 is still dense).
        Coalition.Builder b = Coalition.builder("Fifteen").formedOn(LocalDate.of(2024, 1, 1))
                .context(new GovernanceContext(0.5, 0.2, 0.8, 0.5));
        for (int i = 1; i <= 15; i++) {
            List<String> others = new ArrayList<>();
            for (int j = 1; j <= 15; j++) {
                if (j != i) {
                    others.add("h" + j);
                }
            }
            b.member("h" + i, "H" + i, "hospital", 1, others.toArray(String[]::new));
        }
        Coalition fifteen = b.build();
        Coalition sixteen = CoalitionGenerators.withUntrustedMember(fifteen, MemberCategory.of("hospital"));

        assertThat(advisor.recommendGovernance(fifteen).mode()).isEqualTo(GovernanceMode.CENTRALIZED);
        assertThat(advisor.recommendGovernance(sixteen).mode()).isNotEqualTo(GovernanceMode.DISTRIBUTED);
    }

    @Test
    @Disabled("BUG: a third member joining a HYBRID pair turns it DISTRIBUTED (see the law above)")
    void theNewMemberLawCounterexampleThroughTrustDensity() {
        // (found by QuickTheories) an ngo trusted by a hospital: density 0.5, Blau 0.5; urgency 0, stability 0,
        // consensus 0.51, competency 0.65. HYBRID 6 (trust 2, consensus 2, competency 2) beats DISTRIBUTED 5
        // (participants 2, urgency 1, stability 1, diversity 1). A second hospital trusting nobody drops the density
        // to 1/6, out of HYBRID's 0.3..0.6: HYBRID 4, DISTRIBUTED 5.
        Coalition pair = Coalition.builder("Pair").formedOn(LocalDate.of(2024, 1, 1))
                .member("m00", "M00", "ngo", 1)
                .member("m01", "M01", "hospital", 1, "m00")
                .context(new GovernanceContext(0.0, 0.0, 0.51, 0.65))
                .build();
        Coalition three = CoalitionGenerators.withUntrustedMember(pair, MemberCategory.of("hospital"));

        assertThat(advisor.recommendGovernance(pair).mode()).isEqualTo(GovernanceMode.HYBRID);
        assertThat(advisor.recommendGovernance(three).mode()).isNotEqualTo(GovernanceMode.DISTRIBUTED);
    }

    @Test
    void theGeneratorCoversEveryMode() {
        java.util.Set<GovernanceMode> seen = java.util.EnumSet.noneOf(GovernanceMode.class);
        qt().withExamples(300).forAll(coalitions()).checkAssert(c -> seen.add(advisor.recommendGovernance(c).mode()));

        assertThat(seen).containsExactlyInAnyOrder(GovernanceMode.values());
    }
}
