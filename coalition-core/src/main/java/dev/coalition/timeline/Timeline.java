package dev.coalition.timeline;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A coalition's life as a list of dated events, oldest first (events on the same day keep the
 * order given): formation, admissions and departures, steering-body and context changes, conflicts
 * and their steps, renewals, decided proposals, health assessments. Its state on any day is
 * derived by replaying the events up to that day ({@link #stateAt(LocalDate)}); a host stores the
 * events ({@link TimelineJson}) rather than the state.
 *
 * <p>A valid timeline starts with its one {@code FORMED} event and lists every other event on or
 * after formation, in date order, each allowed by the state before it: an admitted member is not a
 * member yet and trusts, and is trusted by, members of that day; a departing member, steering seats
 * and conflict parties are members of that day; a conflict step names a conflict opened before, not
 * resolved, whose ONGOING rung gets its outcome before a new rung is tried. The constructor refuses
 * anything else with an {@link InvalidCoalitionException} listing every problem, with the paths of
 * {@link #violations(List)} ({@code timeline[3].trustedBy[0]}).
 *
 * @param events the events, oldest first
 */
public record Timeline(List<TimelineEvent> events) {

    public Timeline {
        List<TimelineEvent> given = events == null ? null : Collections.unmodifiableList(new ArrayList<>(events));
        List<Violation> problems = violations(given);
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        events = given;
    }

    /** A timeline of the given events. */
    public static Timeline of(TimelineEvent... events) {
        return new Timeline(List.of(events));
    }

    /**
     * Every problem with the events, in event order, each with its path
     * ({@code timeline[i].FIELD}); empty when {@code new Timeline(events)} would succeed. An event
     * with a problem is not replayed, so a later event that depends on it may be reported too.
     */
    public static List<Violation> violations(List<TimelineEvent> events) {
        return Replay.check(events);
    }

    /** The day the coalition was formed: the day of the first event. */
    public LocalDate formedOn() {
        return events.get(0).on();
    }

    /** The day of the last event. */
    public LocalDate lastDay() {
        return events.get(events.size() - 1).on();
    }

    /** This timeline with one more event at its end. */
    public Timeline with(TimelineEvent event) {
        List<TimelineEvent> more = new ArrayList<>(events);
        more.add(event);
        return new Timeline(more);
    }

    /**
     * The coalition's state as of a day: every event on or before it replayed in order.
     *
     * @param asOf the day, on or after formation (a day after the last event is the state after it)
     * @throws InvalidCoalitionException at {@code asOf} when it is missing or before formation
     */
    public TimelineState stateAt(LocalDate asOf) {
        if (asOf == null) {
            throw new InvalidCoalitionException(List.of(new Violation("asOf",
                    "is required: give the day to replay the timeline to, as YYYY-MM-DD")));
        }
        if (asOf.isBefore(formedOn())) {
            throw new InvalidCoalitionException(List.of(new Violation("asOf", asOf
                    + " is before the coalition was formed on " + formedOn()
                    + ": there is no coalition to replay yet; give a day on or after formation")));
        }
        return Replay.stateAt(events, asOf);
    }
}
