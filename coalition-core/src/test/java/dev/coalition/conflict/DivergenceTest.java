package dev.coalition.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.ledger.CreditEntry;
import dev.coalition.ledger.CreditLedger;
import dev.coalition.ledger.EntryKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The dignified divergence: who takes the leaving member's seat, what is recognised and settled,
 * and what applying the plan changes (the member, its trust ties and its balance) and keeps
 * (everything else, every ledger entry and the ledger's total).
 */
class DivergenceTest {

    private static final LocalDate DECIDED = LocalDate.of(2023, 9, 1);
    private static final GovernanceContext CONTEXT = new GovernanceContext(0.3, 0.5, 0.4, 0.5);

    /**
     * Five members; three insurers. Trusted by: bank 4, reinsurer 2, insurer 1, broker 1, mutual 0.
     * The steering body is bank and insurer unless given.
     */
    private static Coalition alliance(String... steeringBody) {
        return Coalition.builder("Alliance")
                .formedOn(LocalDate.of(2021, 9, 1))
                .member("bank", "Bank", "bank", 3, "insurer", "broker")
                .member("insurer", "Insurer", "insurer", 2, "bank")
                .member("reinsurer", "Reinsurer", "insurer", 1, "bank")
                .member("mutual", "Mutual", "insurer", 1, "bank", "reinsurer")
                .member(Member.builder("broker").name("Broker").category("broker").votingWeight(1).trusts("bank", "reinsurer")
                        .expertise(Set.of(ConflictType.PROCESS)))
                .steeringBody(steeringBody.length == 0 ? new String[] {"bank", "insurer"} : steeringBody)
                .externalMediator(new ExternalMediator("ombud", Set.of(ConflictType.GOAL)))
                .context(CONTEXT)
                .build();
    }

    /** insurer earned 12 + 3 and redeemed 4 (balance 11); bank earned 5 (balance 5): 16 in all. */
    private static CreditLedger ledger() {
        return CreditLedger.empty()
                .credit("insurer", "catastrophe risk model", "bank", 12, LocalDate.of(2022, 5, 2), "Priced loans with it")
                .credit("bank", "fraud signals feed", "broker", 5, LocalDate.of(2022, 8, 15), "Cut chargebacks")
                .redeem("insurer", "joint training day", 4, LocalDate.of(2022, 11, 3), "Underwriting workshop")
                .credit("insurer", "claims data", "broker", 3, LocalDate.of(2023, 1, 10), "Better pricing");
    }

    private static long total(CreditLedger ledger) {
        return ledger.balances().values().stream().mapToLong(Long::longValue).sum();
    }

    private static List<Violation> violations(Runnable call) {
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class, call::run);
        assertThat(e).as("an InvalidCoalitionException").isNotNull();
        return e.violations();
    }

    // --- the plan ---

    @Test
    void theLeavingMemberIsGrantedItsGracePeriodAndItsContributionsAndBalanceAreCounted() {
        Divergence plan = Divergence.plan(alliance(), ledger(), "insurer", DECIDED, 90);

        assertThat(plan.leaving()).isEqualTo("insurer");
        assertThat(plan.graceUntil()).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(plan.creditsEarned()).isEqualTo(15);
        assertThat(plan.settlement()).isEqualTo(11).isEqualTo(ledger().balance("insurer"));
    }

    @Test
    void aGracePeriodOfZeroDaysEndsOnTheDayOfTheDecision() {
        assertThat(Divergence.plan(alliance(), ledger(), "insurer", DECIDED, 0).graceUntil()).isEqualTo(DECIDED);
    }

    @Test
    void theSeatGoesToTheMostTrustedMemberOfTheSameCategory() {
        // insurers off the steering body: reinsurer (trusted by 2) and mutual (trusted by none)
        Divergence plan = Divergence.plan(alliance(), ledger(), "insurer", DECIDED, 90);

        assertThat(plan.seatHandedTo()).contains("reinsurer");
        assertThat(plan.steeringBodyAfter()).containsExactly("bank", "reinsurer");
    }

    @Test
    void aSameCategoryMemberAlreadySeatedDoesNotTakeTheSeat() {
        Divergence plan = Divergence.plan(alliance("bank", "insurer", "reinsurer"), ledger(), "insurer", DECIDED, 90);

        assertThat(plan.seatHandedTo()).contains("mutual");
        assertThat(plan.steeringBodyAfter()).containsExactly("bank", "mutual", "reinsurer");
    }

    @Test
    void amongEquallyTrustedHeirsTheSmallerIdTakesTheSeat() {
        // two insurers besides the leaving one, each trusted by one member
        Coalition c = Coalition.builder("Tie").formedOn(LocalDate.of(2021, 9, 1))
                .member("bank", "Bank", "bank", 3, "zurich", "allianz")
                .member("leaver", "Leaver", "insurer", 1, "bank")
                .member("zurich", "Zurich", "insurer", 1)
                .member("allianz", "Allianz", "insurer", 1)
                .steeringBody("bank", "leaver")
                .context(CONTEXT).build();

        assertThat(Divergence.plan(c, CreditLedger.empty(), "leaver", DECIDED, 90).seatHandedTo()).contains("allianz");
    }

    @Test
    void withoutAMemberOfTheSameCategoryTheSeatIsDropped() {
        Divergence plan = Divergence.plan(alliance(), ledger(), "bank", DECIDED, 90);

        assertThat(plan.seatHandedTo()).isEmpty();
        assertThat(plan.steeringBodyAfter()).containsExactly("insurer");
    }

    @Test
    void aMemberWithoutASeatLeavesTheSteeringBodyAsItIs() {
        Divergence plan = Divergence.plan(alliance(), ledger(), "mutual", DECIDED, 90);

        assertThat(plan.seatHandedTo()).isEmpty();
        assertThat(plan.steeringBodyAfter()).containsExactly("bank", "insurer");
        assertThat(plan.creditsEarned()).isZero();
        assertThat(plan.settlement()).isZero();
    }

    @Test
    void aCoalitionOfTwoCannotDiverge() {
        Coalition pair = Coalition.builder("Pair").formedOn(LocalDate.of(2021, 9, 1))
                .member("a", "Alpha", "firm", 1).member("b", "Bravo", "firm", 1).context(CONTEXT).build();

        assertThat(violations(() -> Divergence.plan(pair, CreditLedger.empty(), "a", DECIDED, 90))).containsExactly(
                new Violation("leaving", "a coalition of 2 cannot lose a member and remain a coalition; it dissolves instead"));
    }

    @Test
    void aCoalitionOfThreeCanDivergeIntoTwo() {
        Coalition trio = Coalition.builder("Trio").formedOn(LocalDate.of(2021, 9, 1))
                .member("a", "Alpha", "firm", 1, "c").member("b", "Bravo", "firm", 1).member("c", "Charlie", "firm", 1, "a")
                .context(CONTEXT).build();
        Divergence plan = Divergence.plan(trio, CreditLedger.empty(), "a", DECIDED, 90);

        Divergence.Result after = plan.apply(trio, CreditLedger.empty(), DECIDED);
        assertThat(after.coalition().members()).extracting(Member::id).containsExactly("b", "c");
        assertThat(after.coalition().member("c").orElseThrow().trusts()).isEmpty();
    }

    @Test
    void anUnknownMemberANegativeGracePeriodAndATooSmallCoalitionAreReportedTogether() {
        Coalition pair = Coalition.builder("Pair").formedOn(LocalDate.of(2021, 9, 1))
                .member("a", "Alpha", "firm", 1).member("b", "Bravo", "firm", 1).context(CONTEXT).build();

        assertThat(violations(() -> Divergence.plan(pair, CreditLedger.empty(), "zed", DECIDED, -1))).containsExactly(
                new Violation("leaving", "unknown member \"zed\""),
                new Violation("leaving", "a coalition of 2 cannot lose a member and remain a coalition; it dissolves instead"),
                new Violation("graceDays", "-1 is negative"));
        assertThat(violations(() -> Divergence.plan(alliance(), ledger(), "zed", DECIDED, 90)))
                .containsExactly(new Violation("leaving", "unknown member \"zed\""));
    }

    // --- applying the plan ---

    @Test
    void applyingThePlanRemovesTheMemberAndItsTrustTiesAndHandsOnItsSeat() {
        Coalition before = alliance();
        Divergence plan = Divergence.plan(before, ledger(), "insurer", DECIDED, 90);

        Coalition after = plan.apply(before, ledger(), DECIDED).coalition();

        assertThat(after.members()).extracting(Member::id).containsExactly("bank", "reinsurer", "mutual", "broker");
        assertThat(after.member("bank").orElseThrow().trusts()).containsExactly("broker");
        assertThat(after.steeringBody()).containsExactly("bank", "reinsurer");
    }

    @Test
    void applyingThePlanChangesNothingElse() {
        Coalition before = alliance();
        Divergence plan = Divergence.plan(before, ledger(), "insurer", DECIDED, 90);

        Coalition after = plan.apply(before, ledger(), DECIDED).coalition();

        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.formedOn()).isEqualTo(before.formedOn());
        assertThat(after.context()).isEqualTo(before.context());
        assertThat(after.externalMediators()).isEqualTo(before.externalMediators());
        for (Member m : after.members()) {
            Member was = before.member(m.id()).orElseThrow();
            assertThat(m.name()).isEqualTo(was.name());
            assertThat(m.category()).isEqualTo(was.category());
            assertThat(m.votingWeight()).isEqualTo(was.votingWeight());
            assertThat(m.expertise()).isEqualTo(was.expertise());
            assertThat(m.trusts()).isEqualTo(was.trusts().stream().filter(id -> !id.equals("insurer")).toList());
        }
        assertThat(before.size()).as("the coalition given is unchanged").isEqualTo(5);
    }

    @Test
    void theSettlementIsTheBalancePaidOutAndTheLedgerKeepsEveryEntryAndItsTotal() {
        CreditLedger ledger = ledger();
        Divergence plan = Divergence.plan(alliance(), ledger, "insurer", DECIDED, 90);

        CreditLedger settled = plan.apply(alliance(), ledger, DECIDED).ledger();

        assertThat(settled.size()).isEqualTo(ledger.size() + 1);
        assertThat(settled.entries().subList(0, ledger.size())).isEqualTo(ledger.entries());
        CreditEntry payout = settled.entry(settled.size());
        assertThat(payout.kind()).isEqualTo(EntryKind.REDEMPTION);
        assertThat(payout.member()).isEqualTo("insurer");
        assertThat(payout.amount()).isEqualTo(11);
        assertThat(payout.date()).isEqualTo(DECIDED);
        assertThat(payout.subject()).isEqualTo("settlement on departure");
        assertThat(payout.reason()).isEqualTo("Dignified divergence: \"insurer\" leaves with its balance of 11 credits paid out");
        assertThat(settled.balance("insurer")).isZero();
        assertThat(settled.balance("bank")).isEqualTo(5);
        assertThat(total(settled) + plan.settlement()).isEqualTo(total(ledger)).isEqualTo(16);
        assertThat(ledger.size()).as("the ledger given is unchanged").isEqualTo(4);
    }

    @Test
    void aMemberWithoutBalanceLeavesTheLedgerAsItWas() {
        CreditLedger ledger = ledger();
        Divergence plan = Divergence.plan(alliance(), ledger, "mutual", DECIDED, 90);

        Divergence.Result after = plan.apply(alliance(), ledger, DECIDED);

        assertThat(after.ledger().entries()).isEqualTo(ledger.entries());
        assertThat(after.coalition().member("mutual")).isEmpty();
    }

    @Test
    void aSettlementDatedBeforeTheLedgersLastEntryIsRefused() {
        Divergence plan = Divergence.plan(alliance(), ledger(), "insurer", DECIDED, 90);

        assertThat(violations(() -> plan.apply(alliance(), ledger(), LocalDate.of(2023, 1, 9)))).containsExactly(
                new Violation("date", "2023-01-09 is before the last entry's date 2023-01-10; the ledger is kept in date order"));
    }

    @Test
    void theOnlySeatHolderLeavingWithoutHeirLeavesNoSteeringBody() {
        Divergence plan = Divergence.plan(alliance("bank"), ledger(), "bank", DECIDED, 90);

        Coalition after = plan.apply(alliance("bank"), ledger(), DECIDED).coalition();

        assertThat(plan.steeringBodyAfter()).isEmpty();
        assertThat(after.hasSteeringBody()).isFalse();
        assertThat(after.size()).isEqualTo(4);
    }

    @Test
    void aPlanIsAValue() {
        Divergence plan = Divergence.plan(alliance(), ledger(), "insurer", DECIDED, 90);

        assertThat(plan).isEqualTo(new Divergence("insurer", LocalDate.of(2023, 11, 30), 15, 11, Optional.of("reinsurer"),
                List.of("bank", "reinsurer"), orderedShares("bank", dev.coalition.value.Fraction.of(1, 2), "reinsurer", dev.coalition.value.Fraction.of(1, 6), "mutual", dev.coalition.value.Fraction.of(1, 6), "broker", dev.coalition.value.Fraction.of(1, 6))));
    }

    private static java.util.Map<String, dev.coalition.value.Fraction> orderedShares(Object... idsAndShares) {
        java.util.Map<String, dev.coalition.value.Fraction> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < idsAndShares.length; i += 2) {
            map.put((String) idsAndShares[i], (dev.coalition.value.Fraction) idsAndShares[i + 1]);
        }
        return map;
    }
}
