package dev.coalition.information;

import dev.coalition.value.Fraction;
import java.util.Objects;

/**
 * How much of the coalition's information one member sees, beside what its peers see.
 *
 * @param member          the member's id
 * @param category        the member's category
 * @param sees            how many items it sees
 * @param peerMedian      the median of what its peers see, exact (the mean of the two middle counts for an even
 *                        number of peers)
 * @param acrossAllMembers {@code true} when it is alone in its category, so its peers are all the members;
 *                        {@code false} when its peers are the members of its category (itself included)
 */
public record MemberReach(String member, String category, int sees, Fraction peerMedian, boolean acrossAllMembers) {

    public MemberReach {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(peerMedian, "peerMedian");
    }

    /** Who the member is compared with: {@code category NAME} or {@code all members}. */
    public String peers() {
        return acrossAllMembers ? "all members" : "category " + category;
    }
}
