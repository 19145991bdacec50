package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.ledger.CreditLedger;
import dev.coalition.lifecycle.Lifecycle;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.rules.api.MembershipOptions;
import dev.coalition.value.Credits;
import dev.coalition.value.RebalancingPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every facade method that takes a coalition names a missing one and says how to build it, rather
 * than failing somewhere inside with a NullPointerException.
 */
class NullCoalitionTest {

    private static final LocalDate DAY = LocalDate.of(2024, 2, 1);

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void build() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    @Test
    void everyMethodThatTakesACoalitionNamesAMissingOne() {
        List<ThrowingCallable> calls = List.of(
                () -> advisor.recommendGovernance(null),
                () -> advisor.distribute(null, DistributionRequest.of(new Credits(10))),
                () -> advisor.votingPower(null, 2),
                () -> advisor.votingPower(null, 2, Map.of("a", 1L)),
                () -> advisor.assessPortfolios(null, List.of()),
                () -> advisor.rebalance(null, RebalancingPolicy.BALANCED, new Credits(10), Map.of(), Map.of(), Map.of()),
                () -> advisor.rebalance(null, RebalancingPolicy.BALANCED, new Credits(10), Map.of(), Map.of(), Map.of(), DAY),
                () -> advisor.assessConflict(null, ConflictCases.conflict().build(), DAY),
                () -> advisor.conflictProblems(null, ConflictCases.conflict().build(), DAY),
                () -> advisor.attribute(null, ValueCases.disagreeingReports()),
                () -> advisor.credit(null, CreditLedger.empty(), "a", "study", "b", 1, DAY, "used"),
                () -> advisor.redeem(null, CreditLedger.empty(), "a", "training", 1, DAY, "used"),
                () -> advisor.decideProposals(null, List.of(), Instant.EPOCH),
                () -> advisor.reviewLifecycle(null, Lifecycle.builder().build(), DAY),
                () -> advisor.changeMembership(null, List.of(), MembershipOptions.none()),
                () -> advisor.planCommunication(null, null),
                () -> advisor.planCommunication(null, advisor.recommendGovernance(Cases.foundingGroup()), null));
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("coalition: is null; build one with Coalition.builder(name)");
        }
    }

    @Test
    void applyingADivergenceToNoCoalitionNamesIt() {
        assertThatThrownBy(() -> advisor.applyDivergence(null, CreditLedger.empty(), null, DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("coalition: is null; build one with Coalition.builder(name)");
    }
}
