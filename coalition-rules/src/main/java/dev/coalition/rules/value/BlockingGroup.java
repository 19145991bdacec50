package dev.coalition.rules.value;

import dev.coalition.value.Fraction;
import java.util.List;
import java.util.Objects;

/**
 * Input fact: a group of members that would do better on its own than the division lets it, in
 * the game's own units; one per reported blocking coalition.
 *
 * @param members  the group, in the game's order
 * @param value    v(S), what the group can create on its own
 * @param received x(S), what the division gives it
 * @param gain     v(S) &minus; x(S), what it would gain by leaving
 * @param rank     its place in the report, 1 for the largest gain
 */
public record BlockingGroup(List<String> members, Fraction value, Fraction received, Fraction gain, int rank) {

    public BlockingGroup {
        members = List.copyOf(members);
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(gain, "gain");
    }

    /** Whether leaving gains the group something: v(S) &gt; x(S). */
    public boolean gains() {
        return gain.signum() > 0;
    }

    /** The members joined for a sentence: {@code a, b and c}. */
    public String named() {
        return members.size() == 1 ? members.get(0)
                : String.join(", ", members.subList(0, members.size() - 1)) + " and " + members.get(members.size() - 1);
    }
}
