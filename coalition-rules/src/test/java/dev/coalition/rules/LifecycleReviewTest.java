package dev.coalition.rules;

import static dev.coalition.rules.Explanations.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.StepOutcome;
import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.health.HealthAssessment;
import dev.coalition.lifecycle.Lifecycle;
import dev.coalition.lifecycle.MembershipChange;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.LifecycleAdvice;
import dev.coalition.value.Fraction;
import dev.coalition.value.ValuePortfolio;
import dev.coalition.value.ValueType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * lifecycle-renewal.drl and lifecycle-triggers.drl through the facade: the renewal's due day and
 * overdue, the half-life, each adaptation trigger at its boundary, the agenda, and the input errors.
 */
class LifecycleReviewTest {

    private static CoalitionAdvisor advisor;

    /** The conflict council, formed 2023-01-01: DISTRIBUTED is not what it is recommended. */
    private static final Coalition COUNCIL = ConflictCases.council();
    private static final LocalDate FORMED = ConflictCases.FORMED;

    @BeforeAll
    static void build() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static LifecycleAdvice review(Lifecycle lifecycle, LocalDate asOf) {
        return advisor.reviewLifecycle(COUNCIL, lifecycle, asOf);
    }

    private static List<String> triggers(LifecycleAdvice advice) {
        return advice.triggers().stream().map(LifecycleAdvice.Trigger::id).toList();
    }

    private static List<String> findings(LifecycleAdvice advice) {
        return advice.findings().stream().map(Finding::id).toList();
    }

    @Test
    void withoutRenewalsTheFirstIsDueFifteenMonthsAfterFormationAndOverdueTheDayAfter() {
        LocalDate due = FORMED.plusMonths(15);
        LifecycleAdvice onTheDay = review(Lifecycle.builder().build(), due);
        LifecycleAdvice dayAfter = review(Lifecycle.builder().build(), due.plusDays(1));

        assertThat(onTheDay.renewalDue()).isEqualTo(due);
        assertThat(onTheDay.renewalOverdue()).isFalse();
        assertThat(onTheDay.lastRenewal()).isNull();
        assertThat(onTheDay.ageMonths()).isEqualTo(15);
        assertThat(dayAfter.renewalOverdue()).isTrue();
        assertThat(triggers(dayAfter)).containsExactly("RENEWAL_OVERDUE");
        assertThat(findings(dayAfter)).containsExactly("RENEWAL_OVERDUE");
        assertThat(dayAfter.agenda()).extracting(LifecycleAdvice.AgendaItem::topic).containsExactly("RENEWAL_OVERDUE (renewal)");
    }

    @Test
    void theNextRenewalIsDueARenewalPeriodAfterTheLastOneHeld() {
        LocalDate renewed = LocalDate.of(2024, 2, 10);
        LifecycleAdvice advice = review(Lifecycle.builder().renewals(LocalDate.of(2023, 11, 1), renewed).build(),
                LocalDate.of(2024, 6, 1));

        assertThat(advice.lastRenewal()).isEqualTo(renewed);
        assertThat(advice.renewalDue()).isEqualTo(renewed.plusMonths(15));
        assertThat(advice.renewalOverdue()).isFalse();
        assertThat(ruleIds(advice.explanation())).contains("lifecycle.renewal.due");
    }

    @Test
    void aRenewalDatedAfterAsOfIsLeftOutWithAFinding() {
        LocalDate asOf = LocalDate.of(2024, 6, 1);
        LifecycleAdvice advice = review(Lifecycle.builder().renewals(LocalDate.of(2024, 7, 1)).build(), asOf);

        assertThat(advice.lastRenewal()).isNull();
        assertThat(advice.renewalOverdue()).as("due 2024-04-01, none held by asOf").isTrue();
        assertThat(findings(advice)).contains("DATED_AFTER_AS_OF");
    }

