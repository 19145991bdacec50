package dev.coalition.rules;

import static dev.coalition.rules.Explanations.ruleIds;
import static dev.coalition.rules.Explanations.steps;
import static dev.coalition.rules.ValueCases.report;
import static dev.coalition.rules.ValueCases.reports;
import static dev.coalition.rules.ValueCases.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.rules.api.AttributionAdvice;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.PortfolioAdvice;
import dev.coalition.rules.api.RebalanceAdvice;
import dev.coalition.rules.api.Severity;
import dev.coalition.rules.internal.DecisionRunner;
import dev.coalition.rules.value.AttributionOutcome;
import dev.coalition.value.Credits;
import dev.coalition.value.Fraction;
import dev.coalition.value.Guarantee;
import dev.coalition.value.PeerAttribution;
import dev.coalition.value.RebalancingPolicy;
import dev.coalition.value.Sampling;
import dev.coalition.value.ShapleyValues;
import dev.coalition.value.ValuePortfolio;
import dev.coalition.value.ValueType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * value-findings.drl, value-portfolios.drl, value-review.drl and value-attribution.drl: each
 * finding, when it is raised and when it is not.
 */
class ValueFindingsTest {

    private static final Coalition TRIO = ValueCases.trio();

    private static CoalitionAdvisor advisor;
    /** value.exactShapleyMaxPlayers 2, value.persistentReviews 3, value.belowTargetFulfilment 0.96. */
    private static CoalitionAdvisor tuned;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
        tuned = CoalitionAdvisor.builder()
                .setting("value.exactShapleyMaxPlayers", 2)
                .setting("value.persistentReviews", 3)
                .setting("value.belowTargetFulfilment", "0.96")
                .build();
    }

    @AfterAll
    static void close() {
        advisor.close();
        tuned.close();
    }

    @Nested
    class NegativeShares {

        @Test
        void negativeSharesOfANonMonotoneGameAreReportedNotClipped() {
            DistributionAdvice advice = advisor.distribute(TRIO, DistributionRequest.of(new Credits(600))
                    .withGame(ValueCases.spoilerGame()).withPolicy("SHAPLEY"));

            // Shapley values 5, 5, -4 of v(N) = 6: 600 credits give 500, 500, -400
            assertThat(advice.allocation().exactShares()).containsExactly(Map.entry("a", Fraction.of(500)),
                    Map.entry("b", Fraction.of(500)), Map.entry("c", Fraction.of(-400)));
            assertThat(advice.allocation().paidOut()).containsExactly(Map.entry("a", 500L), Map.entry("b", 500L),
                    Map.entry("c", -400L));
            assertThat(withId(advice.findings(), "NEGATIVE_SHARES")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.subject()).isEqualTo("c");
                assertThat(f.reason()).isEqualTo("The share of \"c\" is negative (paid out as -400 credits): it pays into the "
                        + "distribution, and the other members share more than the amount between them. Its Shapley value is "
                        + "negative: the game is not monotone, and on average over the orders in which the members could join, "
                        + "\"c\" lowers the value of the coalition it joins. The share is kept as it is, not clipped: check the "
                        + "game's values.");
            });
            assertThat(steps(advice.explanation(), "value.finding.negative-shares")).hasSize(1);
        }

        @Test
        void eachMemberWithANegativeShareHasAFindingOfItsOwn() {
            // b and c each halve what they join: v(a) = 12, v(ab) = v(ac) = 6, v(abc) = 3, b and c alone 0, v(bc) = 0.
            // Shapley values a 7, b -2, c -2 of v(N) = 3: 30.00 EUR gives 70.00, -20.00 and -20.00
            DistributionAdvice advice = advisor.distribute(TRIO, DistributionRequest.of(ValueCases.eur("30.00"))
                    .withGame(ValueCases.game(List.of("a", "b", "c"), 12, 0, 6, 0, 6, 0, 3)).withPolicy("SHAPLEY"));

            assertThat(advice.allocation().paidOut()).containsExactly(Map.entry("a", 7_000L), Map.entry("b", -2_000L),
                    Map.entry("c", -2_000L));
            assertThat(withId(advice.findings(), "NEGATIVE_SHARES")).extracting(Finding::subject).containsExactly("b", "c");
            assertThat(withId(advice.findings(), "NEGATIVE_SHARES")).first()
                    .satisfies(f -> assertThat(f.reason()).startsWith("The share of \"b\" is negative (paid out as -20.00 EUR):"));
            assertThat(steps(advice.explanation(), "value.finding.negative-shares")).hasSize(2);
        }

        @Test
        void aMonotoneGameGivesNoNegativeShares() {
            DistributionAdvice advice = advisor.distribute(TRIO, DistributionRequest.of(new Credits(90))
                    .withGame(ValueCases.trioGame()).withPolicy("SHAPLEY"));

            assertThat(advice.allocation().paidOut()).containsExactly(Map.entry("a", 20L), Map.entry("b", 30L), Map.entry("c", 40L));
            assertThat(withId(advice.findings(), "NEGATIVE_SHARES")).isEmpty();
            assertThat(ruleIds(advice.explanation())).doesNotContain("value.finding.negative-shares");
        }
    }

    @Nested
    class ApproximateShares {

        private final Sampling sampling = new Sampling(9.0, 0.05, 42L);

        private DistributionRequest request() {
            return DistributionRequest.of(ValueCases.eur("90.00")).withGame(ValueCases.trioGame()).withSampling(sampling)
                    .withPolicy("SHAPLEY");
        }

        @Test
        void aGameAboveTheExactLimitIsSampledAndSaysHowFarItCanBeOff() {
            DistributionAdvice advice = tuned.distribute(TRIO, request());

            assertThat(advice.allocation().guarantee()).isEqualTo(Guarantee.APPROXIMATE);
            ShapleyValues.Approximation a = advice.allocation().approximation().orElseThrow();
            assertThat(a.permutations()).isEqualTo(sampling.permutations(3, 90));
            assertThat(a.seed()).isEqualTo(42L);
            assertThat(withId(advice.findings(), "APPROXIMATE_SHARES")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.subject()).isEqualTo("SHAPLEY");
                assertThat(f.reason()).isEqualTo("The game has too many players to solve exactly (value.exactShapleyMaxPlayers), "
                        + "so the shares were estimated by sampling: " + a.permutations() + " orderings, each share within 9.0 "
                        + "(in the game's units) with probability at least " + (1 - 0.05) + ".");
            });
            assertThat(ruleIds(advice.explanation())).contains("value.finding.approximate-shares");
        }

        @Test
        void theSameSeedGivesTheSameEstimate() {
            assertThat(tuned.distribute(TRIO, request())).isEqualTo(tuned.distribute(TRIO, request()));
        }

        @Test
        void aGameWithinTheDefaultLimitIsSolvedExactly() {
            DistributionAdvice advice = advisor.distribute(TRIO, request());

            assertThat(advice.allocation().guarantee()).isEqualTo(Guarantee.EXACT);
            assertThat(advice.allocation().approximation()).isEmpty();
            assertThat(withId(advice.findings(), "APPROXIMATE_SHARES")).isEmpty();
            assertThat(ruleIds(advice.explanation())).doesNotContain("value.finding.approximate-shares");
        }

        @Test
        void aGameAtTheLimitIsSolvedExactly() {
            Coalition pair = ValueCases.coalitionOf("a", "b");
            DistributionAdvice advice = tuned.distribute(pair, DistributionRequest.of(new Credits(30))
                    .withGame(ValueCases.game(List.of("a", "b"), 10, 20, 30)).withSampling(sampling).withPolicy("SHAPLEY"));

            assertThat(advice.allocation().guarantee()).isEqualTo(Guarantee.EXACT);
            assertThat(withId(advice.findings(), "APPROXIMATE_SHARES")).isEmpty();
        }

        /** A counting game (each player adds 1) of n players dividing 100 credits a player, sampling given. */
        private DistributionRequest countingGameOf(int n) {
            return DistributionRequest.of(new Credits(100L * n)).withGame(ValueCases.countingGame(ValueCases.numberedIds(n)))
                    .withSampling(new Sampling(1.0, 0.05, 7L)).withPolicy("SHAPLEY");
        }

        @Test
        void aGameOfTwentyPlayersIsAtTheDefaultLimitAndSolvedExactly() {
            // value.exactShapleyMaxPlayers defaults to 20
            DistributionAdvice advice = advisor.distribute(ValueCases.numbered(20), countingGameOf(20));

            assertThat(advice.allocation().guarantee()).isEqualTo(Guarantee.EXACT);
            assertThat(advice.allocation().approximation()).isEmpty();
            assertThat(advice.allocation().exactShares()).hasSize(20).allSatisfy((id, share) ->
                    assertThat(share).isEqualTo(Fraction.of(100)));
            assertThat(withId(advice.findings(), "APPROXIMATE_SHARES")).isEmpty();
        }

        @Test
        void aGameOfTwentyOnePlayersIsAboveTheDefaultLimitAndSampled() {
            DistributionAdvice advice = advisor.distribute(ValueCases.numbered(21), countingGameOf(21));

            assertThat(advice.allocation().guarantee()).isEqualTo(Guarantee.APPROXIMATE);
            assertThat(advice.allocation().approximation()).hasValueSatisfying(a -> assertThat(a.seed()).isEqualTo(7L));
            assertThat(withId(advice.findings(), "APPROXIMATE_SHARES")).singleElement()
                    .satisfies(f -> assertThat(f.subject()).isEqualTo("SHAPLEY"));
        }

        @Test
        void aGameAboveTheLimitWithoutSamplingIsRefused() {
            assertThatThrownBy(() -> tuned.distribute(TRIO, DistributionRequest.of(new Credits(90)).withGame(ValueCases.trioGame())
                    .withPolicy("SHAPLEY")))
                    .isInstanceOf(InvalidCoalitionException.class)
                    .hasMessageStartingWith("distribution.sampling: is required: 3 players are more than the 2 solved exactly");
        }
    }

    @Nested
    class Portfolios {

        private final Coalition tech = ValueCases.coalitionOf("cloudco", "devhouse", "startup");

        private PortfolioAdvice assess(ValuePortfolio... portfolios) {
            return advisor.assessPortfolios(tech, List.of(portfolios));
        }

        @Test
        void aPortfolioThatServesNothingTheMemberSeeksIsARetentionRisk() {
            PortfolioAdvice advice = assess(new ValuePortfolio("startup", Set.of(ValueType.STRATEGIC),
                    Map.of(ValueType.INNOVATIVE, Fraction.of(15)), Map.of(ValueType.FINANCIAL, Fraction.of(10))));

            assertThat(advice.findings()).singleElement().satisfies(f -> {
                assertThat(f.id()).isEqualTo("PORTFOLIO_SERVES_NOTHING_SOUGHT");
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.subject()).isEqualTo("startup");
                assertThat(f.reason()).isEqualTo("\"startup\" seeks [STRATEGIC] but receives none of it: redesign its portfolio "
                        + "around what it seeks.");
            });
            assertThat(ruleIds(advice.explanation())).containsExactly("value.finding.portfolio-serves-nothing");
        }

        @Test
        void receivingNothingOfASoughtTypeServesNothing() {
            PortfolioAdvice advice = assess(new ValuePortfolio("startup", Set.of(ValueType.STRATEGIC), Map.of(),
                    Map.of(ValueType.STRATEGIC, Fraction.ZERO)));

            assertThat(advice.findings()).extracting(Finding::id).containsExactly("PORTFOLIO_SERVES_NOTHING_SOUGHT");
        }

        @Test
        void aPortfolioServingWhatTheMemberSeeksRaisesNoFinding() {
            PortfolioAdvice advice = assess(new ValuePortfolio("cloudco", Set.of(ValueType.STRATEGIC),
                    Map.of(ValueType.OPERATIONAL, Fraction.of(40)), Map.of(ValueType.STRATEGIC, Fraction.of(30))));

            assertThat(advice.findings()).isEmpty();
            assertThat(advice.explanation()).isEmpty();
        }

        @Test
        void aMemberThatSeeksNothingIsNotUnderServed() {
            PortfolioAdvice advice = assess(new ValuePortfolio("cloudco", Set.of(), Map.of(), Map.of(ValueType.FINANCIAL, Fraction.ONE)));

            assertThat(advice.findings()).isEmpty();
        }

        @Test
        void aPortfolioThatServesOnlyPartOfWhatTheMemberSeeksIsWorthWidening() {
            PortfolioAdvice advice = assess(new ValuePortfolio("devhouse", Set.of(ValueType.OPERATIONAL, ValueType.REPUTATIONAL),
                    Map.of(ValueType.OPERATIONAL, Fraction.of(20)), Map.of(ValueType.OPERATIONAL, Fraction.of(10))));

            assertThat(advice.findings()).singleElement().satisfies(f -> {
                assertThat(f.id()).isEqualTo("PORTFOLIO_PARTLY_SERVED");
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.subject()).isEqualTo("devhouse");
                assertThat(f.reason()).isEqualTo("\"devhouse\" receives [OPERATIONAL] of the [OPERATIONAL, REPUTATIONAL] it seeks: "
                        + "consider adding the rest.");
            });
            assertThat(ruleIds(advice.explanation())).containsExactly("value.finding.portfolio-partly-served");
        }

        @Test
        void aPortfolioServingEverythingSoughtIsNotPartlyServed() {
            PortfolioAdvice advice = assess(new ValuePortfolio("devhouse", Set.of(ValueType.OPERATIONAL, ValueType.REPUTATIONAL),
                    Map.of(), Map.of(ValueType.OPERATIONAL, Fraction.of(10), ValueType.REPUTATIONAL, Fraction.of(1))));

            assertThat(advice.findings()).isEmpty();
        }

        @Test
        void aPortfolioServingNothingIsNotAlsoPartlyServed() {
            PortfolioAdvice advice = assess(new ValuePortfolio("devhouse", Set.of(ValueType.OPERATIONAL, ValueType.REPUTATIONAL),
                    Map.of(), Map.of(ValueType.FINANCIAL, Fraction.of(10))));

            assertThat(advice.findings()).extracting(Finding::id).containsExactly("PORTFOLIO_SERVES_NOTHING_SOUGHT");
        }

        @Test
        void eachPortfolioIsAssessedOnItsOwn() {
            PortfolioAdvice advice = assess(
                    new ValuePortfolio("cloudco", Set.of(ValueType.STRATEGIC), Map.of(), Map.of(ValueType.STRATEGIC, Fraction.ONE)),
                    new ValuePortfolio("devhouse", Set.of(ValueType.OPERATIONAL, ValueType.REPUTATIONAL), Map.of(),
                            Map.of(ValueType.OPERATIONAL, Fraction.ONE)),
                    new ValuePortfolio("startup", Set.of(ValueType.STRATEGIC), Map.of(), Map.of(ValueType.FINANCIAL, Fraction.ONE)));

            assertThat(advice.findings()).extracting(f -> f.id() + " " + f.subject()).containsExactlyInAnyOrder(
                    "PORTFOLIO_PARTLY_SERVED devhouse", "PORTFOLIO_SERVES_NOTHING_SOUGHT startup");
        }
    }

    @Nested
    class NextReview {

        private final Coalition pair = ValueCases.coalitionOf("a", "b");

        private Map<String, Fraction> halves() {
            Map<String, Fraction> targets = new LinkedHashMap<>();
            targets.put("a", Fraction.of(1, 2));
            targets.put("b", Fraction.of(1, 2));
            return targets;
        }

        @Test
        void aDatedReviewSaysWhenTheNextIsDueOneQuarterLater() {
            RebalanceAdvice advice = advisor.rebalance(pair, RebalancingPolicy.BALANCED, new Credits(10), halves(),
                    Map.of("a", 5L, "b", 5L), Map.of(), java.time.LocalDate.of(2024, 3, 31));

            assertThat(advice.nextReviewOn()).isEqualTo(java.time.LocalDate.of(2024, 6, 30));
            assertThat(advice.explanation()).filteredOn(s -> s.rule().equals("value.next-review")).singleElement()
                    .satisfies(s -> assertThat(s.reason()).isEqualTo(
                            "Reviews come every 3 month(s), so the next one is due on 2024-06-30."));
        }

        @Test
        void theReviewPeriodIsASetting() {
            try (CoalitionAdvisor monthly = CoalitionAdvisor.builder().setting("value.reviewPeriodMonths", 1).build()) {
                RebalanceAdvice advice = monthly.rebalance(pair, RebalancingPolicy.BALANCED, new Credits(10), halves(),
                        Map.of("a", 5L, "b", 5L), Map.of(), java.time.LocalDate.of(2024, 1, 31));
                assertThat(advice.nextReviewOn()).isEqualTo(java.time.LocalDate.of(2024, 2, 29));
            }
        }

        @Test
        void anUndatedReviewSetsNoNextDate() {
            RebalanceAdvice advice = advisor.rebalance(pair, RebalancingPolicy.BALANCED, new Credits(10), halves(),
                    Map.of("a", 5L, "b", 5L), Map.of());

            assertThat(advice.nextReviewOn()).isNull();
            assertThat(advice.explanation()).noneMatch(s -> s.rule().equals("value.next-review"));
        }
    }

    @Nested
    class PersistentlyBelowTarget {

        private final Coalition pair = ValueCases.coalitionOf("a", "b");

        /**
         * Targets 1/2 each; a has received 100 - bReceived, b bReceived; IMMEDIATE pays 50 of a
         * budget of 100 to each, so b ends at (bReceived + 50) of the 100 due: fulfilment
         * (bReceived + 50) / 100.
         */
        private RebalanceAdvice review(CoalitionAdvisor with, long bReceived, int bPreviousReviewsBelow) {
            Map<String, Fraction> targets = new LinkedHashMap<>();
            targets.put("a", Fraction.of(1, 2));
            targets.put("b", Fraction.of(1, 2));
            return with.rebalance(pair, RebalancingPolicy.IMMEDIATE, new Credits(100), targets,
                    Map.of("a", 100 - bReceived, "b", bReceived), Map.of("b", bPreviousReviewsBelow));
        }

        @Test
        void aMemberBelowTargetAtTwoReviewsInARowIsPersistentlyUnderServed() {
            RebalanceAdvice advice = review(advisor, 44, 1);

            assertThat(advice.review().standings().get(1).fulfilment()).isEqualTo(Fraction.of(94, 100));
            assertThat(advice.findings()).singleElement().satisfies(f -> {
                assertThat(f.id()).isEqualTo("PERSISTENTLY_BELOW_TARGET");
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.subject()).isEqualTo("b");
                assertThat(f.reason()).isEqualTo("\"b\" has received 0.94 of its target share after 2 reviews in a row below 0.95: "
                        + "rebalancing alone is not catching it up; revisit its target or what it is offered.");
            });
            assertThat(steps(advice.explanation(), "value.finding.persistently-below-target")).hasSize(1);
        }

        @Test
        void aMemberBelowTargetForTheFirstTimeIsNotYetPersistentlyUnderServed() {
            RebalanceAdvice advice = review(advisor, 44, 0);

            assertThat(advice.review().belowTarget()).containsExactly("b");
            assertThat(advice.findings()).isEmpty();
            assertThat(ruleIds(advice.explanation())).doesNotContain("value.finding.persistently-below-target");
        }

        @Test
        void aMemberAtTheToleratedFulfilmentIsNotUnderServed() {
            RebalanceAdvice advice = review(advisor, 45, 5);

            assertThat(advice.review().standings().get(1).fulfilment()).isEqualTo(Fraction.of(95, 100));
            assertThat(advice.findings()).isEmpty();
        }

        @Test
        void aMemberOnTargetIsNotUnderServed() {
            assertThat(review(advisor, 50, 5).findings()).isEmpty();
        }

        @Test
        void moreReviewsInARowAreNeededWhenValuePersistentReviewsIsRaised() {
            assertThat(review(tuned, 44, 1).findings()).as("2 reviews in a row, 3 needed").isEmpty();

            assertThat(review(tuned, 44, 2).findings()).singleElement().satisfies(f -> {
                assertThat(f.id()).isEqualTo("PERSISTENTLY_BELOW_TARGET");
                assertThat(f.reason()).startsWith("\"b\" has received 0.94 of its target share after 3 reviews in a row below 0.96:");
            });
        }

        @Test
        void aHigherValueBelowTargetFulfilmentCountsMoreMembersAsBelowTarget() {
            assertThat(review(advisor, 45, 2).findings()).as("0.95 is not below 0.95").isEmpty();

            assertThat(review(tuned, 45, 2).findings()).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("b");
                assertThat(f.reason()).startsWith("\"b\" has received 0.95 of its target share after 3 reviews in a row below 0.96:");
            });
        }
    }

    @Nested
    class Attribution {

        @Test
        void disagreeingReportsAmongThreeLeaveCreditUnallocated() {
            AttributionAdvice advice = advisor.attribute(TRIO, ValueCases.disagreeingReports());

            assertThat(advice.attribution().shares()).containsExactly(Map.entry("a", Fraction.of(2, 7)),
                    Map.entry("b", Fraction.of(1, 4)), Map.entry("c", Fraction.of(2, 5)));
            assertThat(advice.attribution().unallocated()).isEqualTo(Fraction.of(9, 140));
            assertThat(advice.findings()).singleElement().satisfies(f -> {
                assertThat(f.id()).isEqualTo("UNALLOCATED_CREDIT");
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.subject()).isEqualTo("attribution");
                assertThat(f.reason()).isEqualTo("The three reports disagree, so 0.0643 of the credit stays unallocated: giving it to "
                        + "anyone would let that member's own report change its share. Discuss the reports, or hold it for the next round.");
            });
            assertThat(steps(advice.explanation(), "value.finding.unallocated-credit")).hasSize(1);
        }

        @Test
        void agreeingReportsAmongThreeAllocateEverything() {
            AttributionAdvice advice = advisor.attribute(TRIO, ValueCases.agreeingReports());

            assertThat(advice.attribution().shares()).containsExactly(Map.entry("a", Fraction.of(1, 6)),
                    Map.entry("b", Fraction.of(1, 3)), Map.entry("c", Fraction.of(1, 2)));
            assertThat(advice.attribution().unallocated()).isEqualTo(Fraction.ZERO);
            assertThat(advice.findings()).isEmpty();
            assertThat(ruleIds(advice.explanation())).doesNotContain("value.finding.unallocated-credit");
        }

        @Test
        void disagreeingReportsAmongFourLeaveNothingUnallocated() {
            Coalition four = ValueCases.coalitionOf("a", "b", "c", "d");
            AttributionAdvice advice = advisor.attribute(four, sharplyDisagreeingFour());

            assertThat(advice.attribution().rule()).isNotEqualTo("DMT_THREE_PERSON");
            assertThat(advice.attribution().unallocated()).isEqualTo(Fraction.ZERO);
            assertThat(Fraction.sum(advice.attribution().shares().values())).isEqualTo(Fraction.ONE);
            assertThat(withId(advice.findings(), "UNALLOCATED_CREDIT")).isEmpty();
        }

        /**
         * NEGATIVE_ATTRIBUTION cannot be raised through the facade: PeerAttribution never gives a
         * negative share (see {@code ValuePropertiesTest.peerAttributionNeverGivesANegativeShare}
         * and the proof there), so the rule is shown firing on an attribution built by hand and
         * run through the bundled rules directly.
         */
        @Test
        void sharplyDisagreeingReportsThatGiveANegativeShareAreAWarning() {
            Map<String, Fraction> shares = new LinkedHashMap<>();
            shares.put("a", Fraction.of(3, 4));
            shares.put("b", Fraction.of(1, 2));
            shares.put("c", Fraction.of(-1, 4));
            shares.put("d", Fraction.ZERO);
            DecisionRunner.Outcome outcome = ValueCases.DirectRuns.run(ValueCases.coalitionOf("a", "b", "c", "d"),
                    new AttributionOutcome(new PeerAttribution.Attribution(shares, Fraction.ZERO, "DMT_EXACT", List.of())));

            assertThat(ValueCases.DirectRuns.findings(outcome)).singleElement().satisfies(f -> {
                assertThat(f.id()).isEqualTo("NEGATIVE_ATTRIBUTION");
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.subject()).isEqualTo("attribution");
                assertThat(f.reason()).isEqualTo("1 member(s) got a negative share because the reports disagree sharply: "
                        + "review the reports before using the result.");
            });
            assertThat(ruleIds(outcome.explanation())).containsExactly("value.finding.negative-attribution");
        }

        @Test
        void sharesOfZeroAndAboveAreNotNegative() {
            Map<String, Fraction> shares = new LinkedHashMap<>();
            shares.put("a", Fraction.of(3, 4));
            shares.put("b", Fraction.of(1, 4));
            shares.put("c", Fraction.ZERO);
            shares.put("d", Fraction.ZERO);
            DecisionRunner.Outcome outcome = ValueCases.DirectRuns.run(ValueCases.coalitionOf("a", "b", "c", "d"),
                    new AttributionOutcome(new PeerAttribution.Attribution(shares, Fraction.ZERO, "DMT_EXACT", List.of())));

            assertThat(ValueCases.DirectRuns.findings(outcome)).isEmpty();
        }

        @Test
        void sharplyDisagreeingReportsAmongFourStillGiveNoNegativeShareThroughTheFacade() {
            AttributionAdvice advice = advisor.attribute(ValueCases.coalitionOf("a", "b", "c", "d"), sharplyDisagreeingFour());

            assertThat(advice.attribution().shares().values()).allSatisfy(s -> assertThat(s.signum()).isNotNegative());
            assertThat(withId(advice.findings(), "NEGATIVE_ATTRIBUTION")).isEmpty();
            assertThat(ruleIds(advice.explanation())).doesNotContain("value.finding.negative-attribution");
        }

        /** Each member rates one other member 10,000 times above the rest, each a different one. */
        private Map<String, Map<String, Fraction>> sharplyDisagreeingFour() {
            return reports(
                    "a", report("b", 10_000, "c", 1, "d", 1),
                    "b", report("a", 1, "c", 10_000, "d", 1),
                    "c", report("a", 1, "b", 1, "d", 10_000),
                    "d", report("a", 10_000, "b", 1, "c", 1));
        }
    }
}
