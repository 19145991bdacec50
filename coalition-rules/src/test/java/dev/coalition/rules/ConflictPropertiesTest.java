package dev.coalition.rules;

import static dev.coalition.rules.ConflictGenerators.behaviours;
import static dev.coalition.rules.ConflictGenerators.cases;
import static dev.coalition.rules.ConflictGenerators.irreconcilableCases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.coalition.conflict.Divergence;
import dev.coalition.conflict.Intervention;
import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.ledger.CreditLedger;
import dev.coalition.rules.ConflictGenerators.Case;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ConflictAssessment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The laws of the conflict decision over generated conflicts ({@link ConflictGenerators}), one
 * law per test, through the facade with the default policy.
 */
class ConflictPropertiesTest {

    private static final int EXAMPLES = Examples.examples(200);

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static ConflictAssessment assess(Case c) {
        return advisor.assessConflict(c.coalition(), c.conflict(), c.asOf(), c.ledger());
    }

    private static int mostDirective(ConflictAssessment a) {
        return a.interventions().stream().mapToInt(Intervention::ordinal).max().orElseThrow();
    }

    private static int leastDirective(ConflictAssessment a) {
        return a.interventions().stream().mapToInt(Intervention::ordinal).min().orElseThrow();
    }

    private static long total(CreditLedger ledger) {
        return ledger.balances().values().stream().mapToLong(Long::longValue).sum();
    }

    /** The irreconcilable case's divergence, applied on the decision date. */
    private static Divergence.Result diverge(Case c) {
        ConflictAssessment a = assess(c);
        assertThat(a.divergence()).as("an irreconcilable conflict in a coalition of three or more diverges").isNotNull();
        return advisor.applyDivergence(c.coalition(), c.ledger(), a.divergence(), c.asOf());
    }

    // --- escalation ---

    @Test
    void addingABehaviourNeverLowersTheStage() {
        qt().withExamples(EXAMPLES).forAll(cases(), behaviours()).checkAssert((c, b) ->
                assertThat(assess(c.withBehaviour(b)).stage()).isGreaterThanOrEqualTo(assess(c).stage()));
    }

    @Test
    void theMostDirectiveAllowedInterventionNeverFallsAsTheStageRises() {
        qt().withExamples(EXAMPLES).forAll(cases(), behaviours()).checkAssert((c, b) -> {
            ConflictAssessment before = assess(c);
            ConflictAssessment after = assess(c.withBehaviour(b));
            assertThat(after.stage()).isGreaterThanOrEqualTo(before.stage());
            assertThat(mostDirective(after)).isGreaterThanOrEqualTo(mostDirective(before));
        });
    }

    @Test
    void theLeastDirectiveAllowedInterventionNeverFallsAsTheStageRises() {
        qt().withExamples(EXAMPLES).forAll(cases(), behaviours()).checkAssert((c, b) -> {
            ConflictAssessment before = assess(c);
            ConflictAssessment after = assess(c.withBehaviour(b));
            assertThat(after.stage()).isGreaterThanOrEqualTo(before.stage());
            assertThat(leastDirective(after)).isGreaterThanOrEqualTo(leastDirective(before));
        });
    }

    // --- dignified divergence ---

    @Test
    void applyingADivergenceKeepsTheLedgerTotal() {
        qt().withExamples(EXAMPLES).forAll(irreconcilableCases()).checkAssert(c -> {
            ConflictAssessment a = assess(c);
            assertThat(a.divergence()).isNotNull();
            Divergence.Result after = advisor.applyDivergence(c.coalition(), c.ledger(), a.divergence(), c.asOf());
            assertThat(total(after.ledger()) + a.divergence().plan().settlement()).isEqualTo(total(c.ledger()));
        });
    }

    @Test
    void applyingADivergenceKeepsEveryLedgerEntry() {
        qt().withExamples(EXAMPLES).forAll(irreconcilableCases()).checkAssert(c -> {
            CreditLedger after = diverge(c).ledger();
            assertThat(after.size()).isBetween(c.ledger().size(), c.ledger().size() + 1);
            assertThat(after.entries().subList(0, c.ledger().size())).isEqualTo(c.ledger().entries());
        });
    }

    @Test
    void applyingADivergenceLeavesAValidCoalition() {
        qt().withExamples(EXAMPLES).forAll(irreconcilableCases()).checkAssert(c -> {
            String leaving = assess(c).divergence().leaving();
            Coalition after = diverge(c).coalition();

            Coalition.Builder rebuilt = Coalition.builder(after.name()).formedOn(after.formedOn()).context(after.context());
            after.members().forEach(rebuilt::member);
            if (after.hasSteeringBody()) {
                rebuilt.steeringBody(after.steeringBody());
            }
            after.externalMediators().forEach(rebuilt::externalMediator);
            assertThat(rebuilt.violations()).isEmpty();
            assertThat(after.members()).extracting(Member::id)
                    .containsExactlyElementsOf(c.coalition().members().stream().map(Member::id).filter(id -> !id.equals(leaving)).toList());
            assertThat(after.members()).allSatisfy(m -> assertThat(m.trusts()).doesNotContain(leaving));
            assertThat(after.steeringBody()).doesNotContain(leaving);
            assertThat(after.size()).isEqualTo(c.coalition().size() - 1);
        });
    }

    // --- mediators ---

    @Test
    void withoutARankedMediatorTheCoalitionIsToldToFindOne() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            ConflictAssessment a = assess(c);
            assertThat(a.findings().stream().anyMatch(f -> f.id().equals("NO_ELIGIBLE_MEDIATOR"))).isEqualTo(a.mediators().isEmpty());
        });
    }
}
