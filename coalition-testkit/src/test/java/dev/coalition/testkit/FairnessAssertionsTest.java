package dev.coalition.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.value.AllocationPolicy;
import dev.coalition.value.AllocationRequest;
import dev.coalition.value.EqualAllocation;
import dev.coalition.value.Fraction;
import dev.coalition.value.Money;
import dev.coalition.value.NeedWeightedAllocation;
import dev.coalition.value.Principle;
import dev.coalition.value.ProportionalAllocation;
import dev.coalition.value.ShapleyAllocation;
import dev.coalition.value.TableGame;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each law's assertion holds for the bundled policies and fails, saying why, for a policy that breaks it. */
class FairnessAssertionsTest {

    private static final List<AllocationPolicy> BUNDLED = List.of(new EqualAllocation(), new ProportionalAllocation(),
            new NeedWeightedAllocation(), new ShapleyAllocation());

    /** ma and mb cannot be told apart; mc contributes and needs more. */
    private static final AllocationRequest ALIKE = AllocationRequest.of(List.of("ma", "mb", "mc"), Money.parse("10.00", "EUR"))
            .withContributions(figures(1, 1, 2)).withNeeds(figures(1, 1, 2), Fraction.of(1, 2));

    /** A monotone game in which mc adds nothing to any coalition. */
    private static final TableGame NULL_MC = game(4, 4, 10);

    private static Map<String, Fraction> figures(long a, long b, long c) {
        Map<String, Fraction> figures = new LinkedHashMap<>();
        figures.put("ma", Fraction.of(a));
        figures.put("mb", Fraction.of(b));
        figures.put("mc", Fraction.of(c));
        return figures;
    }

    /** v(ma) = a, v(mb) = b, v(ma, mb) = ab; mc adds nothing. */
    private static TableGame game(long a, long b, long ab) {
        Map<Set<String>, Fraction> v = new HashMap<>();
        for (boolean withC : new boolean[]{false, true}) {
            v.put(with(withC, "ma"), Fraction.of(a));
            v.put(with(withC, "mb"), Fraction.of(b));
            v.put(with(withC, "ma", "mb"), Fraction.of(ab));
        }
        v.put(Set.of("mc"), Fraction.ZERO);
        return TableGame.of(List.of("ma", "mb", "mc"), v);
    }

    private static Set<String> with(boolean withC, String... players) {
        Set<String> s = new java.util.HashSet<>(List.of(players));
        if (withC) {
            s.add("mc");
        }
        return s;
    }

    @Test
    void theBundledPoliciesKeepEveryLawAPolicyKeeps() {
        qt().withExamples(300).forAll(TestkitGens.allocationRequests(RequestShape.defaults()))
                .checkAssert(r -> BUNDLED.forEach(p -> FairnessAssertions.assertFair(p, r)));
    }

    @Test
    void shapleyKeepsTheLawsOfTheGame() {
        GameShape games = GameShape.defaults().nullPlayerChance(0.5);
        qt().withExamples(300).forAll(TestkitGens.allocationRequests(RequestShape.defaults().game(games)))
                .checkAssert(r -> FairnessAssertions.assertLaws(new ShapleyAllocation(), r, FairnessLaw.all()));
    }

    @Test
    void eachLawsAssertionHoldsForTheBundledPoliciesOnAFixedRequest() {
        AllocationRequest withGame = ALIKE.withGame(NULL_MC);
        for (AllocationPolicy p : BUNDLED) {
            assertThatCode(() -> {
                FairnessAssertions.assertEfficient(p.allocate(withGame));
                FairnessAssertions.assertPaidOutAddsUp(p.allocate(withGame));
                FairnessAssertions.assertWithinOneUnit(p.allocate(withGame));
                FairnessAssertions.assertSymmetric(p, withGame);
                FairnessAssertions.assertInterchangeablePaidWithinOneUnit(p, withGame);
                FairnessAssertions.assertMonotoneInContribution(p, withGame);
                FairnessAssertions.assertDeterministic(p, withGame);
                FairnessAssertions.assertNoNegativeShareInMonotoneGame(p, withGame);
            }).as(p.name()).doesNotThrowAnyException();
        }
        assertThatCode(() -> FairnessAssertions.assertNullPlayerGetsNothing(new ShapleyAllocation(), withGame)).doesNotThrowAnyException();
    }

