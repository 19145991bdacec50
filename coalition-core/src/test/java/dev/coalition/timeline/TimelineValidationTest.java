package dev.coalition.timeline;

import static dev.coalition.timeline.Timelines.ADMITTED;
import static dev.coalition.timeline.Timelines.FORMED;
import static dev.coalition.timeline.Timelines.formed;
import static dev.coalition.timeline.Timelines.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.conflict.Behaviour;
import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.StepOutcome;
import dev.coalition.conflict.StepRecord;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.governance.GovernanceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each problem with a timeline is reported with its path, timeline[i].FIELD. */
class TimelineValidationTest {

    private static final LocalDate JULY = LocalDate.of(2024, 7, 1);

    private static List<Violation> problems(TimelineEvent... events) {
        return Timeline.violations(Arrays.asList(events));
    }

    private static TimelineEvent.ConflictOpened conflict(LocalDate on) {
        return new TimelineEvent.ConflictOpened(on, "c1", List.of("acme", "bolt"), List.of("roles"),
                List.of(Behaviour.POSITIONS_HARDEN), 0.5, 0.5, 0.5, null);
    }

    private static TimelineEvent.ConflictStep step(EscalationStep rung, LocalDate on, StepOutcome outcome) {
        return new TimelineEvent.ConflictStep("c1", new StepRecord(rung, on, outcome));
    }

    @Test
    void theWorkedTimelineIsValid() {
        assertThat(Timeline.violations(Timelines.events())).isEmpty();
    }

    @Test
    void anEmptyTimelineIsRefused() {
        assertThat(Timeline.violations(List.of())).containsExactly(
                new Violation("timeline", "is empty; a timeline starts with a FORMED event"));
    }

    @Test
    void theFirstEventMustBeFormed() {
        assertThat(problems(new TimelineEvent.RenewalHeld(FORMED), formed())).containsExactly(
                new Violation("timeline[0].type", "RENEWAL_HELD comes first; a timeline starts with a FORMED event"),
                new Violation("timeline[1].type", "a second FORMED event; a timeline has one, first: use "
                        + "MEMBER_ADMITTED, STEERING_BODY_CHANGED or CONTEXT_CHANGED for later changes"));
    }

    @Test
    void aSecondFormedIsRefused() {
        assertThat(problems(formed(), formed())).extracting(Violation::path).containsExactly("timeline[1].type");
    }

    @Test
    void anInvalidFoundingCoalitionIsReportedUnderItsEvent() {
        TimelineEvent.Formed bad = new TimelineEvent.Formed(FORMED, "G", List.of(member("acme", "zed")), List.of(), null);

        assertThat(problems(bad)).extracting(Violation::path).contains("timeline[0].members", "timeline[0].members[0].trusts[0]",
                "timeline[0].context");
    }

    @Test
    void anEventBeforeFormationIsRefused() {
        assertThat(problems(formed(), new TimelineEvent.RenewalHeld(FORMED.minusDays(1)))).containsExactly(
                new Violation("timeline[1].on", "2024-01-14 is before the coalition was formed on 2024-01-15: an event "
                        + "comes on or after formation"));
    }

    @Test
    void eventsOutOfDateOrderAreRefusedButTheSameDayIsFine() {
        assertThat(problems(formed(), new TimelineEvent.RenewalHeld(JULY), new TimelineEvent.RenewalHeld(ADMITTED)))
                .containsExactly(new Violation("timeline[2].on", "2024-03-01 is before timeline[1]'s day 2024-07-01: list "
                        + "events in date order (events on the same day keep the order given)"));
        assertThat(problems(formed(), conflict(JULY), step(EscalationStep.DIRECT_NEGOTIATION, JULY, StepOutcome.FAILED)))
                .isEmpty();
    }

    @Test
    void aMissingDayIsRefused() {
        assertThat(problems(formed(), new TimelineEvent.RenewalHeld(null))).containsExactly(
                new Violation("timeline[1].on", "is required: give the day of the RENEWAL_HELD event, as YYYY-MM-DD"));
    }

