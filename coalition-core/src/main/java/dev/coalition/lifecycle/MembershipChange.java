package dev.coalition.lifecycle;

import dev.coalition.core.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A change in a coalition's membership: a member admitted or a member departing. Create one with
 * {@link #admit(LocalDate, Member, List)} or {@link #depart(LocalDate, String, String)}.
 *
 * @param kind      {@link Kind#ADMIT} or {@link Kind#DEPART}
 * @param on        the day it takes effect
 * @param admitted  the member admitted (ADMIT), otherwise {@code null}
 * @param departing the id of the member departing (DEPART), otherwise {@code null}
 * @param trustedBy the ids of current members who trust the newcomer (ADMIT; may be empty)
 * @param conflict  the id of the conflict the member departs through (DEPART), or {@code null}
 */
public record MembershipChange(Kind kind, LocalDate on, Member admitted, String departing, List<String> trustedBy,
                               String conflict) {

    /** What kind of change. */
    public enum Kind {
        /** A member is admitted. */
        ADMIT,
        /** A member departs. */
        DEPART
    }

    public MembershipChange {
        trustedBy = trustedBy == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(trustedBy));
    }

    /** A member admitted on a day, trusted by the given current members. */
    public static MembershipChange admit(LocalDate on, Member member, List<String> trustedBy) {
        return new MembershipChange(Kind.ADMIT, on, member, null, trustedBy, null);
    }

    /** A member departing on a day, through a conflict (its id) or for another reason ({@code null}). */
    public static MembershipChange depart(LocalDate on, String member, String conflict) {
        return new MembershipChange(Kind.DEPART, on, null, member, List.of(), conflict);
    }

    /** The id of the member admitted or departing. */
    public String memberId() {
        return kind == Kind.ADMIT ? (admitted == null ? null : admitted.id()) : departing;
    }
}
