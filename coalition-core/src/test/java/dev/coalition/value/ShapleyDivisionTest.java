package dev.coalition.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.core.InvalidCoalitionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What makes a division in proportion to Shapley values meaningful: v(N) &gt; 0, negative values
 * kept and paid exactly, shares that fit the amount's units; and fractions written as people
 * write them.
 */
class ShapleyDivisionTest {

    private static final ShapleyAllocation SHAPLEY = new ShapleyAllocation();

    /** A two-player game: v(a), v(b), v(ab). */
    private static TableGame pair(long a, long b, long ab) {
        Map<Set<String>, Fraction> v = new LinkedHashMap<>();
        v.put(Set.of("a"), Fraction.of(a));
        v.put(Set.of("b"), Fraction.of(b));
        v.put(Set.of("a", "b"), Fraction.of(ab));
        return TableGame.of(List.of("a", "b"), v);
    }

    private static Allocation divide(Units amount, TableGame game) {
        return SHAPLEY.allocate(AllocationRequest.of(game.players(), amount).withGame(game));
    }

    @Test
    void aGameWorthLessThanNothingTogetherIsRefused() {
        // the game: a raises every coalition it joins, yet with v(N) = -5 it would pay 250.00 EUR
        assertThatThrownBy(() -> divide(Money.parse("100.00", "EUR"), pair(10, -20, -5)))
                .isInstanceOf(InvalidCoalitionException.class)
                .hasMessage("distribution.game: v(N), the value of all 2 players together, is -5; SHAPLEY divides the amount "
                        + "in proportion to the players' Shapley values, which add up to v(N), so v(N) must be above 0 "
                        + "(with v(N) < 0 every share would change sign): check the value of the coalition of all players");
        // both Shapley values negative (-5/2, -7/2): both would be paid, the larger destroyer more
        assertThatThrownBy(() -> divide(Money.parse("100.00", "EUR"), pair(-1, -2, -6)))
                .hasMessageContaining("is -6; SHAPLEY divides the amount");
    }

    @Test
    void aGameWorthNothingTogetherIsRefusedBeforeItsValuesAreComputed() {
        assertThatThrownBy(() -> divide(new Credits(10), pair(3, -3, 0)))
                .hasMessageStartingWith("distribution.game: v(N), the value of all 2 players together, is 0;");
    }

    @Test
    void aFractionalPositiveWorthIsEnough() {
        Map<Set<String>, Fraction> v = new LinkedHashMap<>();
        v.put(Set.of("a"), Fraction.ZERO);
        v.put(Set.of("b"), Fraction.ZERO);
        v.put(Set.of("a", "b"), Fraction.of(1, 1000));
        Allocation a = divide(new Credits(10), TableGame.of(List.of("a", "b"), v));

        assertThat(a.paidOut()).containsExactly(Map.entry("a", 5L), Map.entry("b", 5L));
    }

    @Test
    void aMemberWithANegativeValuePaysAndTheAmountIsStillPaidOutExactly() {
        // phi_a = (10 + (6 - -4)) / 2 = 10, phi_b = (-4 + (6 - 10)) / 2 = -4; v(N) = 6
        Allocation a = divide(Money.parse("100.00", "EUR"), pair(10, -4, 6));

        assertThat(a.exactShares()).containsExactly(Map.entry("a", Fraction.of(50_000, 3)), Map.entry("b", Fraction.of(-20_000, 3)));
        assertThat(a.paidOut()).containsExactly(Map.entry("a", 16_667L), Map.entry("b", -6_667L));
        assertThat(a.paidOut().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10_000L);
        assertThat(a.negativeShares()).containsExactly("b");
        assertThat(a.explanation()).contains("The game is not monotone: b has a negative Shapley value, kept as it is.");
        assertThat(FairnessLaws.withinOneUnit(a)).isTrue();
    }

    @Test
    void aShareBeyondWhatAPayoutCanHoldIsRefusedNamingTheGame() {
        // phi_a = (20 + 120 - 10^17) / 2 of v(N) = 120: 1000.00 EUR times that over 120 is about -4 * 10^19 cents
        assertThatThrownBy(() -> divide(Money.parse("1000.00", "EUR"), pair(20, 100_000_000_000_000_000L, 120)))
                .isInstanceOf(InvalidCoalitionException.class)
                .hasMessageStartingWith("distribution.game: gives \"a\" a share of about -416666666666666083.33 EUR, more than a "
                        + "payout can hold (at most 92233720368547758.07 EUR either way): the game's values are out of proportion "
                        + "to v(N) = 120; check them");
        assertThatThrownBy(() -> divide(new Credits(100_000), pair(20, 100_000_000_000_000_000L, 120)))
                .hasMessageStartingWith("distribution.game: gives \"a\" a share of about -41666666666666608333 credits, more than a "
                        + "payout can hold (at most 9223372036854775807 credits either way)");
    }

    @Test
    void aLargeShareThatFitsIsPaidExactly() {
        // phi_b = (10^16 + 120 - 20) / 2; 1000.00 EUR gives b 10^5 * phi_b / 120 cents, about 4.2 * 10^18
        Allocation a = divide(Money.parse("1000.00", "EUR"), pair(20, 10_000_000_000_000_000L, 120));

        Fraction b = Fraction.of(100_000).multiply(Fraction.of(10_000_000_000_000_100L, 2)).divide(Fraction.of(120));
        assertThat(a.exactShares().get("b")).isEqualTo(b);
        assertThat(a.paidOut().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100_000L);
        assertThat(FairnessLaws.withinOneUnit(a)).isTrue();
    }

    @Test
    void aPayoutIsAWholeNumberOfUnitsThatFitsALong() {
        assertThat(Payout.payable(Fraction.of(Long.MAX_VALUE))).isTrue();
        assertThat(Payout.payable(Fraction.of(Long.MAX_VALUE).subtract(Fraction.of(1, 2)))).isTrue();
        assertThat(Payout.payable(Fraction.of(Long.MAX_VALUE).add(Fraction.of(1, 2)))).as("rounds up past the end").isFalse();
        assertThat(Payout.payable(Fraction.of(Long.MIN_VALUE))).isTrue();
        assertThat(Payout.payable(Fraction.of(Long.MIN_VALUE).subtract(Fraction.of(1, 2)))).isFalse();

        Map<String, Fraction> shares = new LinkedHashMap<>();
        shares.put("a", Fraction.of(Long.MAX_VALUE).add(Fraction.ONE));
        shares.put("b", Fraction.of(Long.MAX_VALUE).negate());
        assertThatThrownBy(() -> Payout.apportion(1, shares))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exactShares.a: 9223372036854775808 units cannot be paid out: a payout is a whole number of units "
                        + "from -9223372036854775808 to 9223372036854775807");
    }

    @Test
    void wholeNumbersAreWrittenAsIntegers() {
        assertThat(Fraction.of(25)).hasToString("25");
        assertThat(Fraction.ZERO).hasToString("0");
        assertThat(Fraction.of(-250, 1)).hasToString("-250");
        assertThat(Fraction.of(6, 3)).hasToString("2");
        assertThat(Fraction.of(1, 3)).hasToString("1/3");
        assertThat(Fraction.of(5, -2)).hasToString("-5/2");
        assertThat(Fraction.parse(Fraction.of(-250).toString())).isEqualTo(Fraction.of(-250));
    }
}
