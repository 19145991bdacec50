package dev.coalition.cli;

import dev.coalition.assessment.Candidate;
import dev.coalition.conflict.Conflict;
import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.lifecycle.Lifecycle;
import dev.coalition.lifecycle.MembershipChange;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.LifecycleAdvice;
import dev.coalition.rules.api.MembershipAdvice;
import dev.coalition.rules.api.MembershipOptions;
import dev.coalition.timeline.TimelineEvent;
import dev.coalition.timeline.TimelineState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks the facade about the document's life: what each membership change changes
 * ({@link CoalitionAdvisor#changeMembership}, with the voting section's quota, the document's conflicts
 * and the candidates' profiles) and the renewal review ({@link CoalitionAdvisor#reviewLifecycle}) on
 * the document's {@code asOf}. The review's evidence is the document's health assessments, conflicts
 * and membership changes, or, with a timeline, the replayed renewals, health assessments, conflicts
 * and membership changes. The facade's problems become problems with paths into the document (a
 * replayed part's at its event, {@code timeline[i]}); those at places already reported are left out.
 */
final class LifeAnalyses {

    private static final Pattern INDEXED = Pattern.compile("(conflicts|membershipChanges|health|lifecycle\\.renewals)\\[(\\d+)\\](.*)");

    private LifeAnalyses() {
    }

    /**
     * The answers, each {@code null} when not asked for or when the facade finds problems, which are
     * added to {@code problems} (unless already reported around their path).
     *
     * @param candidates the candidates' profiles, or {@code null} when none are given or they have problems
     */
    static LifeAnswers answer(CoalitionAdvisor advisor, CoalitionDocument.Reading reading, List<Candidate> candidates,
                              List<Problem> problems) {
        LifeInputs life = reading.life();
        Coalition coalition = reading.coalition();
        List<Conflict> conflicts = conflicts(reading);
        List<MembershipChange> changes = life.membershipChanges();
        boolean changesReadable = changes != null && changes.stream().allMatch(Objects::nonNull)
                && !problemsIn(reading, "membershipChanges");
        // a profile with a problem (reported) is not used, nor are the profiles with it
        boolean profilesReadable = !problemsIn(reading, "candidates")
                && problems.stream().noneMatch(p -> DocumentPath.within(p.path(), "candidates"));
        List<MembershipAdvice> membership = null;
        if (changesReadable && conflicts != null && profilesReadable) {
            MembershipOptions options = MembershipOptions.none().withConflicts(conflicts)
                    .withProfiles(candidates == null ? List.of() : candidates);
            if (reading.voting() != null) {
                options = options.withQuota(reading.voting().quota());
            }
            try {
                membership = advisor.changeMembership(coalition, changes, options);
            } catch (InvalidCoalitionException e) {
                add(e.violations(), null, reading, problems);
            }
        }
        LifecycleAdvice review = null;
        boolean evidenceReadable = conflicts != null && (changes == null || changesReadable)
                && !problemsIn(reading, "health");
        if (life.lifecycle() != null && reading.asOf() != null && evidenceReadable) {
            try {
                review = advisor.reviewLifecycle(coalition, evidence(reading, conflicts), reading.asOf());
            } catch (InvalidCoalitionException e) {
                add(e.violations(), life.timeline(), reading, problems);
            }
        }
        return new LifeAnswers(review, membership, life.timeline());
    }

    /** Whether the document has a problem in a section. */
    private static boolean problemsIn(CoalitionDocument.Reading reading, String section) {
        return reading.problems().stream().anyMatch(p -> DocumentPath.within(p.path(), section));
    }

    /** The document's conflicts, or {@code null} when one of them cannot be read. */
    private static List<Conflict> conflicts(CoalitionDocument.Reading reading) {
        if (reading.conflicts() == null) {
            return List.of();
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (ConflictsRequest.Draft draft : reading.conflicts().conflicts()) {
            if (draft.conflict() == null) {
                return null;
            }
            conflicts.add(draft.conflict());
        }
        return conflicts;
    }

    private static Lifecycle evidence(CoalitionDocument.Reading reading, List<Conflict> conflicts) {
        LifeInputs life = reading.life();
        if (life.timeline() != null) {
            TimelineState state = life.timeline().state();
            GovernanceMode mode = life.lifecycle().currentMode() != null ? life.lifecycle().currentMode() : state.mode();
            return new Lifecycle(state.renewals(), mode, state.health(), state.conflicts(),
                    List.of(), state.membershipChanges());
        }
        return new Lifecycle(life.lifecycle().renewals(), life.lifecycle().currentMode(),
                reading.health() == null ? List.of() : reading.health(), conflicts, List.of(),
                life.membershipChanges() == null ? List.of() : life.membershipChanges());
    }

    private static void add(List<Violation> violations, TimelineSection.Replayed timeline, CoalitionDocument.Reading reading,
                            List<Problem> problems) {
        for (Violation v : violations) {
            Problem problem = timeline == null ? Problem.at(v.path(), v.message()) : replayed(v, timeline);
            boolean known = problems.stream().anyMatch(p -> p.path().equals(problem.path())
                    && p.message().equals(problem.message()));
            if (!known && !reading.reportedWithin(problem.path())) {
                problems.add(problem);
            }
        }
    }

    /** A problem with a replayed part, placed at the event it was replayed from. */
    private static Problem replayed(Violation v, TimelineSection.Replayed replayed) {
        Matcher m = INDEXED.matcher(v.path());
        if (!m.matches()) {
            return Problem.at(v.path(), v.message());
        }
        int index = Integer.parseInt(m.group(2));
        Class<? extends TimelineEvent> type = switch (m.group(1)) {
            case "conflicts" -> TimelineEvent.ConflictOpened.class;
            case "health" -> TimelineEvent.HealthAssessed.class;
            case "lifecycle.renewals" -> TimelineEvent.RenewalHeld.class;
            default -> null;
        };
        List<TimelineEvent> events = replayed.timeline().events();
        int seen = -1;
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent event = events.get(i);
            boolean counts = type == null ? event instanceof TimelineEvent.MemberAdmitted
                    || event instanceof TimelineEvent.MemberDeparted : type.isInstance(event);
            if (counts && ++seen == index) {
                return Problem.at(DocumentPath.index("timeline", i), v.message() + " (" + v.path()
                        + " of the coalition replayed to " + replayed.replayedTo() + ")");
            }
        }
        return Problem.at("timeline", v.path() + ": " + v.message());
    }
}
