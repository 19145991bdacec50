package dev.coalition.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.lifecycle.MembershipChange;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.LifecycleAdvice;
import dev.coalition.rules.api.MembershipAdvice;
import dev.coalition.rules.api.MembershipOptions;
import dev.coalition.timeline.Timeline;
import dev.coalition.timeline.TimelineEvent;
import dev.coalition.timeline.TimelineState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coalitions over the years: the manufacturing coalition's three evolutions, each called for by
 * the review the day before, and the digital-transformation coalition's five membership changes.
 */
class EvolutionExamplesTest {

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void buildAdvisor() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void closeAdvisor() {
        advisor.close();
    }

    private static LifecycleAdvice review(Timeline timeline, LocalDate day) {
        TimelineState state = timeline.stateAt(day);
        return advisor.reviewLifecycle(state.coalition(), state.lifecycle(), day);
    }

    @Test
    void theManufacturingCoalitionRenewedItselfThreeTimesEachForANewPurpose() {
        List<TimelineEvent.RenewalHeld> renewals = EvolutionExamples.manufacturingTimeline().events().stream()
                .filter(TimelineEvent.RenewalHeld.class::isInstance).map(TimelineEvent.RenewalHeld.class::cast).toList();

        assertThat(renewals).extracting(TimelineEvent.RenewalHeld::purpose)
                .containsExactly("innovation sharing", "sustainability collaboration", "digital transformation");
        assertThat(renewals).extracting(TimelineEvent.RenewalHeld::mode)
                .as("shared governance, then a lead organisation, then a layered structure: never back")
                .containsExactly(GovernanceMode.DISTRIBUTED, GovernanceMode.CENTRALIZED, GovernanceMode.HYBRID);
    }

    @Test
    void eachChangeOfGovernanceWasCalledForByTheReviewTheDayBeforeAndAdoptedWhatTheRulesRecommend() {
        Timeline timeline = EvolutionExamples.manufacturingTimeline();
        for (TimelineEvent event : timeline.events()) {
            if (event instanceof TimelineEvent.RenewalHeld renewal && renewal.on().getYear() > 2022) {
                LocalDate eve = renewal.on().minusDays(1);
                assertThat(review(timeline, eve).triggers()).as("review on %s", eve)
                        .anySatisfy(t -> assertThat(t.id()).isEqualTo("MODE_NO_LONGER_FITS"));
                assertThat(advisor.recommendGovernance(timeline.stateAt(renewal.on()).coalition()).mode())
                        .as("mode recommended on %s", renewal.on()).isEqualTo(renewal.mode());
            }
        }
    }

    @Test
    void afterItsThirdEvolutionTheReviewFindsNothingCallingForChangeButItsHalfLifeIsLongPast() {
        LifecycleAdvice last = review(EvolutionExamples.manufacturingTimeline(), EvolutionExamples.MANUFACTURING_AS_OF);

        assertThat(last.triggers()).isEmpty();
        assertThat(last.lastRenewal()).isEqualTo(LocalDate.of(2024, 9, 16));
        assertThat(last.renewalDue()).isEqualTo(LocalDate.of(2025, 12, 16));
        assertThat(last.halfLifeReached()).isTrue();
    }

    @Test
    void theDigitalTransformationCoalitionAdmitsThreeAndLosesTwoOverEighteenMonths() {
        List<MembershipChange> changes = EvolutionExamples.digitalTransformationChanges();
        List<MembershipAdvice> advice = advisor.changeMembership(EvolutionExamples.digitalTransformation(), changes,
                MembershipOptions.none().withQuota(EvolutionExamples.DIGITAL_QUOTA)
                        .withConflicts(List.of(EvolutionExamples.dataResidencyConflict()))
                        .withProfiles(EvolutionExamples.digitalTransformationProfiles()));

        assertThat(changes).filteredOn(c -> c.kind() == MembershipChange.Kind.ADMIT).hasSize(3);
        assertThat(changes).filteredOn(c -> c.kind() == MembershipChange.Kind.DEPART).hasSize(2);
        assertThat(changes.get(0).on().until(changes.get(changes.size() - 1).on()).toTotalMonths()).isLessThanOrEqualTo(18);
        Coalition after = advice.get(advice.size() - 1).coalitionAfter();
        assertThat(after.members()).extracting(Member::id)
                .containsExactly("bank", "insurer", "retailer", "telecom", "cloudco", "datalab", "securefirm");
        assertThat(advice).filteredOn(a -> a.change().kind() == MembershipChange.Kind.ADMIT)
                .allSatisfy(a -> assertThat(a.compatibility()).as("newcomer %s assessed", a.change().memberId()).isNotEmpty());
        assertThat(advice).allSatisfy(a -> assertThat(a.votingPowerAfter()).isNotNull());
        assertThat(advice.get(0).differences()).contains("The recommended governance mode changes from CENTRALIZED to HYBRID.");
    }

    @Test
    void theUtilityLeavesThroughItsIrreconcilableConflictAsTheDivergencePlanSays() {
        Coalition beforeDeparture = advisor.changeMembership(EvolutionExamples.digitalTransformation(),
                EvolutionExamples.digitalTransformationChanges().subList(0, 2), MembershipOptions.none()).get(1).coalitionAfter();

        assertThat(advisor.assessConflict(beforeDeparture, EvolutionExamples.dataResidencyConflict(), LocalDate.of(2023, 11, 30))
                .dignifiedDivergence()).hasValueSatisfying(d -> assertThat(d.leaving()).isEqualTo("utility"));
    }

    @Test
    void theExamplesProgramPrintsBothCases() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EvolutionExamples.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), advisor);
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertThat(text).contains("=== 2021-2025: the manufacturing supply-chain coalition's three evolutions ===",
                "  renewal 2023-07-03: the coalition renews itself for sustainability collaboration, governed CENTRALIZED",
                "    MODE_NO_LONGER_FITS: The coalition is governed CENTRALIZED but now fits HYBRID best",
                "=== Cross-industry digital transformation coalition: three members admitted, two departed ===",
                "  2023-11-30 DEPART utility (through conflict data-residency): 7 members");
    }
}
