package dev.coalition.rules;

import static dev.coalition.rules.ConflictCases.AS_OF;
import static dev.coalition.rules.ConflictCases.conflict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.ledger.CreditLedger;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ConflictAssessment;
import dev.coalition.value.Credits;
import dev.coalition.value.Fraction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The facade's own argument checks: a missing argument is named with what to give instead, a
 * ledger entry for someone outside the coalition is refused with its field, and a closed advisor
 * refuses every kind of decision.
 */
class AdvisorArgumentsTest {

    private static final Coalition COUNCIL = ConflictCases.council();
    private static final LocalDate DAY = LocalDate.of(2024, 2, 1);

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static List<Violation> violations(ThrowingCallable call) {
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class, call);
        assertThat(e).as("an InvalidCoalitionException").isNotNull();
        return e.violations();
    }

    @Test
    void aCreditBetweenMembersIsAppendedAndTheGivenLedgerIsUnchanged() {
        CreditLedger empty = CreditLedger.empty();

        CreditLedger after = advisor.credit(COUNCIL, empty, "a", "market study", "b", 10, DAY, "b used it");

        assertThat(after.balance("a")).isEqualTo(10);
        assertThat(empty.balance("a")).isZero();
    }

    @Test
    void aCreditForOrBySomeoneOutsideTheCoalitionIsRefusedNamingEachField() {
        assertThat(violations(() -> advisor.credit(COUNCIL, CreditLedger.empty(), "zed", "study", "yan", 10, DAY, "used")))
                .containsExactly(new Violation("creditedBy", "unknown member \"yan\""), new Violation("member", "unknown member \"zed\""));
        assertThat(violations(() -> advisor.credit(COUNCIL, CreditLedger.empty(), "a", "study", "yan", 10, DAY, "used")))
                .containsExactly(new Violation("creditedBy", "unknown member \"yan\""));
    }

    @Test
    void aRedemptionIsAppendedForAMemberAndRefusedForSomeoneElse() {
        CreditLedger ledger = advisor.credit(COUNCIL, CreditLedger.empty(), "a", "market study", "b", 10, DAY, "b used it");

        assertThat(advisor.redeem(COUNCIL, ledger, "a", "training", 3, DAY.plusDays(1), "workshop").balance("a")).isEqualTo(7);
        assertThat(violations(() -> advisor.redeem(COUNCIL, ledger, "zed", "training", 3, DAY.plusDays(1), "workshop")))
                .containsExactly(new Violation("member", "unknown member \"zed\""));
    }

    @Test
    void aRebalanceWithoutAPolicyNamesThePolicies() {
        assertThatThrownBy(() -> advisor.rebalance(ValueCases.trio(), null, new Credits(10), Map.of("a", Fraction.ONE),
                Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policy: is null; use RebalancingPolicy.BALANCED or IMMEDIATE");
    }

    @Test
    void conflictProblemsWithoutAConflictSayHowToDescribeOne() {
        assertThatThrownBy(() -> advisor.conflictProblems(COUNCIL, null, AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("conflict: is null; describe the conflict with new Conflict(...)");
    }

    @Test
    void applyingADivergenceNamesTheMissingArgument() {
        CreditLedger ledger = CreditLedger.empty();
        ConflictAssessment.DivergenceAdvice divergence = advisor.assessConflict(COUNCIL, conflict().irreconcilable().build(), AS_OF)
                .divergence();

        assertThatThrownBy(() -> advisor.applyDivergence(COUNCIL, ledger, null, AS_OF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("divergence: is null; ");
        assertThatThrownBy(() -> advisor.applyDivergence(COUNCIL, null, divergence, AS_OF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("ledger: is null; ");
        assertThatThrownBy(() -> advisor.applyDivergence(COUNCIL, ledger, divergence, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("date: is null; give the divergence of an assessment, the coalition's ledger and the settlement date");
    }

    @Test
    void aClosedAdvisorRefusesEveryKindOfDecision() {
        CoalitionAdvisor closed = CoalitionAdvisor.withDefaultPolicies();
        closed.close();
        Coalition trio = ValueCases.trio();
        List<ThrowingCallable> calls = List.of(
                () -> closed.distribute(trio, dev.coalition.rules.api.DistributionRequest.of(new Credits(10))),
                () -> closed.votingPower(trio, 51, Map.of("a", 50L, "b", 49L, "c", 1L)),
                () -> closed.assessPortfolios(trio, List.of()),
                () -> closed.attribute(trio, ValueCases.disagreeingReports()),
                () -> closed.assessConflict(COUNCIL, conflict().build(), AS_OF),
                () -> closed.conflictProblems(COUNCIL, conflict().build(), AS_OF),
                () -> closed.credit(COUNCIL, CreditLedger.empty(), "a", "study", "b", 1, DAY, "used"),
                () -> closed.prepare("value"));

        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(IllegalStateException.class)
                    .hasMessage("this CoalitionAdvisor is closed; build a new one with CoalitionAdvisor.builder()");
        }
    }
}