    @Test
    void theHalfLifeIsReachedTwentyOneMonthsAfterFormationAndNotTheDayBefore() {
        LocalDate halfLife = FORMED.plusMonths(21);
        Lifecycle renewedRecently = Lifecycle.builder().renewals(halfLife.minusMonths(1)).build();

        assertThat(review(renewedRecently, halfLife.minusDays(1)).halfLifeReached()).isFalse();
        LifecycleAdvice reached = review(renewedRecently, halfLife);
        assertThat(reached.halfLifeReached()).isTrue();
        assertThat(findings(reached)).containsExactly("HALF_LIFE_REACHED");
        assertThat(reached.agenda()).extracting(LifecycleAdvice.AgendaItem::topic).containsExactly("HALF_LIFE_REACHED (purpose)");
    }

    private static final LocalDate RENEWED = LocalDate.of(2024, 1, 15);
    private static final LocalDate REVIEW = LocalDate.of(2024, 6, 1);

    private static Lifecycle.Builder renewed() {
        return Lifecycle.builder().renewals(RENEWED);
    }

    @Test
    void aFallingHealthPillarCallsForAdaptation() {
        LifecycleAdvice advice = review(renewed().health(List.of(
                HealthAssessment.of(LocalDate.of(2024, 3, 31), Fraction.parse("0.8"), Fraction.parse("0.7"), Fraction.ONE),
                HealthAssessment.of(LocalDate.of(2024, 5, 31), Fraction.parse("0.8"), Fraction.parse("0.6"), Fraction.ONE))).build(),
                REVIEW);

        assertThat(triggers(advice)).containsExactly("PILLAR_FALLING");
        assertThat(advice.triggers().get(0).reason()).startsWith("The " + advice.triggers().get(0).subject() + " pillar is falling: ");
    }

    @Test
    void steadyHealthCallsForNothing() {
        LifecycleAdvice advice = review(renewed().health(List.of(
                HealthAssessment.of(LocalDate.of(2024, 3, 31), Fraction.parse("0.8"), Fraction.parse("0.7"), Fraction.ONE),
                HealthAssessment.of(LocalDate.of(2024, 5, 31), Fraction.parse("0.8"), Fraction.parse("0.7"), Fraction.ONE))).build(),
                REVIEW);

        assertThat(advice.triggers()).isEmpty();
    }

    @Test
    void wantsAPortfolioDoesNotServeCallForAdaptation() {
        LifecycleAdvice unserved = review(renewed().portfolios(List.of(new ValuePortfolio("x", Set.of(ValueType.STRATEGIC),
                Map.of(), Map.of(ValueType.FINANCIAL, Fraction.of(10))))).build(), REVIEW);
        LifecycleAdvice served = review(renewed().portfolios(List.of(new ValuePortfolio("x", Set.of(ValueType.STRATEGIC),
                Map.of(), Map.of(ValueType.STRATEGIC, Fraction.of(10))))).build(), REVIEW);

        assertThat(triggers(unserved)).containsExactly("UNSERVED_WANTS");
        assertThat(unserved.triggers().get(0).subject()).isEqualTo("x");
        assertThat(served.triggers()).isEmpty();
    }