    @Test
    void admittingAnExistingMemberIsRefused() {
        assertThat(problems(formed(), new TimelineEvent.MemberAdmitted(ADMITTED, member("bolt"), List.of()))).containsExactly(
                new Violation("timeline[1].member.id", "\"bolt\" is already a member: admit someone new, or give a new id "
                        + "(members on 2024-03-01: [acme, bolt, campus])"));
    }

    @Test
    void aNewcomerTrustsAndIsTrustedByMembersOfThatDayOnly() {
        assertThat(problems(formed(), new TimelineEvent.MemberAdmitted(ADMITTED, member("delta", "zed"), List.of("acme", "yak"))))
                .containsExactly(
                        new Violation("timeline[1].member.trusts[0]", "\"zed\" is not a member: a newcomer can trust only "
                                + "current members (members on 2024-03-01: [acme, bolt, campus])"),
                        new Violation("timeline[1].trustedBy[1]", "\"yak\" is not a member: only current members can trust "
                                + "the newcomer (members on 2024-03-01: [acme, bolt, campus])"));
    }

    @Test
    void aMemberWhoDepartedCannotTrustANewcomer() {
        assertThat(problems(formed(), new TimelineEvent.MemberDeparted(ADMITTED, "bolt", null),
                new TimelineEvent.MemberAdmitted(JULY, member("delta"), List.of("bolt"))))
                .extracting(Violation::path).containsExactly("timeline[2].trustedBy[0]");
    }

    @Test
    void theDepartureOfANonMemberIsRefused() {
        assertThat(problems(formed(), new TimelineEvent.MemberDeparted(ADMITTED, "zed", null))).containsExactly(
                new Violation("timeline[1].member", "\"zed\" is not a member: only a member can depart "
                        + "(members on 2024-03-01: [acme, bolt, campus])"));
    }

    @Test
    void aDepartureThroughAnUnknownConflictIsRefused() {
        assertThat(problems(formed(), new TimelineEvent.MemberDeparted(ADMITTED, "bolt", "c9"))).containsExactly(
                new Violation("timeline[1].conflict", "unknown conflict \"c9\" on 2024-03-01; conflicts opened by then: [], "
                        + "or leave the field out"));
    }

    @Test
    void aRenewedPurposeIsSaidInOneTo200Characters() {
        assertThat(problems(formed(), new TimelineEvent.RenewalHeld(ADMITTED, " ", null),
                new TimelineEvent.RenewalHeld(JULY, "x".repeat(201), null),
                new TimelineEvent.RenewalHeld(JULY.plusDays(1), "x".repeat(200), null))).containsExactly(
                new Violation("timeline[1].purpose", "is blank: say the renewed purpose in 1 to 200 characters, or leave "
                        + "the field out"),
                new Violation("timeline[2].purpose", "has 201 characters: say the renewed purpose in 1 to 200 characters, "
                        + "or leave the field out"));
    }

    @Test
    void aDepartureThatLeavesOneMemberIsRefused() {
        assertThat(problems(formed(), new TimelineEvent.MemberDeparted(ADMITTED, "bolt", null),
                new TimelineEvent.MemberDeparted(JULY, "acme", null))).containsExactly(
                new Violation("timeline[2].member", "the departure of \"acme\" would leave 1 member: a coalition has at "
                        + "least two; dissolve it instead (members on 2024-07-01: [acme, campus])"));
    }

    @Test
    void steeringSeatsGoToMembersOnce() {
        assertThat(problems(formed(), new TimelineEvent.SteeringBodyChanged(ADMITTED, List.of("acme", "acme", "zed"))))
                .extracting(Violation::path).containsExactly("timeline[1].seats[1]", "timeline[1].seats[2]");
    }

