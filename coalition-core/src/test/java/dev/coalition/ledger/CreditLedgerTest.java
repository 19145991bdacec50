package dev.coalition.ledger;

import static dev.coalition.testing.Examples.examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.coalition.core.InvalidCoalitionException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class CreditLedgerTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final List<String> MEMBERS = List.of("ada", "ben", "cy", "dee");

    @Test
    void balancesAreDerivedFromCreditsAndRedemptions() {
        CreditLedger ledger = CreditLedger.empty()
                .credit("ada", "curriculum kit", "ben", 5, DAY, "Ben's schools adopted the kit")
                .credit("ada", "teacher training", "cy", 3, DAY, "Cy reused the training")
                .redeem("ada", "conference seat", 6, DAY.plusDays(1), "Ada attends the summit");

        assertThat(ledger.balance("ada")).isEqualTo(2);
        assertThat(ledger.balance("ben")).isZero();
        assertThat(ledger.issued()).isEqualTo(8);
        assertThat(ledger.redeemed()).isEqualTo(6);
        assertThat(ledger.entries()).extracting(CreditEntry::sequence).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aRedemptionBeyondTheBalanceFailsAndChangesNothing() {
        CreditLedger ledger = CreditLedger.empty().credit("ada", "kit", "ben", 5, DAY, "adopted");

        assertThatThrownBy(() -> ledger.redeem("ada", "seat", 6, DAY, "summit"))
                .isInstanceOf(InsufficientCreditsException.class)
                .hasMessage("member \"ada\" holds 5 credits and cannot redeem 6; redeem at most 5");
        assertThat(ledger.size()).isEqualTo(1);
        assertThat(ledger.balance("ada")).isEqualTo(5);
    }

    @Test
    void invalidEntriesAreRefusedWithEveryProblemNamed() {
        assertThatThrownBy(() -> CreditLedger.empty().credit("ada", " ", "ada", 0, DAY, ""))
                .isInstanceOf(InvalidCoalitionException.class)
                .hasMessageContaining("knowledgeItem: is required")
                .hasMessageContaining("amount: 0 is not positive")
                .hasMessageContaining("creditedBy: a member cannot credit itself")
                .hasMessageContaining("reason: is required");
        CreditLedger ledger = CreditLedger.empty().credit("ada", "kit", "ben", 1, DAY, "adopted");
        assertThatThrownBy(() -> ledger.credit("ada", "kit", "ben", 1, DAY.minusDays(1), "late"))
                .hasMessageContaining("is before the last entry's date");
    }

    @Test
    void olderVersionsKeepTheirEntriesWhenANewerOneBranches() {
        CreditLedger base = CreditLedger.empty().credit("ada", "kit", "ben", 5, DAY, "adopted");
        CreditLedger first = base.credit("ben", "data set", "ada", 2, DAY, "reused");
        CreditLedger second = base.redeem("ada", "seat", 4, DAY, "summit");

        assertThat(base.size()).isEqualTo(1);
        assertThat(first.entries()).extracting(CreditEntry::member).containsExactly("ada", "ben");
        assertThat(second.entries()).extracting(CreditEntry::kind).containsExactly(EntryKind.CREDIT, EntryKind.REDEMPTION);
        assertThat(first.balance("ada")).isEqualTo(5);
        assertThat(second.balance("ada")).isEqualTo(1);
    }

    @Test
    void aLedgerSurvivesARoundTripThroughJson() {
        CreditLedger ledger = CreditLedger.empty()
                .credit("ada", "kit \"v2\"", "ben", 5, DAY, "adopted\nwidely")
                .redeem("ada", "seat", 4, DAY, "summit");

        String json = LedgerJson.write(ledger);
        assertThat(LedgerJson.read(json)).isEqualTo(ledger);
        assertThat(LedgerJson.read(LedgerJson.write(CreditLedger.empty())).size()).isZero();
    }

    @Test
    void importingAnOverdrawingLedgerNamesTheEntry() {
        String json = "{\"entries\": [{\"sequence\": 1, \"kind\": \"REDEMPTION\", \"member\": \"ada\", \"subject\": \"seat\","
                + " \"creditedBy\": null, \"amount\": 3, \"date\": \"2024-03-01\", \"reason\": \"summit\"}]}";
        assertThatThrownBy(() -> LedgerJson.read(json))
                .isInstanceOf(InvalidCoalitionException.class)
                .hasMessageContaining("entries[0].amount: member \"ada\" holds 0 credits and cannot redeem 3");
        assertThatThrownBy(() -> LedgerJson.read("{\"entries\": [}"))
                .hasMessageContaining("line 1, column 14");
    }

    @Test
    void balancesAddUpToCreditsIssuedMinusRedeemedUnderAnySequenceOfOperations() {
        qt().withExamples(examples(200)).forAll(SourceDSL.longs().all()).check(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            CreditLedger ledger = CreditLedger.empty();
            long issued = 0;
            long redeemed = 0;
            for (int step = 0; step < 60; step++) {
                String member = MEMBERS.get(r.nextInt(MEMBERS.size()));
                long amount = r.nextInt(12) - 1; // sometimes 0 or -1: invalid, must change nothing
                CreditLedger before = ledger;
                try {
                    if (r.nextBoolean()) {
                        String by = MEMBERS.get(r.nextInt(MEMBERS.size())); // sometimes the member itself: invalid
                        ledger = ledger.credit(member, "item", by, amount, DAY, "valued");
                        issued += amount;
                    } else {
                        ledger = ledger.redeem(member, "benefit", amount, DAY, "spent");
                        redeemed += amount;
                    }
                } catch (InvalidCoalitionException | InsufficientCreditsException failed) {
                    if (!ledger.equals(before) || ledger != before) {
                        return false;
                    }
                }
            }
            long sum = ledger.balances().values().stream().mapToLong(Long::longValue).sum();
            return sum == issued - redeemed && ledger.issued() == issued && ledger.redeemed() == redeemed
                    && ledger.balances().values().stream().allMatch(b -> b >= 0)
                    && ledger.entries().size() == ledger.size();
        });
    }
}
