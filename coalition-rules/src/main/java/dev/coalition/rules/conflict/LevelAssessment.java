package dev.coalition.rules.conflict;

import dev.coalition.rules.policy.Explained;
import java.util.Map;

/**
 * Result fact: the conflict's level: WIN_WIN, WIN_LOSE or LOSE_LOSE.
 *
 * @param level  the level
 * @param reason why
 */
public record LevelAssessment(String level, CharSequence reason) implements Explained {

    @Override
    public Map<String, Object> inputs() {
        return Map.of("level", level);
    }
}
