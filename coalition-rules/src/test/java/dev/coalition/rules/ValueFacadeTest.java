package dev.coalition.rules;

import static dev.coalition.rules.ValueCases.eur;
import static dev.coalition.rules.ValueCases.figures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.ledger.CreditLedger;
import dev.coalition.ledger.InsufficientCreditsException;
import dev.coalition.rules.api.AttributionAdvice;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.rules.api.PortfolioAdvice;
import dev.coalition.rules.api.RebalanceAdvice;
import dev.coalition.rules.api.VotingAdvice;
import dev.coalition.value.Credits;
import dev.coalition.value.Fraction;
import dev.coalition.value.Money;
import dev.coalition.value.Principle;
import dev.coalition.value.RebalancingPolicy;
import dev.coalition.value.Units;
import dev.coalition.value.ValuePortfolio;
import dev.coalition.value.ValueType;
import dev.coalition.voting.VotingPower;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The value and voting facade: every unit paid out and formatted in the currency's digits, exact
 * power indices, input checks with their paths, the credit ledger, immutable results, and the same
 * answers on eight threads.
 */
class ValueFacadeTest {

    private static final Coalition TRIO = ValueCases.trio();
    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static List<Violation> violations(Runnable call) {
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class, call::run);
        assertThat(e).as("an InvalidCoalitionException").isNotNull();
        return e.violations();
    }

    private static List<String> formatted(DistributionAdvice advice) {
        return advice.allocation().paidOut().keySet().stream().map(advice.allocation()::formatted).toList();
    }

    @Nested
    class Distribution {

        @Test
        void everyUnitIsPaidOutAndTheLeftoverCentGoesToTheSmallerId() {
            DistributionAdvice advice = advisor.distribute(TRIO, DistributionRequest.of(eur("100.00")));

            assertThat(advice.allocation().paidOut()).containsExactly(Map.entry("a", 3334L), Map.entry("b", 3333L),
                    Map.entry("c", 3333L));
            assertThat(advice.allocation().paidOut().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10_000L);
            assertThat(advice.allocation().exactShares().values()).containsOnly(Fraction.of(10_000, 3));
            assertThat(formatted(advice)).containsExactly("33.34", "33.33", "33.33");
        }

        @Test
        void leftoverUnitsGoByIdNotByMemberOrder() {
            Coalition c = ValueCases.coalitionOf("zed", "amy", "max");

            DistributionAdvice advice = advisor.distribute(c, DistributionRequest.of(eur("0.02")));

            // each is owed 2/3 of a cent: the two cents go to the smaller ids, amy and max
            assertThat(advice.allocation().paidOut()).containsExactly(Map.entry("zed", 0L), Map.entry("amy", 1L),
                    Map.entry("max", 1L));
            assertThat(formatted(advice)).containsExactly("0.00", "0.01", "0.01");
        }

        @Test
        void moneyIsWrittenWithTheCurrencysOwnDigits() {
            assertThat(formatted(advisor.distribute(TRIO, DistributionRequest.of(Money.parse("1000", "JPY")))))
                    .containsExactly("334", "333", "333");
            assertThat(formatted(advisor.distribute(TRIO, DistributionRequest.of(Money.parse("10.000", "BHD")))))
                    .containsExactly("3.334", "3.333", "3.333");
            assertThat(formatted(advisor.distribute(TRIO, DistributionRequest.of(new Credits(10)))))
                    .containsExactly("4", "3", "3");
        }

        @Test
        void theTechnologyCoalitionsRevenueIsSplitByContribution() {
            Coalition tech = ValueCases.coalitionOf("cloudco", "chipworks", "devhouse", "startup");
            DistributionAdvice advice = advisor.distribute(tech, DistributionRequest.of(eur("1000.00"))
                    .withPrinciples(Set.of(Principle.PROPORTIONALITY, Principle.EQUALITY))
                    .withContributions(figures("cloudco", 40, "chipworks", 25, "devhouse", 20, "startup", 15)));

            assertThat(advice.policy()).isEqualTo("PROPORTIONAL");
            assertThat(formatted(advice)).containsExactly("400.00", "250.00", "200.00", "150.00");
            assertThat(advice.findings()).isEmpty();
        }

        @Test
        void aMemberWithoutAShareCannotBeFormatted() {
            DistributionAdvice advice = advisor.distribute(TRIO, DistributionRequest.of(eur("1.00")));

            assertThatThrownBy(() -> advice.allocation().formatted("zed")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("member: \"zed\" has no share in this allocation");
        }

        @Test
        void anUnknownPolicyNameIsRefusedWithItsPath() {
            assertThat(violations(() -> advisor.distribute(TRIO, DistributionRequest.of(eur("1.00")).withPolicy("RANDOM"))))
                    .containsExactly(new Violation("distribution.policy",
                            "\"RANDOM\" is not an allocation policy; use one of [EQUAL, PROPORTIONAL, NEED_WEIGHTED, SHAPLEY, NUCLEOLUS]"));
            assertThatThrownBy(() -> advisor.distribute(TRIO, DistributionRequest.of(eur("1.00")).withPolicy("equal")))
                    .isInstanceOf(InvalidCoalitionException.class)
                    .hasMessageStartingWith("distribution.policy: \"equal\" is not an allocation policy");
        }

        @Test
        void aNegativeContributionIsRefusedWithItsPath() {
            assertThatThrownBy(() -> advisor.distribute(TRIO, DistributionRequest.of(eur("1.00")).withPolicy("PROPORTIONAL")
                    .withContributions(figures("a", 1, "b", -2, "c", 1))))
                    .isInstanceOf(InvalidCoalitionException.class)
                    .hasMessage("distribution.contributions.b: -2 is negative");
        }

        @Test
        void aGameWorthNothingOrLessTogetherIsRefusedWhicheverPolicyIsChosen() {
            // the game: v(N) = -5 would make a, who raises every coalition it joins, pay 250.00 EUR
            Coalition pair = ValueCases.coalitionOf("a", "b");
            DistributionRequest request = DistributionRequest.of(eur("100.00"))
                    .withGame(ValueCases.game(List.of("a", "b"), 10, -20, -5));
            String message = "v(N), the value of all 2 players together, is -5; SHAPLEY divides the amount in proportion to "
                    + "the players' Shapley values, which add up to v(N), so v(N) must be above 0 (with v(N) < 0 every share "
                    + "would change sign): check the value of the coalition of all players";

            for (String policy : new String[] {"SHAPLEY", "EQUAL", null}) {
                assertThatThrownBy(() -> advisor.distribute(pair, request.withPolicy(policy)))
                        .as("policy %s", policy)
                        .isInstanceOf(InvalidCoalitionException.class)
                        .hasMessage("distribution.game: " + message);
            }
            assertThat(violations(() -> advisor.distribute(pair, request.withContributions(figures("a", -1, "b", 1)))))
                    .as("reported with the other problems").containsExactly(new Violation("distribution.contributions.a", "-1 is negative"),
                            new Violation("distribution.game", message));
        }

        @Test
        void aNamedPolicyWithoutItsInputsNamesWhatIsMissing() {
            assertThat(violations(() -> advisor.distribute(TRIO, DistributionRequest.of(eur("1.00")).withPolicy("SHAPLEY"))))
                    .extracting(Violation::path).containsExactly("distribution.game");
            assertThat(violations(() -> advisor.distribute(TRIO, DistributionRequest.of(eur("1.00")).withPolicy("PROPORTIONAL")
                    .withContributions(figures("a", 1, "b", 1, "c", 1, "zed", 1)))))
                    .containsExactly(new Violation("distribution.contributions.zed", "unknown member \"zed\""));
        }
    }

    @Nested
    class Voting {

        private void assertFiftyOneOfFiftyFortyNineOne(VotingPower power) {
            assertThat(power.banzhaf()).containsExactly(Map.entry("a", Fraction.of(3, 5)), Map.entry("b", Fraction.of(1, 5)),
                    Map.entry("c", Fraction.of(1, 5)));
            assertThat(power.banzhafRaw()).containsExactly(Map.entry("a", Fraction.of(3, 4)), Map.entry("b", Fraction.of(1, 4)),
                    Map.entry("c", Fraction.of(1, 4)));
            assertThat(power.shapleyShubik()).containsExactly(Map.entry("a", Fraction.of(2, 3)), Map.entry("b", Fraction.of(1, 6)),
                    Map.entry("c", Fraction.of(1, 6)));
            assertThat(power.swings()).containsExactly(Map.entry("a", BigInteger.valueOf(3)), Map.entry("b", BigInteger.ONE),
                    Map.entry("c", BigInteger.ONE));
            assertThat(power.vetoPlayers()).containsExactly("a");
            assertThat(power.nullPlayers()).isEmpty();
        }

        @Test
        void fiftyOneOfFiftyFortyNineAndOneGivesTheSmallestMemberAsMuchPowerAsTheSecond() {
            VotingAdvice advice = advisor.votingPower(TRIO, 51);

            assertFiftyOneOfFiftyFortyNineOne(advice.power());
            assertThat(advice.power().game().quota()).isEqualTo(51);
            assertThat(advice.power().game().weights()).containsExactly(Map.entry("a", 50L), Map.entry("b", 49L), Map.entry("c", 1L));
        }

        @Test
        void givenWeightsReplaceTheMembersWeights() {
            Coalition equalWeights = ValueCases.trio(1, 1, 1);
            Map<String, Long> weights = new LinkedHashMap<>();
            weights.put("c", 1L);
            weights.put("a", 50L);
            weights.put("b", 49L);

            VotingAdvice advice = advisor.votingPower(equalWeights, 51, weights);

            assertFiftyOneOfFiftyFortyNineOne(advice.power());
            assertThat(advice.power().game().weights()).containsExactly(Map.entry("a", 50L), Map.entry("b", 49L), Map.entry("c", 1L));
            assertThat(equalWeights.members()).allSatisfy(m -> assertThat(m.votingWeight()).isEqualTo(1));
        }

        @Test
        void givenWeightsMustNameEveryMember() {
            assertThat(violations(() -> advisor.votingPower(TRIO, 51, Map.of("a", 50L, "b", 49L))))
                    .containsExactly(new Violation("voting.weights.c",
                            "is missing: given weights replace the members' voting weights, so give one for every member"));
        }

        @Test
        void givenWeightsMustNameOnlyMembers() {
            Map<String, Long> weights = new LinkedHashMap<>(Map.of("a", 50L, "b", 49L, "c", 1L));
            weights.put("zed", 5L);

            assertThat(violations(() -> advisor.votingPower(TRIO, 51, weights)))
                    .containsExactly(new Violation("voting.weights.zed", "unknown member \"zed\""));
        }

        @Test
        void aMissingAndAnUnknownWeightAreBothReported() {
            assertThat(violations(() -> advisor.votingPower(TRIO, 51, Map.of("a", 50L, "b", 49L, "zed", 1L))))
                    .extracting(Violation::path).containsExactly("voting.weights.c", "voting.weights.zed");
        }

        @Test
        void aNegativeGivenWeightIsRefusedWithItsPath() {
            assertThat(violations(() -> advisor.votingPower(TRIO, 1, Map.of("a", 50L, "b", -1L, "c", 1L))))
                    .containsExactly(new Violation("voting.weights.b", "-1 is negative; a weight is an integer >= 0"));
        }

        @Test
        void aQuotaAboveTheTotalWeightIsRefused() {
            assertThatThrownBy(() -> advisor.votingPower(TRIO, 101))
                    .isInstanceOf(InvalidCoalitionException.class)
                    .hasMessage("voting.quota: 101 is above the total weight 100; no coalition could win: use a quota from 1 to 100");
        }

        @Test
        void aQuotaOfTheTotalWeightIsAccepted() {
            VotingAdvice advice = advisor.votingPower(TRIO, 100);

            assertThat(advice.power().vetoPlayers()).containsExactly("a", "b", "c");
        }

        @Test
        void aQuotaOfZeroIsRefused() {
            assertThat(violations(() -> advisor.votingPower(TRIO, 0))).extracting(Violation::path).containsExactly("voting.quota");
        }
    }

    @Nested
    class Ledger {

        private final Coalition education = ValueCases.coalitionOf("district", "edtech", "university");

        private CreditLedger credited() {
            return advisor.credit(education, CreditLedger.empty(), "university", "reading study", "district", 8, MARCH,
                    "The district redesigned its reading programme");
        }

        @Test
        void aCreditIsAppendedToANewLedger() {
            CreditLedger empty = CreditLedger.empty();
            CreditLedger ledger = advisor.credit(education, empty, "university", "reading study", "district", 8, MARCH, "Used it");

            assertThat(ledger.balance("university")).isEqualTo(8);
            assertThat(ledger.issued()).isEqualTo(8);
            assertThat(empty.size()).isZero();
        }

        @Test
        void aNonMemberCannotBeCredited() {
            assertThat(violations(() -> advisor.credit(education, CreditLedger.empty(), "zed", "study", "district", 8, MARCH, "Used")))
                    .containsExactly(new Violation("member", "unknown member \"zed\""));
        }

        @Test
        void aNonMemberCannotCredit() {
            assertThat(violations(() -> advisor.credit(education, CreditLedger.empty(), "edtech", "study", "zed", 8, MARCH, "Used")))
                    .containsExactly(new Violation("creditedBy", "unknown member \"zed\""));
        }

        @Test
        void twoNonMembersAreBothReported() {
            assertThat(violations(() -> advisor.credit(education, CreditLedger.empty(), "yan", "study", "zed", 8, MARCH, "Used")))
                    .extracting(Violation::path).containsExactly("creditedBy", "member");
        }

        @Test
        void aNonMemberCannotRedeem() {
            assertThat(violations(() -> advisor.redeem(education, credited(), "zed", "grant support", 1, MARCH, "Grant")))
                    .containsExactly(new Violation("member", "unknown member \"zed\""));
        }

        @Test
        void aRedemptionAboveTheBalanceFailsAndChangesNothing() {
            CreditLedger ledger = credited();
            List<?> before = ledger.entries();

            InsufficientCreditsException e = catchThrowableOfType(InsufficientCreditsException.class,
                    () -> advisor.redeem(education, ledger, "university", "grant support", 9, MARCH.plusDays(1), "Grant"));

            assertThat(e).isNotNull();
            assertThat(e.member()).isEqualTo("university");
            assertThat(e.balance()).isEqualTo(8);
            assertThat(e.requested()).isEqualTo(9);
            assertThat(ledger.entries()).isEqualTo(before);
            assertThat(ledger.balance("university")).isEqualTo(8);
            assertThat(ledger.redeemed()).isZero();

            CreditLedger after = advisor.redeem(education, ledger, "university", "grant support", 8, MARCH.plusDays(1), "Grant");
            assertThat(after.balance("university")).isZero();
            assertThat(after.issued() - after.redeemed()).isEqualTo(after.balances().values().stream().mapToLong(Long::longValue).sum());
        }
    }

    @Nested
    class UnknownMembers {

        @Test
        void aReviewRefusesATargetForANonMember() {
            Map<String, Fraction> targets = new LinkedHashMap<>();
            targets.put("a", Fraction.of(1, 2));
            targets.put("zed", Fraction.of(1, 2));

            assertThat(violations(() -> advisor.rebalance(TRIO, RebalancingPolicy.BALANCED, new Credits(10), targets,
                    Map.of("a", 0L, "zed", 0L), Map.of())))
                    .containsExactly(new Violation("targets.zed", "unknown member \"zed\""));
        }

        @Test
        void aReviewRefusesHistoryForAMemberWithoutTarget() {
            assertThat(violations(() -> advisor.rebalance(TRIO, RebalancingPolicy.BALANCED, new Credits(10),
                    Map.of("a", Fraction.ONE), Map.of("a", 0L), Map.of("zed", 1))))
                    .containsExactly(new Violation("history.zed", "unknown member \"zed\": it has no target"));
        }

        @Test
        void anAttributionRefusesAReportByANonMember() {
            Map<String, Map<String, Fraction>> reports = ValueCases.reports(
                    "a", ValueCases.report("zed", 1), "zed", ValueCases.report("a", 1));

            assertThat(violations(() -> advisor.attribute(TRIO, reports)))
                    .containsExactly(new Violation("reports.zed", "unknown member \"zed\""));
        }

        @Test
        void aPortfolioOfANonMemberIsRefused() {
            assertThat(violations(() -> advisor.assessPortfolios(TRIO, List.of(new ValuePortfolio("zed", Set.of(), Map.of(), Map.of())))))
                    .containsExactly(new Violation("portfolios[0].member", "unknown member \"zed\""));
        }
    }

    @Nested
    class ImmutableResults {

        @Test
        void aDistributionCannotBeChanged() {
            DistributionAdvice advice = advisor.distribute(TRIO, ValueCases.everythingGiven(Principle.EQUALITY).withPolicy("PROPORTIONAL"));

            assertThat(advice.findings()).isNotEmpty();
            assertThatThrownBy(() -> advice.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> advice.explanation().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> advice.explanation().get(0).inputs().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> advice.allocation().paidOut().put("a", 1L)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> advice.allocation().exactShares().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> advice.allocation().explanation().clear()).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void aDistributionDoesNotChangeWhenTheCallersMapsDo() {
            Map<String, Fraction> contributions = new LinkedHashMap<>(ValueCases.CONTRIBUTIONS);
            DistributionRequest request = DistributionRequest.of(eur("100.00")).withPolicy("PROPORTIONAL").withContributions(contributions);
            DistributionAdvice advice = advisor.distribute(TRIO, request);

            contributions.put("a", Fraction.of(1000));

            assertThat(request.contributions()).containsEntry("a", Fraction.of(5));
            assertThat(advisor.distribute(TRIO, request)).isEqualTo(advice);
        }

        @Test
        void votingPowerCannotBeChanged() {
            VotingAdvice advice = advisor.votingPower(ValueCases.trio(4, 4, 2), 8);

            assertThat(advice.findings()).isNotEmpty();
            assertThatThrownBy(() -> advice.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> advice.explanation().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> advice.power().banzhaf().put("a", Fraction.ONE)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> advice.power().banzhafRaw().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> advice.power().shapleyShubik().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> advice.power().swings().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> advice.power().nullPlayers().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> advice.power().vetoPlayers().add("a")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> advice.power().game().weights().put("a", 1L)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void votingPowerDoesNotChangeWhenTheCallersWeightsDo() {
            Map<String, Long> weights = new LinkedHashMap<>(Map.of("a", 50L, "b", 49L, "c", 1L));
            VotingAdvice advice = advisor.votingPower(TRIO, 51, weights);

            weights.put("a", 1L);

            assertThat(advice.power().game().weights()).containsEntry("a", 50L);
            assertThat(advice.power().banzhaf()).containsEntry("a", Fraction.of(3, 5));
        }

        @Test
        void portfoliosReviewsAndAttributionsCannotBeChanged() {
            PortfolioAdvice portfolios = advisor.assessPortfolios(TRIO, new ArrayList<>(List.of(
                    new ValuePortfolio("a", Set.of(ValueType.STRATEGIC), Map.of(), Map.of(ValueType.FINANCIAL, Fraction.ONE)))));
            assertThatThrownBy(() -> portfolios.portfolios().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> portfolios.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> portfolios.portfolios().get(0).receives().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> portfolios.portfolios().get(0).seeks().clear()).isInstanceOf(UnsupportedOperationException.class);

            RebalanceAdvice review = advisor.rebalance(TRIO, RebalancingPolicy.BALANCED, new Credits(10),
                    Map.of("a", Fraction.ONE), Map.of("a", 0L), Map.of());
            assertThatThrownBy(() -> review.review().standings().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> review.review().allocation().paidOut().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> review.explanation().clear()).isInstanceOf(UnsupportedOperationException.class);

            AttributionAdvice attribution = advisor.attribute(TRIO, ValueCases.disagreeingReports());
            assertThatThrownBy(() -> attribution.attribution().shares().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> attribution.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> attribution.attribution().explanation().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Threads {

        private static final int THREADS = 8;
        private static final int ROUNDS = 6;

        /** What a voting advice says, comparable with equals (VotingPower does not define equals). */
        private record VotingSnapshot(Map<String, Fraction> banzhaf, Map<String, Fraction> banzhafRaw,
                                      Map<String, Fraction> shapleyShubik, List<String> veto, List<String> nulls, Object findings,
                                      Object explanation) {
            static VotingSnapshot of(VotingAdvice a) {
                VotingPower p = a.power();
                return new VotingSnapshot(p.banzhaf(), p.banzhafRaw(), p.shapleyShubik(), p.vetoPlayers(), p.nullPlayers(),
                        a.findings(), a.explanation());
            }
        }

        private List<Callable<Object>> calls() {
            Coalition tech = ValueCases.coalitionOf("cloudco", "chipworks", "devhouse", "startup");
            Map<String, Fraction> targets = new LinkedHashMap<>();
            targets.put("a", Fraction.of(1, 2));
            targets.put("b", Fraction.of(1, 4));
            targets.put("c", Fraction.of(1, 4));
            return List.of(
                    () -> advisor.distribute(TRIO, ValueCases.everythingGiven(Principle.NEED, Principle.RECOGNITION_OF_ALL_VALUE_TYPES,
                            Principle.PROPORTIONALITY, Principle.EQUALITY)),
                    () -> advisor.distribute(TRIO, DistributionRequest.of(new Credits(600)).withGame(ValueCases.spoilerGame())
                            .withPolicy("SHAPLEY")),
                    () -> advisor.distribute(tech, DistributionRequest.of(eur("1000.00")).withPrinciples(Set.of(Principle.PROPORTIONALITY))
                            .withContributions(figures("cloudco", 40, "chipworks", 25, "devhouse", 20, "startup", 15))),
                    () -> VotingSnapshot.of(advisor.votingPower(TRIO, 51)),
                    () -> VotingSnapshot.of(advisor.votingPower(ValueCases.trio(40, 30, 30), 71)),
                    () -> advisor.assessPortfolios(TRIO, List.of(
                            new ValuePortfolio("a", Set.of(ValueType.STRATEGIC), Map.of(), Map.of(ValueType.FINANCIAL, Fraction.ONE)),
                            new ValuePortfolio("b", Set.of(ValueType.STRATEGIC, ValueType.INNOVATIVE), Map.of(),
                                    Map.of(ValueType.STRATEGIC, Fraction.ONE)))),
                    () -> advisor.rebalance(TRIO, RebalancingPolicy.BALANCED, new Credits(100), targets,
                            Map.of("a", 100L, "b", 80L, "c", 20L), Map.of("c", 3)),
                    () -> advisor.attribute(TRIO, ValueCases.disagreeingReports()));
        }

        @Test
        void eightThreadsSharingOneAdvisorGetTheAnswersOneThreadGets() throws Exception {
            List<Callable<Object>> calls = calls();
            List<Object> expected = new ArrayList<>();
            for (Callable<Object> call : calls) {
                expected.add(call.call());
            }
            List<Callable<Object>> tasks = new ArrayList<>();
            for (int round = 0; round < ROUNDS * THREADS; round++) {
                tasks.addAll(calls);
            }

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Object>> results = pool.invokeAll(tasks, 60, TimeUnit.SECONDS);
                for (int i = 0; i < results.size(); i++) {
                    assertThat(results.get(i).get()).as("task %d (call %d)", i, i % calls.size())
                            .isEqualTo(expected.get(i % calls.size()));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void theAllocationKeepsTheAmountItWasGiven() {
        Units amount = eur("12.34");

        assertThat(advisor.distribute(TRIO, DistributionRequest.of(amount)).allocation().amount()).isEqualTo(amount);
    }
}
