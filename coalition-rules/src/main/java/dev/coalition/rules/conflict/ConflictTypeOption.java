package dev.coalition.rules.conflict;

import dev.coalition.conflict.ConflictType;

/**
 * Input fact: a conflict type the policy may assign; one per {@link ConflictType}.
 *
 * @param type the type
 */
public record ConflictTypeOption(ConflictType type) {

    /** The tie-break rank: lower wins when two types have as many subjects (GOAL, PROCESS, RELATIONSHIP). */
    public int rank() {
        return type.ordinal();
    }
}
