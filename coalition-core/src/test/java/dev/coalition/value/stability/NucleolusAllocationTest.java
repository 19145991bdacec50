package dev.coalition.value.stability;

import static dev.coalition.value.stability.HandSolvedGamesTest.three;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.value.Allocation;
import dev.coalition.value.AllocationRequest;
import dev.coalition.value.Credits;
import dev.coalition.value.Fraction;
import dev.coalition.value.Money;
import dev.coalition.value.TableGame;
import dev.coalition.value.Units;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NUCLEOLUS pays the nucleolus of the game, exactly to the last unit, and refuses games without one. */
class NucleolusAllocationTest {

    private static Allocation divide(Units amount, TableGame game, int maxPlayers) {
        return NucleolusAllocation.upTo(maxPlayers).allocate(AllocationRequest.of(game.players(), amount).withGame(game));
    }

    @Test
    void theBankruptcyEstateIsPaidByTheTalmudRule() {
        Allocation a = divide(Money.parse("200.00", "EUR"), three(0, 0, 0, 0, 0, 100, 200), 12);

        assertThat(a.policy()).isEqualTo("NUCLEOLUS");
        assertThat(a.paidOut()).containsExactly(Map.entry("a", 5_000L), Map.entry("b", 7_500L), Map.entry("c", 7_500L));
    }

    @Test
    void thirdsArePaidOutByLargestRemainderAndAddUpToTheAmount() {
        Allocation a = divide(new Credits(100), three(0, 0, 0, 0, 0, 0, 3), 12);

        assertThat(a.exactShares().values()).containsOnly(Fraction.of(100, 3));
        assertThat(a.paidOut()).containsExactly(Map.entry("a", 34L), Map.entry("b", 33L), Map.entry("c", 33L));
    }

    @Test
    void aGameWithoutAnImputationIsRefusedSayingWhy() {
        assertThatThrownBy(() -> divide(new Credits(100), three(2, 2, 2, 4, 4, 4, 5), 12))
                .isInstanceOf(InvalidCoalitionException.class)
                .hasMessage("distribution.game: has no imputation: the players' own values add up to 6, more than v(N) = 5, so no "
                        + "division gives every member what it makes alone and NUCLEOLUS is undefined; use SHAPLEY or check the values");
    }

    @Test
    void aGameLargerThanTheSettingIsRefusedNamingIt() {
        assertThatThrownBy(() -> divide(new Credits(100), three(0, 0, 0, 0, 0, 0, 3), 2))
                .hasMessage("distribution.game: has 3 players, more than value.nucleolusMaxPlayers (2) for NUCLEOLUS; use SHAPLEY, "
                        + "or raise the setting up to 15");
    }

    @Test
    void aMissingGameIsRefused() {
        assertThatThrownBy(() -> NucleolusAllocation.of().allocate(AllocationRequest.of(java.util.List.of("a"), new Credits(1))))
                .hasMessage("distribution.game: is required for NUCLEOLUS: give the value of every coalition");
    }
}
