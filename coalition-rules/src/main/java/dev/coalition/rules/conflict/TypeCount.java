package dev.coalition.rules.conflict;

import dev.coalition.conflict.ConflictType;
import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Result fact: the subjects that point to one conflict type, once every subject is classified.
 *
 * @param type     the type
 * @param subjects its subjects, in alphabetical order
 */
public record TypeCount(ConflictType type, List<String> subjects) implements Explained {

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

    @Override
    public String reason() {
        return subjects.size() + " subject(s) point to a " + type + " conflict: " + subjects + ".";
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("type", type.name());
        inputs.put("subjects", subjects);
        return inputs;
    }
}
