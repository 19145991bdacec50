package dev.coalition.cli;

import dev.coalition.conflict.Conflict;
import dev.coalition.conflict.StepRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The conflicts a document asks to assess: {@code "asOf"} and {@code "conflicts"}.
 *
 * @param asOf      the date to assess them as of, or {@code null} when it is missing or unreadable (reported)
 * @param conflicts each conflict given as an object, in document order
 */
record ConflictsRequest(LocalDate asOf, List<Draft> conflicts) {

    ConflictsRequest {
        conflicts = List.copyOf(conflicts);
    }

    /**
     * One conflict as read: the parts the facade checks, {@code null} where absent or unreadable
     * (each reported), and the conflict itself when its parts make a valid one.
     *
     * @param index    its index in {@code conflicts}
     * @param parties  the parties; an item that is not a string is {@code null}
     * @param subjects the subjects; an item that is not a string is {@code null}
     * @param history  the steps tried; an unreadable step is {@code null}
     * @param conflict the conflict, or {@code null} when its parts have problems (reported)
     */
    record Draft(int index, List<String> parties, List<String> subjects, LocalDate openedOn,
                 List<StepRecord> history, Conflict conflict) {

        Draft {
            parties = copy(parties);
            subjects = copy(subjects);
            history = copy(history);
        }

        /** The path of this conflict in the document, e.g. {@code conflicts[0]}. */
        String path() {
            return DocumentPath.index("conflicts", index);
        }

        private static <T> List<T> copy(List<T> items) {
            return items == null ? null : Collections.unmodifiableList(new ArrayList<>(items));
        }
    }
}
