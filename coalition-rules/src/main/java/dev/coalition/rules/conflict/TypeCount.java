package dev.coalition.rules.conflict;

import dev.coalition.conflict.ConflictType;
import java.util.List;

/**
 * Result fact: the subjects that point to one conflict type, once every subject is classified.
 *
 * @param type     the type
 * @param subjects its subjects, in the order given
 */
public record TypeCount(ConflictType type, List<String> subjects) {

    public TypeCount {
        subjects = List.copyOf(subjects);
    }

    /** How many subjects point to the type. */
    public int count() {
        return subjects.size();
    }

    /** The tie-break rank: lower wins (GOAL, PROCESS, RELATIONSHIP). */
    public int rank() {
        return type.ordinal();
    }
}
