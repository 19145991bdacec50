package dev.coalition.timeline;

import dev.coalition.conflict.Conflict;
import dev.coalition.conflict.StepOutcome;
import dev.coalition.conflict.StepRecord;
import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.health.HealthAssessment;
import dev.coalition.health.Pillar;
import dev.coalition.health.PillarReading;
import dev.coalition.lifecycle.Membership;
import dev.coalition.lifecycle.MembershipChange;
import dev.coalition.value.Fraction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays events one by one, checking each against the state before it: the one place that says
 * what an event does and when it is allowed. An event with a problem is reported and not applied.
 * Not thread-safe; used by one call of {@link Timeline}.
 */
final class Replay {

    private final List<Violation> problems = new ArrayList<>();
    private LocalDate lastDay;
    private Coalition current;
    private GovernanceMode mode;
    private final Map<String, Conflict> conflicts = new LinkedHashMap<>();
    private final Map<String, Integer> conflictOpenedAt = new HashMap<>();
    private final Set<String> proposalIds = new HashSet<>();
    private final List<LocalDate> renewals = new ArrayList<>();
    private final List<TimelineEvent.ProposalDecided> proposals = new ArrayList<>();
    private final List<HealthAssessment> health = new ArrayList<>();
    private final List<MembershipChange> changes = new ArrayList<>();

    /** Replays every event and returns every problem, in event order. */
    static List<Violation> check(List<TimelineEvent> events) {
        Replay replay = new Replay();
        if (events == null || events.isEmpty()) {
            return List.of(new Violation("timeline", "is empty; a timeline starts with a FORMED event"));
        }
        for (int i = 0; i < events.size(); i++) {
            replay.apply(i, events.get(i));
        }
        return List.copyOf(replay.problems);
    }

    /** Replays the events of a valid timeline up to and including {@code asOf}. */
    static TimelineState stateAt(List<TimelineEvent> events, LocalDate asOf) {
        Replay replay = new Replay();
        for (int i = 0; i < events.size() && !events.get(i).on().isAfter(asOf); i++) {
            replay.apply(i, events.get(i));
        }
        return new TimelineState(asOf, replay.current, replay.renewals, List.copyOf(replay.conflicts.values()),
                replay.proposals, replay.health, replay.changes, replay.mode);
    }

    private void apply(int index, TimelineEvent event) {
        String path = "timeline[" + index + "]";
        if (event == null) {
            problems.add(new Violation(path, "is null; give an event"));
            return;
        }
        int before = problems.size();
        LocalDate on = event.on();
        if (event instanceof TimelineEvent.ConflictStep e && e.step() == null) {
            problems.add(new Violation(path + ".step", "is required: give the rung, its day and its outcome"));
            return;
        }
        if (event instanceof TimelineEvent.HealthAssessed e && e.assessment() == null) {
            problems.add(new Violation(path + ".pillars", "is required: give the assessment's three pillars"));
            return;
        }
        if (on == null) {
            problems.add(new Violation(path + ".on", "is required: give the day of the " + event.type() + " event, as YYYY-MM-DD"));
            return;
        }
        if (index == 0 && !(event instanceof TimelineEvent.Formed)) {
            problems.add(new Violation(path + ".type", event.type() + " comes first; a timeline starts with a FORMED event"));
            return;
        }
        if (index > 0 && event instanceof TimelineEvent.Formed) {
            problems.add(new Violation(path + ".type", "a second FORMED event; a timeline has one, first: use "
                    + "MEMBER_ADMITTED, STEERING_BODY_CHANGED or CONTEXT_CHANGED for later changes"));
            return;
        }
        if (current != null && on.isBefore(current.formedOn())) {
            problems.add(new Violation(path + ".on", on + " is before the coalition was formed on " + current.formedOn()
                    + ": an event comes on or after formation"));
        } else if (lastDay != null && on.isBefore(lastDay)) {
            problems.add(new Violation(path + ".on", on + " is before timeline[" + (index - 1) + "]'s day " + lastDay
                    + ": list events in date order (events on the same day keep the order given)"));
        }
        if (problems.size() > before) {
            return;
        }
        lastDay = on;
        if (index > 0 && current == null) {
            return;  // the FORMED event was invalid: nothing to apply later events to
        }
        if (event instanceof TimelineEvent.Formed e) {
            formed(path, e);
        } else if (event instanceof TimelineEvent.MemberAdmitted e) {
            admitted(path, e);
        } else if (event instanceof TimelineEvent.MemberDeparted e) {
            departed(path, e);
        } else if (event instanceof TimelineEvent.SteeringBodyChanged e) {
            steeringBody(path, e);
        } else if (event instanceof TimelineEvent.ContextChanged e) {
            contextChanged(path, e);
        } else if (event instanceof TimelineEvent.ConflictOpened e) {
            conflictOpened(index, path, e);
        } else if (event instanceof TimelineEvent.ConflictStep e) {
            conflictStep(path, e);
        } else if (event instanceof TimelineEvent.RenewalHeld e) {
            renewal(path, e);
        } else if (event instanceof TimelineEvent.ProposalDecided e) {
            proposal(path, e);
        } else if (event instanceof TimelineEvent.HealthAssessed e) {
            assessed(path, e);
        }
    }