    @Test
    void aContextChangeNeedsAContext() {
        assertThat(problems(formed(), new TimelineEvent.ContextChanged(ADMITTED, null))).containsExactly(
                new Violation("timeline[1].context", "is required: give the four figures " + GovernanceContext.FIELDS
                        + ", each in 0..1"));
    }

    @Test
    void aConflictsPartiesAreMembersAndItsIdIsNew() {
        TimelineEvent.ConflictOpened withStranger = new TimelineEvent.ConflictOpened(JULY, "c1", List.of("acme", "zed"),
                List.of("roles"), List.of(Behaviour.POSITIONS_HARDEN), 0.5, 1.5, 0.5, null);

        assertThat(problems(formed(), withStranger)).containsExactly(
                new Violation("timeline[1].negativeEmotion", "1.5 is outside 0..1"),
                new Violation("timeline[1].parties[1]", "\"zed\" is not a member on 2024-07-01; members then: [acme, bolt, campus]"));
        assertThat(problems(formed(), conflict(JULY), conflict(JULY))).containsExactly(
                new Violation("timeline[2].id", "conflict \"c1\" was already opened (timeline[1]); give each conflict its own id"));
    }

    @Test
    void aStepForAnUnknownConflictIsRefused() {
        assertThat(problems(formed(), step(EscalationStep.WORKING_GROUP, JULY, StepOutcome.FAILED))).containsExactly(
                new Violation("timeline[1].conflict", "unknown conflict \"c1\": name a conflict opened before, one of []"));
    }

    @Test
    void aNewRungWaitsForTheOngoingOnesOutcome() {
        assertThat(problems(formed(), conflict(JULY), step(EscalationStep.DIRECT_NEGOTIATION, JULY, StepOutcome.ONGOING),
                step(EscalationStep.WORKING_GROUP, JULY.plusDays(3), StepOutcome.ONGOING))).containsExactly(
                new Violation("timeline[3].step", "WORKING_GROUP follows DIRECT_NEGOTIATION of 2024-07-01, which is still "
                        + "ONGOING: record its outcome first (a CONFLICT_STEP with step DIRECT_NEGOTIATION)"));
    }

    @Test
    void noStepFollowsAResolution() {
        assertThat(problems(formed(), conflict(JULY), step(EscalationStep.DIRECT_NEGOTIATION, JULY, StepOutcome.RESOLVED),
                step(EscalationStep.WORKING_GROUP, JULY.plusDays(3), StepOutcome.ONGOING)))
                .extracting(Violation::path).containsExactly("timeline[3].conflict");
    }

    @Test
    void aProposalIsDecidedOnceWithADomainAndAnOutcome() {
        assertThat(problems(formed(), new TimelineEvent.ProposalDecided(JULY, "p1", null, " "),
                new TimelineEvent.ProposalDecided(JULY, "p2", dev.coalition.governance.DecisionDomain.STRATEGIC, "PASSED"),
                new TimelineEvent.ProposalDecided(JULY, "p2", dev.coalition.governance.DecisionDomain.STRATEGIC, "PASSED")))
                .extracting(Violation::path).containsExactly("timeline[1].domain", "timeline[1].outcome", "timeline[3].proposal");
    }

    @Test
    void aHealthAssessmentNeedsEveryPillar() {
        assertThat(problems(formed(), new TimelineEvent.HealthAssessed(new dev.coalition.health.HealthAssessment(JULY,
                java.util.Map.of())))).extracting(Violation::path).containsExactly("timeline[1].pillars.strategicAlignment",
                "timeline[1].pillars.operationalInteroperability", "timeline[1].pillars.relationalResilience");
    }

    @Test
    void theConstructorRefusesAnInvalidTimelineWithEveryProblem() {
        List<TimelineEvent> events = new ArrayList<>(Timelines.events());
        events.add(new TimelineEvent.MemberDeparted(LocalDate.of(2026, 1, 1), "bolt", null));

        assertThatThrownBy(() -> new Timeline(events)).isInstanceOfSatisfying(InvalidCoalitionException.class,
                e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("timeline[11].member"));
    }
}