    @Test
    void aConflictThatEscalatedTwiceInThePeriodCallsForAdaptationButStepsBeforeItDoNotCount() {
        ConflictCases.Draft twice = ConflictCases.conflict().openedOn(LocalDate.of(2024, 2, 1)).steps(
                ConflictCases.step(EscalationStep.DIRECT_NEGOTIATION, LocalDate.of(2024, 2, 1), StepOutcome.FAILED),
                ConflictCases.step(EscalationStep.WORKING_GROUP, LocalDate.of(2024, 3, 1), StepOutcome.FAILED),
                ConflictCases.step(EscalationStep.DESIGNATED_MEDIATOR, LocalDate.of(2024, 4, 1), StepOutcome.ONGOING));
        ConflictCases.Draft acrossRenewal = ConflictCases.conflict().id("c2").openedOn(LocalDate.of(2023, 11, 1)).steps(
                ConflictCases.step(EscalationStep.DIRECT_NEGOTIATION, LocalDate.of(2023, 11, 1), StepOutcome.FAILED),
                ConflictCases.step(EscalationStep.WORKING_GROUP, LocalDate.of(2023, 12, 1), StepOutcome.FAILED),
                ConflictCases.step(EscalationStep.DESIGNATED_MEDIATOR, LocalDate.of(2024, 4, 1), StepOutcome.ONGOING));

        LifecycleAdvice advice = review(renewed().conflicts(List.of(twice.build(), acrossRenewal.build())).build(), REVIEW);

        assertThat(advice.triggers()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("REPEATED_ESCALATION");
            assertThat(t.subject()).isEqualTo("c1");
        });
    }

    @Test
    void aMembershipChangeAfterTheLastRenewalCallsForAdaptationAndOneOnItsDayDoesNot() {
        LifecycleAdvice after = review(renewed().membershipChanges(List.of(MembershipChange.depart(RENEWED.plusDays(1), "z", null)))
                .build(), REVIEW);
        LifecycleAdvice onTheDay = review(renewed().membershipChanges(List.of(MembershipChange.admit(RENEWED,
                Member.builder("n").name("Newco").category("firm").votingWeight(1).build(), List.of()))).build(), REVIEW);

        assertThat(triggers(after)).containsExactly("MEMBERSHIP_CHANGED");
        assertThat(after.triggers().get(0).reason()).startsWith("z departed on 2024-01-16");
        assertThat(onTheDay.triggers()).isEmpty();
    }

    @Test
    void aModeInForceOtherThanTheOneRecommendedCallsForAdaptation() {
        var recommended = advisor.recommendGovernance(COUNCIL).mode();
        GovernanceMode other = recommended == GovernanceMode.DISTRIBUTED ? GovernanceMode.CENTRALIZED : GovernanceMode.DISTRIBUTED;

        assertThat(triggers(review(renewed().currentMode(other).build(), REVIEW))).containsExactly("MODE_NO_LONGER_FITS");
        assertThat(review(renewed().currentMode(recommended).build(), REVIEW).triggers()).isEmpty();
    }

    /** Three members who all trust each other and agree on their goals: shared governance fits them. */
    private static final Coalition GROUP = Coalition.builder("Regional innovation group").formedOn(FORMED)
            .member("acme", "Acme", "manufacturer", 1, "bolt", "campus")
            .member("bolt", "Bolt Robotics", "manufacturer", 1, "acme", "campus")
            .member("campus", "Campus University", "university", 1, "acme", "bolt")
            .context(new GovernanceContext(0.2, 0.3, 0.9, 0.2))
            .build();

    @Test
    void aMoveTheWayNetworksEvolveIsSaidSoAndAMoveBackAsksForACloserLook() {
        LifecycleAdvice forward = review(renewed().currentMode(GovernanceMode.CENTRALIZED).build(), REVIEW);
        LifecycleAdvice back = advisor.reviewLifecycle(GROUP, renewed().currentMode(GovernanceMode.HYBRID).build(), REVIEW);

        assertThat(advisor.recommendGovernance(COUNCIL).mode()).isEqualTo(GovernanceMode.HYBRID);
        assertThat(advisor.recommendGovernance(GROUP).mode()).isEqualTo(GovernanceMode.DISTRIBUTED);
        assertThat(forward.triggers()).singleElement().satisfies(t -> assertThat(t.reason())
                .isEqualTo("The coalition is governed CENTRALIZED but now fits HYBRID best: review its governance at "
                        + "the next renewal (the way networks usually evolve: from shared governance towards a lead "
                        + "organisation or an administrative organisation, and from a lead towards an administrative "
                        + "organisation)."));
        assertThat(back.triggers()).singleElement().satisfies(t -> assertThat(t.reason())
                .isEqualTo("The coalition is governed HYBRID but now fits DISTRIBUTED best: review its governance at the "
                        + "next renewal, and check the figures behind the change first: networks rarely move back from "
                        + "HYBRID to DISTRIBUTED."));
    }

    @Test
    void renewalsOutOfOrderOrBeforeFormationAreRefusedWithTheirPaths() {
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class, () -> review(Lifecycle.builder()
                .renewals(FORMED.minusDays(1), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1)).build(), REVIEW));

        assertThat(e.violations()).extracting(Violation::path)
                .containsExactly("lifecycle.renewals[0]", "lifecycle.renewals[2]");
    }

    @Test
    void aReviewBeforeFormationIsRefused() {
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class,
                () -> review(Lifecycle.builder().build(), FORMED.minusDays(1)));

        assertThat(e.violations()).extracting(Violation::path).containsExactly("asOf");
    }

    /** Every rule of lifecycle-*.drl, each fired by a brief case (for RuleCoverageTest). */
    static Set<String> rulesFired(CoalitionAdvisor advisor) {
        Set<String> fired = new TreeSet<>();
        ConflictCases.Draft twice = ConflictCases.conflict().openedOn(LocalDate.of(2024, 2, 1)).steps(
                ConflictCases.step(EscalationStep.DIRECT_NEGOTIATION, LocalDate.of(2024, 2, 1), StepOutcome.FAILED),
                ConflictCases.step(EscalationStep.WORKING_GROUP, LocalDate.of(2024, 3, 1), StepOutcome.FAILED),
                ConflictCases.step(EscalationStep.DESIGNATED_MEDIATOR, LocalDate.of(2024, 4, 1), StepOutcome.ONGOING));
        Lifecycle everything = Lifecycle.builder().renewals(RENEWED, LocalDate.of(2030, 1, 1))
                .currentMode(advisor.recommendGovernance(COUNCIL).mode() == GovernanceMode.DISTRIBUTED
                        ? GovernanceMode.CENTRALIZED : GovernanceMode.DISTRIBUTED)
                .health(List.of(
                        HealthAssessment.of(LocalDate.of(2024, 3, 31), Fraction.parse("0.8"), Fraction.parse("0.7"), Fraction.ONE),
                        HealthAssessment.of(LocalDate.of(2024, 5, 31), Fraction.parse("0.8"), Fraction.parse("0.6"), Fraction.ONE)))
                .portfolios(List.of(new ValuePortfolio("x", Set.of(ValueType.STRATEGIC), Map.of(),
                        Map.of(ValueType.FINANCIAL, Fraction.of(10)))))
                .conflicts(List.of(twice.build()))
                .membershipChanges(List.of(MembershipChange.depart(RENEWED.plusDays(1), "z", null)))
                .build();
        fired.addAll(ruleIds(advisor.reviewLifecycle(COUNCIL, everything, REVIEW).explanation()));
        fired.addAll(ruleIds(advisor.reviewLifecycle(COUNCIL, Lifecycle.builder().build(), FORMED.plusMonths(22)).explanation()));
        fired.addAll(ruleIds(advisor.reviewLifecycle(GROUP, Lifecycle.builder().currentMode(GovernanceMode.HYBRID).build(),
                REVIEW).explanation()));
        return fired;
    }

    @Test
    void everyLifecycleRuleFiresInTheBriefCases() {
        assertThat(rulesFired(advisor)).containsExactlyInAnyOrder("lifecycle.renewal.due", "lifecycle.renewal.overdue",
                "lifecycle.half-life", "lifecycle.renewal.after-as-of", "lifecycle.trigger.pillar-falling",
                "lifecycle.trigger.unserved-wants", "lifecycle.trigger.repeated-escalation",
                "lifecycle.trigger.membership-changed", "lifecycle.trigger.mode-no-longer-fits",
                "lifecycle.trigger.mode-no-longer-fits-backward", "lifecycle.agenda.trigger",
                "lifecycle.agenda.half-life");
    }

    @Test
    void aMembershipChangeWithoutItsMemberIsRefusedWithItsPath() {
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class, () -> review(Lifecycle.builder()
                .membershipChanges(List.of(MembershipChange.depart(RENEWED, null, null))).build(), REVIEW));

        assertThat(e.violations()).extracting(Violation::toString)
                .containsExactly("membershipChanges[0].member: is missing: give the member departing");
    }
}
