package dev.coalition.timeline;

import static dev.coalition.timeline.Timelines.ADMITTED;
import static dev.coalition.timeline.Timelines.DEPARTED;
import static dev.coalition.timeline.Timelines.FORMED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.conflict.ConflictType;
import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.ExternalMediator;
import dev.coalition.conflict.StepOutcome;
import dev.coalition.conflict.StepRecord;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.lifecycle.Membership;
import dev.coalition.lifecycle.MembershipChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Replaying a timeline to a day gives the coalition, conflicts and records of that day. */
class TimelineReplayTest {

    private final Timeline timeline = Timelines.timeline();

    @Test
    void onTheDayOfFormationTheStateIsTheFoundingCoalition() {
        TimelineState s = timeline.stateAt(FORMED);

        assertThat(s.coalition().formedOn()).isEqualTo(FORMED);
        assertThat(s.coalition().members()).extracting(Member::id).containsExactly("acme", "bolt", "campus");
        assertThat(s.coalition().steeringBody()).containsExactly("acme", "bolt");
        assertThat(s.renewals()).isEmpty();
        assertThat(s.conflicts()).isEmpty();
        assertThat(s.membershipChanges()).isEmpty();
    }

    @Test
    void theDayBeforeAnAdmissionTheNewcomerIsNotYetAMember() {
        TimelineState s = timeline.stateAt(ADMITTED.minusDays(1));

        assertThat(s.coalition().member("delta")).isEmpty();
        assertThat(s.coalition().member("campus").orElseThrow().trusts()).containsExactly("acme", "bolt");
    }

    @Test
    void onTheDayOfAnAdmissionTheNewcomerIsAMemberAndTrustedByWhomTheEventSays() {
        TimelineState s = timeline.stateAt(ADMITTED);

        assertThat(s.coalition().member("delta").orElseThrow().trusts()).containsExactly("acme");
        assertThat(s.coalition().member("campus").orElseThrow().trusts()).containsExactly("acme", "bolt", "delta");
        assertThat(s.membershipChanges()).containsExactly(
                MembershipChange.admit(ADMITTED, Timelines.member("delta", "acme"), List.of("campus")));
    }

    @Test
    void afterADepartureTheMembersTrustTiesAndSteeringSeatAreGone() {
        TimelineState s = timeline.stateAt(DEPARTED);

        assertThat(s.coalition().members()).extracting(Member::id).containsExactly("acme", "campus", "delta");
        assertThat(s.coalition().member("acme").orElseThrow().trusts()).containsExactly("campus");
        assertThat(s.coalition().member("campus").orElseThrow().trusts()).containsExactly("acme", "delta");
        assertThat(s.coalition().steeringBody()).containsExactly("acme");
        assertThat(s.membershipChanges()).last().isEqualTo(MembershipChange.depart(DEPARTED, "bolt", "data-ownership"));
    }

    @Test
    void theLatestContextAndSteeringBodyApply() {
        TimelineState s = timeline.stateAt(LocalDate.of(2025, 1, 1));

        assertThat(s.coalition().context().decisionUrgency()).isEqualTo(0.8);
        assertThat(s.coalition().steeringBody()).containsExactly("acme", "delta");
    }

    @Test
    void aConflictCarriesItsHistoryUpToTheDayAndAnOutcomeClosesTheOngoingRung() {
        assertThat(timeline.stateAt(LocalDate.of(2024, 7, 10)).conflicts().get(0).history()).containsExactly(
                new StepRecord(EscalationStep.DIRECT_NEGOTIATION, LocalDate.of(2024, 7, 1), StepOutcome.ONGOING));
        assertThat(timeline.stateAt(LocalDate.of(2024, 7, 15)).conflicts().get(0).history()).containsExactly(
                new StepRecord(EscalationStep.DIRECT_NEGOTIATION, LocalDate.of(2024, 7, 1), StepOutcome.FAILED));
    }

