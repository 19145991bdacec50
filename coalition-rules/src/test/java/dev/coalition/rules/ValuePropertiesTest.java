package dev.coalition.rules;

import static dev.coalition.rules.CoalitionGenerators.distributions;
import static dev.coalition.rules.CoalitionGenerators.distributionsWithContributions;
import static dev.coalition.rules.CoalitionGenerators.reports;
import static dev.coalition.rules.CoalitionGenerators.votes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.coalition.rules.CoalitionGenerators.Distribution;
import dev.coalition.rules.CoalitionGenerators.Vote;
import dev.coalition.rules.api.AttributionAdvice;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.VotingAdvice;
import dev.coalition.value.Allocation;
import dev.coalition.value.FairnessLaws;
import dev.coalition.value.Fraction;
import dev.coalition.voting.VotingPower;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fairness laws through the facade, with the default policy choosing the allocation policy
 * from generated principles and inputs; the laws are checked with the public
 * {@link FairnessLaws} predicates, as a user would. Also the laws run against a rule author's own
 * value policy.
 */
class ValuePropertiesTest {

    private static final int EXAMPLES = Examples.examples(200);

    /**
     * A rule author's own value-policy.drl: proportional shares when every contribution is given,
     * equal shares otherwise.
     */
    static final String CUSTOM_VALUE_POLICY = """
            // value-policy.drl (a rule author's own): proportional when contributions are given, else equal.
            //
            // Decides: the policy. Reads: DistributionAsked. Inserts: PolicyChoice (exactly one).
            // Settings: none. Source: this test.

            package dev.coalition.policies.value;

            import dev.coalition.rules.value.DistributionAsked;
            import dev.coalition.rules.value.PolicyChoice;

            rule "Shares follow contribution when every contribution is given"
                @id("custom.value.proportional-when-contributions")
                @source("A rule author's own policy")
            when
                DistributionAsked( contributionsGiven )
            then
                insert(new PolicyChoice("PROPORTIONAL", "Every member's contribution is given, so shares follow contribution."));
            end

            rule "Without every contribution the amount is shared equally"
                @id("custom.value.equal-otherwise")
                @source("A rule author's own policy")
            when
                DistributionAsked( !contributionsGiven )
            then
                insert(new PolicyChoice("EQUAL", "Not every contribution is given, so the amount is shared equally."));
            end
            """;

