package dev.coalition.rules;

import static dev.coalition.rules.ConflictCases.AS_OF;
import static dev.coalition.rules.ConflictCases.FORMED;
import static dev.coalition.rules.ConflictCases.conflict;
import static dev.coalition.rules.Explanations.ruleIds;
import static dev.coalition.rules.Explanations.steps;
import static dev.coalition.rules.ValueCases.withId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.conflict.Divergence;
import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.ledger.CreditLedger;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ConflictAssessment;
import dev.coalition.rules.api.ConflictAssessment.DivergenceAdvice;
import dev.coalition.rules.api.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * conflict-divergence.drl: for an irreconcilable conflict, the member the conflict names leaves,
 * or else the party the fewest members trust (then the smaller voting weight, then the smaller
 * id) is proposed; a coalition of two dissolves instead. The plan, settled against the ledger and
 * applied through the facade.
 */
class ConflictDivergenceTest {

    private static final Coalition COUNCIL = ConflictCases.council();
    private static final List<String> LEAVING_RULES = List.of("conflict.divergence.named", "conflict.divergence.proposed");

    private static CoalitionAdvisor advisor;
    /** conflict.divergence.graceDays 30. */
    private static CoalitionAdvisor shortGrace;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
        shortGrace = CoalitionAdvisor.builder().setting("conflict.divergence.graceDays", 30).build();
    }

    @AfterAll
    static void close() {
        advisor.close();
        shortGrace.close();
    }

    /** a earned 10 and redeemed 3 (balance 7); b earned 4 (balance 4). */
    private static CreditLedger ledger() {
        return CreditLedger.empty()
                .credit("a", "market study", "b", 10, LocalDate.of(2023, 5, 1), "b used it")
                .credit("b", "supplier list", "a", 4, LocalDate.of(2023, 6, 1), "a used it")
                .redeem("a", "training", 3, LocalDate.of(2023, 7, 1), "workshop");
    }

    /** Parties p and q with the given trust and weights; r and s look on. */
    private static Coalition parties(long pWeight, boolean rTrustsP, long qWeight, boolean rTrustsQ) {
        List<String> rTrusts = new java.util.ArrayList<>();
        if (rTrustsP) {
            rTrusts.add("p");
        }
        if (rTrustsQ) {
            rTrusts.add("q");
        }
        return Coalition.builder("Parties").formedOn(FORMED)
                .member("p", "P", "firm", pWeight)
                .member("q", "Q", "firm", qWeight)
                .member(Member.builder("r").name("R").category("ngo").votingWeight(1).trusts(rTrusts))
                .member("s", "S", "ngo", 1)
                .context(ConflictCases.CALM).build();
    }

    private static DivergenceAdvice proposed(Coalition coalition) {
        ConflictAssessment a = advisor.assessConflict(coalition, conflict().parties("p", "q").irreconcilable().build(), AS_OF);
        assertThat(a.divergence()).isNotNull();
        assertThat(a.divergence().proposed()).isTrue();
        return a.divergence();
    }

    // --- only for irreconcilable conflicts ---

    @Test
    void aConflictThatIsNotIrreconcilableHasNoDivergence() {
        ConflictAssessment a = advisor.assessConflict(COUNCIL, conflict().stage(6).leaving("b").build(), AS_OF);

        assertThat(a.divergence()).isNull();
        assertThat(a.dignifiedDivergence()).isEmpty();
        assertThat(ruleIds(a.explanation())).doesNotContainAnyElementsOf(LEAVING_RULES);
    }

    // --- who leaves ---

    @Test
    void theMemberTheConflictNamesLeaves() {
        ConflictAssessment a = advisor.assessConflict(COUNCIL, conflict().irreconcilable().leaving("b").build(), AS_OF);

        assertThat(a.divergence().leaving()).isEqualTo("b");
        assertThat(a.divergence().proposed()).isFalse();
        assertThat(a.divergence().reasons()).containsExactly(
                "The conflict names \"b\" as the member that leaves if the coalition diverges.");
        assertThat(steps(a.explanation(), "conflict.divergence.named")).singleElement()
                .satisfies(s -> assertThat(s.inputs()).containsEntry("member", "b").containsEntry("proposed", false));
        assertThat(ruleIds(a.explanation())).doesNotContain("conflict.divergence.proposed");
    }

    @Test
    void withoutANamedMemberThePartyFewestTrustIsProposed() {
        // a is trusted by m and w (2), b by m, y and w (3)
        ConflictAssessment a = advisor.assessConflict(COUNCIL, conflict().irreconcilable().build(), AS_OF);

        assertThat(a.divergence().leaving()).isEqualTo("a");
        assertThat(a.divergence().proposed()).isTrue();
        assertThat(a.divergence().reasons()).containsExactly("\"a\" is proposed to leave: of the parties, the fewest members trust "
                + "it (2), with the smaller voting weight (2) and id breaking ties, so its departure disturbs the coalition least.");
        assertThat(ruleIds(a.explanation())).contains("conflict.divergence.proposed").doesNotContain("conflict.divergence.named");
    }

    @Test
    void fewerTrustOutweighsASmallerVotingWeight() {
        // p: trusted by nobody, weight 5; q: trusted by r, weight 1
        assertThat(proposed(parties(5, false, 1, true)).leaving()).isEqualTo("p");
    }

    @Test
    void amongPartiesTrustedAlikeTheSmallerVotingWeightIsProposed() {
        assertThat(proposed(parties(3, true, 1, true)).leaving()).isEqualTo("q");
    }

    @Test
    void amongPartiesTrustedAndWeightedAlikeTheSmallerIdIsProposed() {
        assertThat(proposed(parties(1, true, 1, true)).leaving()).isEqualTo("p");
        assertThat(proposed(parties(1, false, 1, false)).leaving()).isEqualTo("p");
    }

    // --- the plan ---

    @Test
    void thePlanGrantsTheGracePeriodAndSettlesTheBalanceInTheLedger() {
        ConflictAssessment a = advisor.assessConflict(COUNCIL, conflict().irreconcilable().build(), AS_OF, ledger());

        // a leaves: its steering seat (firms off the steering body: b) goes to b
        assertThat(a.divergence().plan()).isEqualTo(new Divergence("a", AS_OF.plusDays(90), 10, 7, Optional.of("b"), List.of("b", "m"),
                orderedShares("b", dev.coalition.value.Fraction.of(2, 7), "m", dev.coalition.value.Fraction.of(1, 7), "x", dev.coalition.value.Fraction.of(1, 7), "y", dev.coalition.value.Fraction.of(1, 7), "w", dev.coalition.value.Fraction.of(1, 7), "z", dev.coalition.value.Fraction.of(1, 7))));
    }

    @Test
    void withoutTheLedgerNothingIsSettled() {
        ConflictAssessment a = advisor.assessConflict(COUNCIL, conflict().irreconcilable().build(), AS_OF);

        assertThat(a.divergence().plan().settlement()).isZero();
        assertThat(a.divergence().plan().creditsEarned()).isZero();
    }

    @Test
    void theGracePeriodIsASetting() {
        ConflictAssessment a = shortGrace.assessConflict(COUNCIL, conflict().irreconcilable().leaving("b").build(), AS_OF);

        assertThat(a.divergence().plan().graceUntil()).isEqualTo(AS_OF.plusDays(30));
    }

    @Test
    void applyingTheDivergenceReturnsTheCoalitionWithoutTheMemberAndTheSettledLedger() {
        CreditLedger ledger = ledger();
        ConflictAssessment a = advisor.assessConflict(COUNCIL, conflict().irreconcilable().build(), AS_OF, ledger);

        Divergence.Result after = advisor.applyDivergence(COUNCIL, ledger, a.divergence(), AS_OF);

        assertThat(after.coalition().members()).extracting(Member::id).containsExactly("b", "m", "x", "y", "w", "z");
        assertThat(after.coalition().steeringBody()).containsExactly("b", "m");
        assertThat(after.coalition().members()).allSatisfy(m -> assertThat(m.trusts()).doesNotContain("a"));
        assertThat(after.coalition().externalMediators()).isEqualTo(COUNCIL.externalMediators());
        assertThat(after.ledger().entries().subList(0, 3)).isEqualTo(ledger.entries());
        assertThat(after.ledger().size()).isEqualTo(4);
        assertThat(after.ledger().balances()).containsExactly(java.util.Map.entry("a", 0L), java.util.Map.entry("b", 4L));
        assertThat(COUNCIL.size()).as("the coalition given is unchanged").isEqualTo(7);
    }

    // --- a coalition of two ---

    @Test
    void anIrreconcilableConflictInACoalitionOfTwoDissolvesIt() {
        ConflictAssessment a = advisor.assessConflict(ConflictCases.pair(), conflict().irreconcilable().build(), AS_OF);

        assertThat(a.divergence()).isNull();
        assertThat(withId(a.findings(), "COALITION_DISSOLVES")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.subject()).isEqualTo("coalition");
            assertThat(f.reason()).isEqualTo("The conflict is irreconcilable and the coalition has only 2 members: no coalition "
                    + "remains if one leaves, so it dissolves; settle each member's account.");
        });
        assertThat(steps(a.explanation(), "conflict.finding.coalition-dissolves")).hasSize(1);
    }

    @Test
    void aCoalitionOfThreeDivergesRatherThanDissolves() {
        Coalition trio = Coalition.builder("Trio").formedOn(FORMED)
                .member("a", "Alpha", "firm", 1, "b").member("b", "Bravo", "firm", 1, "a").member("c", "Charlie", "ngo", 1)
                .context(ConflictCases.CALM).build();

        ConflictAssessment a = advisor.assessConflict(trio, conflict().irreconcilable().build(), AS_OF);

        assertThat(a.divergence()).isNotNull();
        assertThat(withId(a.findings(), "COALITION_DISSOLVES")).isEmpty();
        assertThat(ruleIds(a.explanation())).doesNotContain("conflict.finding.coalition-dissolves");
    }

    @Test
    void aCoalitionOfTwoWithAResolvableConflictDoesNotDissolve() {
        ConflictAssessment a = advisor.assessConflict(ConflictCases.pair(), conflict().build(), AS_OF);

        assertThat(withId(a.findings(), "COALITION_DISSOLVES")).isEmpty();
    }

    private static java.util.Map<String, dev.coalition.value.Fraction> orderedShares(Object... idsAndShares) {
        java.util.Map<String, dev.coalition.value.Fraction> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < idsAndShares.length; i += 2) {
            map.put((String) idsAndShares[i], (dev.coalition.value.Fraction) idsAndShares[i + 1]);
        }
        return map;
    }
}
