package dev.coalition.timeline;

import dev.coalition.conflict.Behaviour;
import dev.coalition.conflict.ExternalMediator;
import dev.coalition.conflict.StepRecord;
import dev.coalition.core.Member;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.health.HealthAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One thing that happened to a coalition, on a day. A {@link Timeline} is a list of them; replaying
 * it gives the coalition's state on any day. Every event is an immutable record; any value is
 * accepted here so that {@link Timeline#violations(List)} can report every problem with its path.
 */
public sealed interface TimelineEvent {

    /** The day the event took effect. */
    LocalDate on();

    /** The event's type as it is written in JSON, e.g. {@code MEMBER_ADMITTED}. */
    String type();

    /**
     * The coalition is formed: what {@code Coalition.builder} needs.
     *
     * @param on           the day of formation ({@code formedOn})
     * @param name         the coalition's name
     * @param members      the founding members, at least 2
     * @param steeringBody the ids of the founding members on the steering body (may be empty)
     * @param context      the situation it governs itself in
     * @param externalMediators professional mediators from outside the coalition, named in advance (may be empty)
     */
    record Formed(LocalDate on, String name, List<Member> members, List<String> steeringBody,
                  GovernanceContext context, List<ExternalMediator> externalMediators) implements TimelineEvent {
        public Formed {
            members = copy(members);
            steeringBody = copy(steeringBody);
            externalMediators = externalMediators == null ? List.of() : copy(externalMediators);
        }

        /** A coalition formed without external mediators. */
        public Formed(LocalDate on, String name, List<Member> members, List<String> steeringBody, GovernanceContext context) {
            this(on, name, members, steeringBody, context, List.of());
        }

        @Override
        public String type() {
            return "FORMED";
        }
    }

    /**
     * A member is admitted.
     *
     * @param on        the day it joins
     * @param member    the newcomer, with the ids of the current members it trusts
     * @param trustedBy the ids of current members who trust the newcomer (may be empty)
     */
    record MemberAdmitted(LocalDate on, Member member, List<String> trustedBy) implements TimelineEvent {
        public MemberAdmitted {
            trustedBy = copy(trustedBy);
        }

        @Override
        public String type() {
            return "MEMBER_ADMITTED";
        }
    }

    /**
     * A member departs; its trust ties and steering seat go with it.
     *
     * @param on       the day it leaves
     * @param member   the id of the member leaving
     * @param conflict the id of the conflict it departs through, or {@code null}
     */
    record MemberDeparted(LocalDate on, String member, String conflict) implements TimelineEvent {
        @Override
        public String type() {
            return "MEMBER_DEPARTED";
        }
    }

    /**
     * The steering body is replaced.
     *
     * @param on    the day the new body takes office
     * @param seats the ids of the members on it (empty: no steering body)
     */
    record SteeringBodyChanged(LocalDate on, List<String> seats) implements TimelineEvent {
        public SteeringBodyChanged {
            seats = copy(seats);
        }

        @Override
        public String type() {
            return "STEERING_BODY_CHANGED";
        }
    }

    /**
     * The situation the coalition governs itself in has changed.
     *
     * @param on      the day of the change
     * @param context the new context
     */
    record ContextChanged(LocalDate on, GovernanceContext context) implements TimelineEvent {
        @Override
        public String type() {
            return "CONTEXT_CHANGED";
        }
    }

    /**
     * A conflict is opened: what {@code dev.coalition.conflict.Conflict} needs, its history empty
     * and its {@code openedOn} the event's day.
     *
     * @param on                 the day it is opened
     * @param id                 the conflict's id, unique in the timeline
     * @param parties            the members in conflict, members on that day
     * @param subjects           what it is about
     * @param behaviours         the behaviours observed
     * @param importance         how much the issue matters, 0..1
     * @param negativeEmotion    how much negative emotion it carries, 0..1
     * @param resolutionEfficacy how able the parties believe they are to resolve it, 0..1
     * @param leaving            the party that will leave if the coalition diverges, or {@code null}
     */
    record ConflictOpened(LocalDate on, String id, List<String> parties, List<String> subjects,
                          List<Behaviour> behaviours, double importance, double negativeEmotion,
                          double resolutionEfficacy, String leaving) implements TimelineEvent {
        public ConflictOpened {
            parties = copy(parties);
            subjects = copy(subjects);
            behaviours = copy(behaviours);
        }

        @Override
        public String type() {
            return "CONFLICT_OPENED";
        }
    }

    /**
     * A step of a conflict's escalation ladder: a new rung tried, or the outcome of the rung still
     * ONGOING (same rung), which then keeps the day it started.
     *
     * @param conflict the conflict's id
     * @param step     the step; its date is the event's day
     */
    record ConflictStep(String conflict, StepRecord step) implements TimelineEvent {
        @Override
        public LocalDate on() {
            return step == null ? null : step.date();
        }

        @Override
        public String type() {
            return "CONFLICT_STEP";
        }
    }

    /**
     * A renewal retreat was held: the coalition reassessed its purpose, membership and governance.
     *
     * @param on      the day it was held
     * @param purpose the purpose it renewed itself around, in a few words, or {@code null} when unchanged
     * @param mode    the governance mode it adopted (the mode in force from then on), or {@code null} when unchanged
     */
    record RenewalHeld(LocalDate on, String purpose, GovernanceMode mode) implements TimelineEvent {
        /** A renewal that kept the purpose and the governance mode. */
        public RenewalHeld(LocalDate on) {
            this(on, null, null);
        }

        @Override
        public String type() {
            return "RENEWAL_HELD";
        }
    }

    /**
     * A proposal was decided.
     *
     * @param on       the day of the decision
     * @param proposal the proposal's id
     * @param domain   its decision domain
     * @param outcome  the outcome, as text (e.g. "PASSED", "decided by the lead")
     */
    record ProposalDecided(LocalDate on, String proposal, DecisionDomain domain, String outcome)
            implements TimelineEvent {
        @Override
        public String type() {
            return "PROPOSAL_DECIDED";
        }
    }

    /**
     * The alliance's health was assessed.
     *
     * @param assessment the assessment; its date is the event's day
     */
    record HealthAssessed(HealthAssessment assessment) implements TimelineEvent {
        @Override
        public LocalDate on() {
            return assessment == null ? null : assessment.date();
        }

        @Override
        public String type() {
            return "HEALTH_ASSESSED";
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