    @Test
    void efficiencyFailsWhenTheExactSharesLeaveAUnitOut() {
        assertThatThrownBy(() -> FairnessAssertions.assertEfficient(new UnfairPolicies.Skimming().allocate(ALIKE)))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        EFFICIENT broken by SKIMMING: the exact shares add up to the amount
                          why:    the exact shares add up to 999, not the amount's 1000 EUR minor units
                          input:  an allocation of 10.00 EUR among [ma, mb, mc]
                          shares: in EUR minor units: ma exact 997/3, paid 334 (3.34); mb exact 1000/3, paid 333 (3.33); \
                        mc exact 1000/3, paid 333 (3.33)""");
    }

    @Test
    void paidOutFailsWhenAUnitIsLost() {
        assertThatThrownBy(() -> FairnessAssertions.assertPaidOutAddsUp(new UnfairPolicies.ShortChange().allocate(ALIKE)))
                .hasMessageContaining("PAID_OUT_ADDS_UP broken by SHORT_CHANGE")
                .hasMessageContaining("why:    the payouts add up to 999, not the amount's 1000 EUR minor units");
    }

    @Test
    void withinOneUnitFailsWhenAPayoutStraysFromItsShare() {
        assertThatThrownBy(() -> FairnessAssertions.assertWithinOneUnit(new UnfairPolicies.RoundsForTheFirst().allocate(ALIKE)))
                .hasMessageContaining("WITHIN_ONE_UNIT broken by ROUNDS_FOR_THE_FIRST")
                .hasMessageContaining("why:    ma is paid 336 EUR minor units for an exact share of 1000/3");
    }

    @Test
    void symmetryFailsWhenMembersAlikeGetDifferentShares() {
        assertThatThrownBy(() -> FairnessAssertions.assertSymmetric(new UnfairPolicies.FavoursFirst(), ALIKE))
                .hasMessage("""
                        SYMMETRIC broken by FAVOURS_FIRST: members the request cannot tell apart (equal contributions and \
                        needs, interchangeable in the game) get equal exact shares
                          why:    ma and mb cannot be told apart (contribution 1, need 1), but ma's exact share is 1000 and mb's is 0
                          input:  members [ma, mb, mc], amount 10.00 EUR, contributions {ma=1, mb=1, mc=2}, \
                        needs {ma=1, mb=1, mc=2}, needWeight 1/2
                          shares: in EUR minor units: ma exact 1000, paid 1000 (10.00); mb exact 0, paid 0 (0.00); \
                        mc exact 0, paid 0 (0.00)""");
    }

    @Test
    void payoutSymmetryFailsWhenMembersAlikeArePaidTwoUnitsApart() {
        assertThatThrownBy(() -> FairnessAssertions.assertInterchangeablePaidWithinOneUnit(new UnfairPolicies.TipsTheFirst(), ALIKE))
                .hasMessageContaining("INTERCHANGEABLE_PAID_WITHIN_ONE_UNIT broken by TIPS_THE_FIRST")
                .hasMessageContaining("why:    ma and mb cannot be told apart (contribution 1, need 1), but ma is paid 335 and mb 332 EUR minor units");
        assertThatCode(() -> FairnessAssertions.assertSymmetric(new UnfairPolicies.TipsTheFirst(), ALIKE)).doesNotThrowAnyException();
    }

    @Test
    void monotonicityFailsWhenARaisedContributionLowersTheShare() {
        assertThatThrownBy(() -> FairnessAssertions.assertMonotoneInContribution(new UnfairPolicies.RewardsTheLeast(), ALIKE))
                .hasMessageContaining("MONOTONE_IN_CONTRIBUTION broken by REWARDS_THE_LEAST")
                .hasMessageContaining("why:    raising ma's contribution from 1 to 2 lowers its exact share from 400 to 250");
    }

    @Test
    void determinismFailsWhenTheSameRequestGetsOtherShares() {
        assertThatThrownBy(() -> FairnessAssertions.assertDeterministic(new UnfairPolicies.Moody(), ALIKE))
                .hasMessageContaining("DETERMINISTIC broken by MOODY")
                .hasMessageContaining("why:    asked again, the same request gets other shares: in EUR minor units: ma exact 0, paid 0 (0.00); "
                        + "mb exact 0, paid 0 (0.00); mc exact 1000, paid 1000 (10.00)");
    }

    @Test
    void theNullPlayerLawFailsWhenAPolicyIgnoresTheGame() {
        // EQUAL shares equally whatever the game: fair by its own promise, but not a division that follows the game
        assertThatThrownBy(() -> FairnessAssertions.assertNullPlayerGetsNothing(new EqualAllocation(), ALIKE.withGame(NULL_MC)))
                .hasMessageContaining("NULL_PLAYER_GETS_NOTHING broken by EQUAL")
                .hasMessageContaining("why:    mc adds nothing to any coalition of the game, but its exact share is 1000/3 EUR minor units")
                .hasMessageContaining("game {ma=4 mb=4 ma+mb=10 mc=0 ma+mc=4 mb+mc=4 ma+mb+mc=10}");
    }

    @Test
    void theNoNegativeShareLawFailsWhenAMemberPaysInAMonotoneGame() {
        assertThatThrownBy(() -> FairnessAssertions.assertNoNegativeShareInMonotoneGame(new UnfairPolicies.ChargesTheLast(),
                ALIKE.withGame(NULL_MC)))
                .hasMessageContaining("NO_NEGATIVE_SHARE_IN_MONOTONE_GAME broken by CHARGES_THE_LAST")
                .hasMessageContaining("why:    the game is monotone with values >= 0, but exact shares are negative: mc -100 EUR minor units");
    }

    @Test
    void assertFairListsEveryLawBrokenAndARefusalIsACounterexample() {
        assertThatThrownBy(() -> FairnessAssertions.assertFair(new UnfairPolicies.FavoursFirst(), ALIKE))
                .hasMessageContaining("SYMMETRIC broken by FAVOURS_FIRST")
                .hasMessageContaining("INTERCHANGEABLE_PAID_WITHIN_ONE_UNIT broken by FAVOURS_FIRST");
        AllocationRequest noGame = AllocationRequest.of(List.of("ma", "mb"), Money.parse("1.00", "EUR"));
        assertThatThrownBy(() -> FairnessAssertions.assertFair(new ShapleyAllocation(), noGame))
                .hasMessageContaining("ANSWERS_VALID_REQUEST broken by SHAPLEY")
                .hasMessageContaining("why:    the request was refused: InvalidCoalitionException: distribution.game: is required for SHAPLEY");
    }

    @Test
    void anAdvisorIsAssertedThroughDistribute() {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.withDefaultPolicies()) {
            Coalition c = Coalitions.ofIds(List.of("ma", "mb", "mc"));
            DistributionRequest recognition = DistributionRequest.of(Money.parse("10.00", "EUR")).withGame(NULL_MC)
                    .withPrinciples(Set.of(Principle.RECOGNITION_OF_ALL_VALUE_TYPES)).withContributions(figures(1, 1, 2));
            assertThatCode(() -> FairnessAssertions.assertFair(advisor, c, recognition)).doesNotThrowAnyException();
            // EQUAL named: the laws of the game do not apply, as the request does not ask the game to decide
            assertThatCode(() -> FairnessAssertions.assertFair(advisor, c, recognition.withPolicy("EQUAL"))).doesNotThrowAnyException();
            qt().withExamples(50).forAll(TestkitGens.distributions(RequestShape.forAdvisor()))
                    .checkAssert(d -> FairnessAssertions.assertFair(advisor, d.coalition(), d.request()));
        }
    }
}