    private void formed(String path, TimelineEvent.Formed e) {
        try {
            current = new Coalition(e.name(), e.on(), e.members(), e.steeringBody(), e.context(), e.externalMediators());
        } catch (InvalidCoalitionException ex) {
            under(path, ex, "formedOn");
        }
    }

    private void admitted(String path, TimelineEvent.MemberAdmitted e) {
        if (e.member() == null) {
            problems.add(new Violation(path + ".member", "is required: give the member admitted"));
        } else if (e.trustedBy() == null) {
            problems.add(new Violation(path + ".trustedBy", "is required: list the current members who trust the newcomer, or []"));
        } else {
            change(path, MembershipChange.admit(e.on(), e.member(), e.trustedBy()));
        }
    }

    private void departed(String path, TimelineEvent.MemberDeparted e) {
        if (e.conflict() != null && !conflicts.containsKey(e.conflict())) {
            problems.add(new Violation(path + ".conflict", "unknown conflict " + Violation.quote(e.conflict())
                    + " on " + e.on() + "; conflicts opened by then: " + conflicts.keySet() + ", or leave the field out"));
            return;
        }
        change(path, MembershipChange.depart(e.on(), e.member(), e.conflict()));
    }

    /** Applies an admission or departure the way {@link Membership} does for the facade, or reports why not. */
    private void change(String path, MembershipChange change) {
        List<Violation> found = Membership.violations(current, change, path);
        if (!found.isEmpty()) {
            found.forEach(v -> problems.add(new Violation(v.path(), v.message() + " (members on " + change.on() + ": "
                    + current.membersById().keySet() + ")")));
            return;
        }
        try {
            current = Membership.apply(current, change);
            changes.add(change);
        } catch (InvalidCoalitionException ex) {
            under(path + ".member", ex, "");
        }
    }

