package dev.coalition.rules.conflict;

import dev.coalition.conflict.ConflictType;
import dev.coalition.rules.policy.Explained;
import dev.coalition.rules.policy.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Result fact: the subjects that point to one conflict type, once every subject is classified.
 *
 * @param type     the type
 * @param subjects its subjects, in alphabetical order
 * @param count    how many subjects point to the type
 * @param rank     the tie-break rank: lower wins (GOAL, PROCESS, RELATIONSHIP)
 */
public record TypeCount(ConflictType type, List<String> subjects, int count, int rank) implements Explained {

    public TypeCount {
        subjects = List.copyOf(subjects);
    }

    /** The count of the given subjects, ranked by the type's declaration order. */
    public TypeCount(ConflictType type, List<String> subjects) {
        this(type, subjects, subjects.size(), type.ordinal());
    }

    @Override
    public CharSequence reason() {
        return Text.sentence("{} subject(s) point to a {} conflict: {}.", subjects.size(), type, subjects);
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("type", type.name());
        inputs.put("subjects", subjects);
        return inputs;
    }
}