    private static CoalitionAdvisor advisor;
    private static CoalitionAdvisor custom;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
        custom = CoalitionAdvisor.builder().policyFile("value-policy.drl", CUSTOM_VALUE_POLICY).build();
    }

    @AfterAll
    static void close() {
        advisor.close();
        custom.close();
    }

    private static Allocation allocate(Distribution d) {
        return advisor.distribute(d.coalition(), d.request()).allocation();
    }

    // ---- distributions ------------------------------------------------------------------------

    @Test
    void paidOutSharesAddUpExactlyToTheAmount() {
        qt().withExamples(EXAMPLES).forAll(distributions())
                .check(d -> FairnessLaws.paidOutAddsUp(allocate(d)));
    }

    @Test
    void eachPaidOutShareIsWithinOneUnitOfItsExactShare() {
        qt().withExamples(EXAMPLES).forAll(distributions())
                .check(d -> FairnessLaws.withinOneUnit(allocate(d)));
    }

    @Test
    void exactSharesAddUpToTheAmount() {
        qt().withExamples(EXAMPLES).forAll(distributions())
                .check(d -> FairnessLaws.efficient(allocate(d)));
    }

    @Test
    void everyMemberGetsAShareAndNoOneElse() {
        qt().withExamples(EXAMPLES).forAll(distributions()).checkAssert(d -> {
            Allocation a = allocate(d);
            List<String> members = d.coalition().members().stream().map(m -> m.id()).toList();
            assertThat(a.paidOut().keySet()).containsExactlyElementsOf(members);
            assertThat(a.exactShares().keySet()).containsExactlyElementsOf(members);
        });
    }

    @Test
    void theSameDistributionGivesTheSameAdviceTwice() {
        qt().withExamples(EXAMPLES).forAll(distributions()).checkAssert(d ->
                assertThat(advisor.distribute(d.coalition(), d.request())).isEqualTo(advisor.distribute(d.coalition(), d.request())));
    }

    @Test
    void negativeSharesAreReportedExactlyWhenThereAreAny() {
        qt().withExamples(EXAMPLES).forAll(distributions()).checkAssert(d -> {
            DistributionAdvice advice = advisor.distribute(d.coalition(), d.request());
            List<Finding> negative = ValueCases.withId(advice.findings(), "NEGATIVE_SHARES");
            assertThat(negative).as("one finding per member with a negative share, in member order")
                    .extracting(Finding::subject).containsExactlyElementsOf(advice.allocation().negativeShares());
        });
    }

    @Test
    void aMonotoneGameGivesNoNegativeShare() {
        qt().withExamples(EXAMPLES).forAll(distributions()).checkAssert(d -> {
            DistributionAdvice advice = advisor.distribute(d.coalition(), d.request());
            if (advice.policy().equals("SHAPLEY")) {
                assertThat(FairnessLaws.noNegativeShareInMonotoneGame(d.request().game(), advice.allocation())).isTrue();
            }
        });
    }

    @Test
    void aNullPlayerOfTheGameGetsNothing() {
        qt().withExamples(EXAMPLES).forAll(distributions()).checkAssert(d -> {
            DistributionAdvice advice = advisor.distribute(d.coalition(), d.request());
            if (advice.policy().equals("SHAPLEY")) {
                assertThat(FairnessLaws.nullPlayerGetsNothing(d.request().game(), advice.allocation())).isTrue();
            }
        });
    }

    @Test
    void theGeneratedDistributionsReachEveryPolicyAndBothKindsOfAmount() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        qt().withFixedSeed(20261130L).withExamples(200).forAll(distributions()).checkAssert(d -> {
            seen.add(advisor.distribute(d.coalition(), d.request()).policy());
            seen.add(d.request().amount().getClass().getSimpleName());
        });

        assertThat(seen).as("the generator exercises every policy the rules can choose")
                .containsExactlyInAnyOrder("EQUAL", "PROPORTIONAL", "NEED_WEIGHTED", "SHAPLEY", "Money", "Credits");
    }

    // ---- voting power -------------------------------------------------------------------------

    @Test
    void banzhafSumsToOne() {
        qt().withExamples(EXAMPLES).forAll(votes())
                .check(v -> Fraction.sum(power(v).banzhaf().values()).equals(Fraction.ONE));
    }

    @Test
    void shapleyShubikSumsToOne() {
        qt().withExamples(EXAMPLES).forAll(votes())
                .check(v -> Fraction.sum(power(v).shapleyShubik().values()).equals(Fraction.ONE));
    }

    @Test
    void aNullPlayerHasZeroInBothIndices() {
        qt().withExamples(EXAMPLES).forAll(votes()).checkAssert(v -> {
            VotingPower power = power(v);
            List<String> neverSwings = neverSwings(v);

            assertThat(power.nullPlayers()).as("null players by enumeration").containsExactlyInAnyOrderElementsOf(neverSwings);
            for (String id : neverSwings) {
                assertThat(power.banzhaf().get(id)).as("Banzhaf of " + id).isEqualTo(Fraction.ZERO);
                assertThat(power.shapleyShubik().get(id)).as("Shapley-Shubik of " + id).isEqualTo(Fraction.ZERO);
            }
        });
    }

    @Test
    void aNullPlayerFindingIsRaisedForEveryNullPlayerWithWeight() {
        qt().withExamples(EXAMPLES).forAll(votes()).checkAssert(v -> {
            VotingAdvice advice = votingPower(v);
            List<String> expected = neverSwings(v).stream().filter(id -> v.weightsUsed().get(id) > 0).toList();

            assertThat(ValueCases.withId(advice.findings(), "NULL_PLAYER")).extracting(Finding::subject)
                    .containsExactlyInAnyOrderElementsOf(expected);
        });
    }

    @Test
    void aDictatorFindingIsRaisedExactlyForThePlayerWhosePresenceAloneDecides() {
        qt().withExamples(EXAMPLES).forAll(votes()).checkAssert(v -> {
            VotingAdvice advice = votingPower(v);
            List<String> expected = decidesAlone(v);

            assertThat(ValueCases.withId(advice.findings(), "DICTATOR")).extracting(Finding::subject)
                    .containsExactlyElementsOf(expected);
            assertThat(advice.findings()).as("a dictator is not reported as a veto player too")
                    .filteredOn(f -> (f.id().equals("VETO_PLAYER") || f.id().equals("UNINTENDED_VETO")) && expected.contains(f.subject()))
                    .isEmpty();
        });
    }

    @Test
    void anImproperGameFindingIsRaisedExactlyWhenACoalitionAndItsComplementBothWin() {
        qt().withExamples(EXAMPLES).forAll(votes()).checkAssert(v -> {
            List<Finding> improper = ValueCases.withId(votingPower(v).findings(), "IMPROPER_GAME");

            if (bothWinSomewhere(v)) {
                assertThat(improper).singleElement().satisfies(f -> assertThat(f.subject()).isEqualTo("quota"));
            } else {
                assertThat(improper).isEmpty();
            }
        });
    }

    /** The player, if any, such that a coalition wins if and only if it includes it, by enumerating every coalition. */
    private static List<String> decidesAlone(Vote v) {
        List<String> ids = new ArrayList<>(v.weightsUsed().keySet());
        long[] w = ids.stream().mapToLong(id -> v.weightsUsed().get(id)).toArray();
        List<String> result = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            boolean decides = true;
            for (int mask = 0; mask < (1 << ids.size()) && decides; mask++) {
                decides = (weight(w, mask) >= v.quota()) == ((mask & (1 << i)) != 0);
            }
            if (decides) {
                result.add(ids.get(i));
            }
        }
        return result;
    }

    /** Whether some coalition and its complement both reach the quota, by enumerating every coalition. */
    private static boolean bothWinSomewhere(Vote v) {
        long[] w = v.weightsUsed().values().stream().mapToLong(Long::longValue).toArray();
        long total = weight(w, (1 << w.length) - 1);
        for (int mask = 0; mask < (1 << w.length); mask++) {
            if (weight(w, mask) >= v.quota() && total - weight(w, mask) >= v.quota()) {
                return true;
            }
        }
        return false;
    }

    private static long weight(long[] w, int mask) {
        long sum = 0;
        for (int j = 0; j < w.length; j++) {
            if ((mask & (1 << j)) != 0) {
                sum += w[j];
            }
        }
        return sum;
    }

    private static VotingAdvice votingPower(Vote v) {
        return v.weights() == null ? advisor.votingPower(v.coalition(), v.quota())
                : advisor.votingPower(v.coalition(), v.quota(), v.weights());
    }

    private static VotingPower power(Vote v) {
        return votingPower(v).power();
    }

    /** The players that turn no losing coalition into a winning one, by enumerating every coalition without them. */
    private static List<String> neverSwings(Vote v) {
        List<String> ids = new ArrayList<>(v.weightsUsed().keySet());
        long[] w = ids.stream().mapToLong(id -> v.weightsUsed().get(id)).toArray();
        List<String> result = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            boolean swings = false;
            for (int mask = 0; mask < (1 << ids.size()) && !swings; mask++) {
                if ((mask & (1 << i)) != 0) {
                    continue;
                }
                long sum = 0;
                for (int j = 0; j < ids.size(); j++) {
                    if ((mask & (1 << j)) != 0) {
                        sum += w[j];
                    }
                }
                swings = sum < v.quota() && sum + w[i] >= v.quota();
            }
            if (!swings) {
                result.add(ids.get(i));
            }
        }
        return result;
    }

    // ---- peer attribution ---------------------------------------------------------------------

    /**
     * No report can give a member a negative share, so NEGATIVE_ATTRIBUTION is never raised through
     * the facade. Why, for four or more members: in world m each other member i gets
     * e<sub>i</sub> = 1 / (1 + &Sigma;<sub>k</sub> &rho;<sub>ki</sub>) where &rho;<sub>ki</sub> and &rho;<sub>ik</sub> average
     * reciprocal ratios over the same reporters, so &rho;<sub>ki</sub>&middot;&rho;<sub>ik</sub> &ge; 1 (AM-HM); then
     * &Sigma;e<sub>i</sub> = &Sigma;<sub>i</sub>&Sigma;<sub>k</sub> &rho;<sub>ki</sub>e<sub>i</sub><sup>2</sup> &ge; (&Sigma;e<sub>i</sub>)<sup>2</sup>
     * (pairing the (i,k) and (k,i) terms by AM-GM), so &Sigma;e<sub>i</sub> &le; 1 and m's rest is &ge; 0.
     * The three-person rule gives positive shares by its formula.
     */
    @Test
    void peerAttributionNeverGivesANegativeShare() {
        qt().withExamples(EXAMPLES).forAll(reports()).checkAssert(reports -> {
            AttributionAdvice advice = advisor.attribute(CoalitionGenerators.coalitionOfIds(reports.keySet()), reports);

            assertThat(advice.attribution().shares().values()).allSatisfy(s -> assertThat(s.signum()).isNotNegative());
            assertThat(ValueCases.withId(advice.findings(), "NEGATIVE_ATTRIBUTION")).isEmpty();
        });
    }

    @Test
    void peerAttributionLeavesCreditUnallocatedOnlyAmongThree() {
        qt().withExamples(EXAMPLES).forAll(reports()).checkAssert(reports -> {
            AttributionAdvice advice = advisor.attribute(CoalitionGenerators.coalitionOfIds(reports.keySet()), reports);
            Fraction unallocated = advice.attribution().unallocated();

            assertThat(unallocated.signum()).isNotNegative();
            assertThat(Fraction.sum(advice.attribution().shares().values()).add(unallocated)).isEqualTo(Fraction.ONE);
            if (reports.size() != 3) {
                assertThat(unallocated).isEqualTo(Fraction.ZERO);
            }
            assertThat(ValueCases.withId(advice.findings(), "UNALLOCATED_CREDIT")).hasSize(unallocated.signum() > 0 ? 1 : 0);
        });
    }

    // ---- a rule author's own policy -----------------------------------------------------------

    @Test
    void aRuleAuthorsOwnPolicyKeepsEfficiencyAndPaysOutEveryUnitWithinOneUnit() {
        qt().withExamples(EXAMPLES).forAll(distributions().mix(distributionsWithContributions())).checkAssert(d -> {
            DistributionAdvice advice = custom.distribute(d.coalition(), d.request());
            boolean contributionsGiven = d.request().contributions().keySet()
                    .containsAll(d.coalition().members().stream().map(m -> m.id()).toList());

            assertThat(advice.policy()).isEqualTo(contributionsGiven ? "PROPORTIONAL" : "EQUAL");
            assertThat(advice.explanation().get(0).rule()).isEqualTo(contributionsGiven
                    ? "custom.value.proportional-when-contributions" : "custom.value.equal-otherwise");
            assertThat(FairnessLaws.efficient(advice.allocation())).as("efficient").isTrue();
            assertThat(FairnessLaws.paidOutAddsUp(advice.allocation())).as("paid out adds up").isTrue();
            assertThat(FairnessLaws.withinOneUnit(advice.allocation())).as("within one unit").isTrue();
        });
    }

    @Test
    void aRuleAuthorsOwnPolicyPaysInProportionToContribution() {
        qt().withExamples(EXAMPLES).forAll(distributionsWithContributions()).checkAssert(d -> {
            Allocation a = custom.distribute(d.coalition(), d.request()).allocation();
            Map<String, Fraction> c = d.request().contributions();
            Fraction total = Fraction.sum(c.values());

            a.exactShares().forEach((id, share) ->
                    assertThat(share).isEqualTo(Fraction.of(a.amount().units()).multiply(c.get(id)).divide(total)));
        });
    }
}
