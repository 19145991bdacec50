package dev.coalition.cli;

import dev.coalition.conflict.Behaviour;
import dev.coalition.conflict.Conflict;
import dev.coalition.conflict.StepRecord;
import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ConflictAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Asks the facade about the conflicts a document gives: first its checks (subjects outside the
 * policy's vocabulary, parties that are not members, dates after {@code asOf}), with paths into
 * the document; then, when the whole document is valid, the assessments. A conflict whose own
 * parts have problems is checked through a stand-in that keeps every part that can be used, so
 * that its subjects and dates are still checked; problems at places already reported are left
 * out. A policy that fails is not caught here.
 */
final class ConflictAnalyses {

    private ConflictAnalyses() {
    }

    /**
     * Adds the facade's problems with each conflict to {@code problems}, leaving out those at or
     * inside a place already reported and the facade's own {@code asOf} problem (the document's
     * {@code asOf} is checked when it is read).
     *
     * @param reported whether a problem was already reported at or around a path
     */
    static void check(CoalitionAdvisor advisor, Coalition coalition, ConflictsRequest request, Predicate<String> reported,
                      List<Problem> problems) {
        for (ConflictsRequest.Draft draft : request.conflicts()) {
            Conflict conflict = draft.conflict() != null ? draft.conflict() : standIn(draft, coalition, request.asOf());
            if (conflict == null) {
                continue;
            }
            for (Violation v : advisor.conflictProblems(coalition, conflict, request.asOf())) {
                if (v.path().equals("asOf")) {
                    continue;
                }
                String path = v.path().isEmpty() ? draft.path() : draft.path() + "." + v.path();
                if (!reported.test(path)) {
                    problems.add(Problem.at(path, v.message()));
                }
            }
        }
    }

    /**
     * The assessment of each conflict, in document order.
     *
     * @throws IllegalStateException when a conflict has problems (check first)
     * @throws dev.coalition.rules.api.PolicyRuntimeException when the policy fails
     */
    static List<ConflictAssessment> assess(CoalitionAdvisor advisor, Coalition coalition, ConflictsRequest request) {
        List<ConflictAssessment> assessments = new ArrayList<>();
        for (ConflictsRequest.Draft draft : request.conflicts()) {
            if (draft.conflict() == null) {
                throw new IllegalStateException(draft.path() + " has problems; it cannot be assessed");
            }
            assessments.add(advisor.assessConflict(coalition, draft.conflict(), request.asOf()));
        }
        return assessments;
    }

    /**
     * A valid conflict with the draft's usable parts that the facade checks (parties, subjects,
     * opening date, history) and harmless stand-ins for the rest, or null when none can be made.
     */
    private static Conflict standIn(ConflictsRequest.Draft draft, Coalition coalition, LocalDate asOf) {
        List<String> parties = draft.parties();
        if (parties == null || parties.size() < 2 || parties.contains(null) || new HashSet<>(parties).size() < parties.size()) {
            parties = coalition.members().stream().limit(2).map(Member::id).toList();
        }
        List<String> subjects = new ArrayList<>();
        if (draft.subjects() != null) {
            draft.subjects().forEach(s -> subjects.add(s == null || s.isBlank() ? "?" : s));
        }
        if (subjects.isEmpty()) {
            subjects.add("?");
        }
        LocalDate openedOn = draft.openedOn() != null ? draft.openedOn() : asOf != null ? asOf : coalition.formedOn();
        List<List<StepRecord>> histories = new ArrayList<>();
        if (draft.history() != null && draft.history().stream().allMatch(Objects::nonNull)) {
            histories.add(draft.history());
        }
        histories.add(List.of());
        for (List<StepRecord> history : histories) {
            try {
                return new Conflict("stand-in", parties, subjects, List.of(Behaviour.POSITIONS_HARDEN), openedOn, history,
                        0, 0, 0, null);
            } catch (InvalidCoalitionException e) {
                // its history is not usable: try without
            }
        }
        return null;
    }
}
