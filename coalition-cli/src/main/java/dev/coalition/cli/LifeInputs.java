package dev.coalition.cli;

import dev.coalition.lifecycle.Lifecycle;
import dev.coalition.lifecycle.MembershipChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a document gives about its coalition's life: the {@code "lifecycle"} section (renewals held and
 * the governance mode in force), the {@code "membershipChanges"} to apply and the {@code "timeline"} it
 * was replayed from.
 *
 * @param lifecycle         the renewals and the mode in force (no evidence yet), or {@code null} when no
 *                          lifecycle section is given or it has problems (reported)
 * @param membershipChanges the changes in document order, or {@code null} when none are given or they are
 *                          not an array; an unreadable change is {@code null} (reported)
 * @param timeline          the timeline replayed to {@code asOf}, or {@code null} when none is given or it
 *                          has problems (reported)
 */
record LifeInputs(Lifecycle lifecycle, List<MembershipChange> membershipChanges, TimelineSection.Replayed timeline) {

    /** Nothing given. */
    static final LifeInputs NONE = new LifeInputs(null, null, null);

    LifeInputs {
        membershipChanges = membershipChanges == null ? null
                : Collections.unmodifiableList(new ArrayList<>(membershipChanges));
    }
}