    @Test
    void renewalsProposalsAndHealthAreListedUpToTheDay() {
        TimelineState before = timeline.stateAt(LocalDate.of(2025, 4, 14));
        TimelineState after = timeline.stateAt(LocalDate.of(2025, 4, 15));

        assertThat(before.renewals()).isEmpty();
        assertThat(after.renewals()).containsExactly(LocalDate.of(2025, 4, 15));
        assertThat(after.proposals()).extracting(TimelineEvent.ProposalDecided::proposal).containsExactly("p-7");
        assertThat(after.health()).hasSize(1);
        assertThat(after.lifecycle().renewals()).containsExactly(LocalDate.of(2025, 4, 15));
        assertThat(after.lifecycle().conflicts()).isEqualTo(after.conflicts());
    }

    @Test
    void theModeAdoptedAtTheLatestRenewalThatNamesOneIsTheModeInForce() {
        Timeline evolving = timeline
                .with(new TimelineEvent.RenewalHeld(LocalDate.of(2025, 10, 1), "innovation sharing", GovernanceMode.HYBRID))
                .with(new TimelineEvent.RenewalHeld(LocalDate.of(2026, 10, 1), "sustainability", null));

        assertThat(evolving.stateAt(LocalDate.of(2025, 9, 30)).mode()).isNull();
        assertThat(evolving.stateAt(LocalDate.of(2025, 10, 1)).lifecycle().currentMode()).isEqualTo(GovernanceMode.HYBRID);
        assertThat(evolving.stateAt(LocalDate.of(2026, 10, 1)).mode())
                .as("a renewal that names no mode keeps the one in force").isEqualTo(GovernanceMode.HYBRID);
    }

    @Test
    void theFoundingExternalMediatorsStayWithTheCoalitionThroughItsChanges() {
        TimelineEvent.Formed founding = Timelines.formed();
        ExternalMediator mediator = new ExternalMediator("ombuds", Set.of(ConflictType.RELATIONSHIP));
        List<TimelineEvent> events = new ArrayList<>(timeline.events());
        events.set(0, new TimelineEvent.Formed(founding.on(), founding.name(), founding.members(), founding.steeringBody(),
                founding.context(), List.of(mediator)));

        TimelineState state = new Timeline(events).stateAt(LocalDate.of(2025, 4, 15));

        assertThat(state.coalition().externalMediators()).containsExactly(mediator);
        assertThat(state.coalition().member("bolt")).as("the departure still applied").isEmpty();
    }

    @Test
    void anAdmissionAndADepartureChangeTheCoalitionExactlyAsMembershipApplyDoes() {
        TimelineState beforeAdmission = timeline.stateAt(ADMITTED.minusDays(1));
        TimelineState afterAdmission = timeline.stateAt(ADMITTED);
        TimelineState beforeDeparture = timeline.stateAt(DEPARTED.minusDays(1));
        TimelineState afterDeparture = timeline.stateAt(DEPARTED);

        assertThat(afterAdmission.coalition())
                .isEqualTo(Membership.apply(beforeAdmission.coalition(), afterAdmission.membershipChanges().get(0)));
        assertThat(afterDeparture.coalition())
                .isEqualTo(Membership.apply(beforeDeparture.coalition(), afterDeparture.membershipChanges().get(1)));
    }

    @Test
    void replayingToADayBeforeFormationIsRefusedAtAsOf() {
        assertThatThrownBy(() -> timeline.stateAt(FORMED.minusDays(1)))
                .isInstanceOfSatisfying(InvalidCoalitionException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("asOf", "2024-01-14 is before the coalition was formed on 2024-01-15: there is no "
                                + "coalition to replay yet; give a day on or after formation")));
    }

    @Test
    void theEventsCannotBeChangedThroughTheTimeline() {
        assertThatThrownBy(() -> timeline.events().add(new TimelineEvent.RenewalHeld(FORMED)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
