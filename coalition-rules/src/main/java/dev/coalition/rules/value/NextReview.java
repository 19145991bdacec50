package dev.coalition.rules.value;

import dev.coalition.rules.policy.Explained;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: when the next periodic value review falls.
 *
 * @param on     the date
 * @param reason why
 */
public record NextReview(LocalDate on, CharSequence reason) implements Explained {

    public NextReview {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        return Map.of("nextReviewOn", on.toString());
    }
}