    private void steeringBody(String path, TimelineEvent.SteeringBodyChanged e) {
        if (e.seats() == null) {
            problems.add(new Violation(path + ".seats", "is required: list the members on the new steering body, or [] for none"));
            return;
        }
        int before = problems.size();
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < e.seats().size(); j++) {
            String id = e.seats().get(j);
            if (id != null && !seen.add(id)) {
                problems.add(new Violation(path + ".seats[" + j + "]", Violation.quote(id) + " is repeated; a member has one seat"));
            } else {
                notMember(path + ".seats[" + j + "]", id, e.on());
            }
        }
        if (problems.size() == before) {
            current = new Coalition(current.name(), current.formedOn(), current.members(), e.seats(), current.context(),
                    current.externalMediators());
        }
    }

    private void contextChanged(String path, TimelineEvent.ContextChanged e) {
        if (e.context() == null) {
            problems.add(new Violation(path + ".context", "is required: give the four figures "
                    + GovernanceContext.FIELDS + ", each in 0..1"));
            return;
        }
        current = new Coalition(current.name(), current.formedOn(), current.members(), current.steeringBody(), e.context(),
                current.externalMediators());
    }

    private void conflictOpened(int index, String path, TimelineEvent.ConflictOpened e) {
        int before = problems.size();
        if (e.id() != null && conflicts.containsKey(e.id())) {
            problems.add(new Violation(path + ".id", "conflict " + Violation.quote(e.id()) + " was already opened (timeline["
                    + conflictOpenedAt.get(e.id()) + "]); give each conflict its own id"));
        }
        Conflict conflict = null;
        try {
            conflict = new Conflict(e.id(), e.parties(), e.subjects(), e.behaviours(), e.on(), List.of(), e.importance(),
                    e.negativeEmotion(), e.resolutionEfficacy(), e.leaving());
        } catch (InvalidCoalitionException ex) {
            under(path, ex, "openedOn");
        }
        if (e.parties() != null) {
            for (int j = 0; j < e.parties().size(); j++) {
                if (e.parties().get(j) != null) {
                    notMember(path + ".parties[" + j + "]", e.parties().get(j), e.on());
                }
            }
        }
        if (problems.size() == before) {
            conflicts.put(conflict.id(), conflict);
            conflictOpenedAt.put(conflict.id(), index);
        }
    }

    private void conflictStep(String path, TimelineEvent.ConflictStep e) {
        Conflict c = e.conflict() == null ? null : conflicts.get(e.conflict());
        if (c == null) {
            problems.add(new Violation(path + ".conflict", (e.conflict() == null ? "is required" : "unknown conflict "
                    + Violation.quote(e.conflict())) + ": name a conflict opened before, one of " + conflicts.keySet()));
            return;
        }
        StepRecord step = e.step();
        List<StepRecord> history = new ArrayList<>(c.history());
        StepRecord last = c.lastStep().orElse(null);
        if (last != null && last.outcome() == StepOutcome.RESOLVED) {
            problems.add(new Violation(path + ".conflict", "conflict " + Violation.quote(c.id()) + " was resolved ("
                    + last.step() + ", " + last.date() + "); open a new conflict for a new dispute"));
            return;
        }
        if (last != null && last.outcome() == StepOutcome.ONGOING) {
            if (last.step() != step.step()) {
                problems.add(new Violation(path + ".step", step.step() + " follows " + last.step() + " of " + last.date()
                        + ", which is still ONGOING: record its outcome first (a CONFLICT_STEP with step " + last.step() + ")"));
                return;
            }
            history.set(history.size() - 1, new StepRecord(last.step(), last.date(), step.outcome()));
        } else {
            history.add(step);
        }
        conflicts.put(c.id(), new Conflict(c.id(), c.parties(), c.subjects(), c.behaviours(), c.openedOn(), history,
                c.importance(), c.negativeEmotion(), c.resolutionEfficacy(), c.leaving()));
    }

    private void renewal(String path, TimelineEvent.RenewalHeld e) {
        if (!renewals.isEmpty() && renewals.get(renewals.size() - 1).equals(e.on())) {
            problems.add(new Violation(path + ".on", "a renewal was already held on " + e.on() + "; record each renewal once"));
            return;
        }
        if (e.purpose() != null && (e.purpose().isBlank() || e.purpose().length() > 200)) {
            problems.add(new Violation(path + ".purpose", (e.purpose().isBlank() ? "is blank" : "has " + e.purpose().length()
                    + " characters") + ": say the renewed purpose in 1 to 200 characters, or leave the field out"));
            return;
        }
        renewals.add(e.on());
        if (e.mode() != null) {
            mode = e.mode();
        }
    }

    private void proposal(String path, TimelineEvent.ProposalDecided e) {
        int before = problems.size();
        if (e.proposal() == null || !e.proposal().matches("[A-Za-z0-9_-]{1,64}")) {
            problems.add(new Violation(path + ".proposal", (e.proposal() == null ? "is required" : Violation.quote(e.proposal())
                    + " is not an id") + ": use 1 to 64 letters, digits, _ or -"));
        } else if (proposalIds.contains(e.proposal())) {
            problems.add(new Violation(path + ".proposal", "proposal " + Violation.quote(e.proposal())
                    + " was already decided; record each decision once"));
        }
        if (e.domain() == null) {
            problems.add(new Violation(path + ".domain", "is required: give one of STRATEGIC, TECHNICAL, OPERATIONAL, "
                    + "FINANCIAL, MEMBERSHIP"));
        }
        if (e.outcome() == null || e.outcome().isBlank()) {
            problems.add(new Violation(path + ".outcome", "is required: say what was decided, e.g. \"PASSED\""));
        }
        if (problems.size() == before) {
            proposalIds.add(e.proposal());
            proposals.add(e);
        }
    }

    private void assessed(String path, TimelineEvent.HealthAssessed e) {
        int before = problems.size();
        for (Pillar pillar : Pillar.values()) {
            PillarReading reading = e.assessment().pillars().get(pillar);
            Fraction score = reading == null ? null : reading.score();
            String at = path + ".pillars." + pillar.field();
            if (score == null) {
                problems.add(new Violation(at, "is required: give a score in 0..1 (e.g. \"3/4\") or named indicators"));
            } else if (score.signum() < 0 || score.compareTo(Fraction.ONE) > 0) {
                problems.add(new Violation(at, score + " is outside 0..1"));
            }
        }
        if (problems.size() == before) {
            health.add(e.assessment());
        }
    }

    private void notMember(String path, String id, LocalDate on) {
        if (id == null) {
            problems.add(new Violation(path, "is null; give a member id"));
        } else if (current.member(id).isEmpty()) {
            problems.add(new Violation(path, Violation.quote(id) + " is not a member on " + on + "; members then: "
                    + current.membersById().keySet()));
        }
    }

    private void under(String path, InvalidCoalitionException ex, String dateField) {
        for (Violation v : ex.violations()) {
            String field = v.path().equals(dateField) ? "on" : v.path();
            problems.add(new Violation(field.isEmpty() ? path : path + "." + field, v.message()));
        }
    }

}
