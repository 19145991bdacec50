package dev.coalition.rules.communication;

import dev.coalition.rules.policy.Explained;
import dev.coalition.value.Fraction;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: a plan's formal meetings take no more than the share the policy allows.
 *
 * @param share  the meeting share, exact
 * @param reason why it is accepted
 */
public record MeetingShareAccepted(Fraction share, CharSequence reason) implements Explained {

    public MeetingShareAccepted {
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, Object> inputs() {
        return Map.of("meetingShare", share.toString());
    }
}
