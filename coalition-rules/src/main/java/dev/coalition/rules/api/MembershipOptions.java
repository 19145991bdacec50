package dev.coalition.rules.api;

import dev.coalition.assessment.Candidate;
import dev.coalition.conflict.Conflict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What {@link CoalitionAdvisor#changeMembership} may use besides the changes themselves. Immutable;
 * start from {@link #none()}.
 *
 * @param quota     the quota of the coalition's weighted vote, to compare voting power before and after
 *                  each change, or {@code null} to leave voting power out
 * @param conflicts the coalition's conflicts: a departure through a conflict follows its divergence plan
 * @param profiles  candidate profiles of the members and newcomers (as for
 *                  {@link CoalitionAdvisor#assessPartners}): a newcomer with a profile is assessed against
 *                  the current members that have one
 */
public record MembershipOptions(Long quota, List<Conflict> conflicts, List<Candidate> profiles) {

    public MembershipOptions {
        conflicts = conflicts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(conflicts));
        profiles = profiles == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(profiles));
    }

    /** No quota, no conflicts, no profiles. */
    public static MembershipOptions none() {
        return new MembershipOptions(null, List.of(), List.of());
    }

    /** These options with a quota. */
    public MembershipOptions withQuota(long value) {
        return new MembershipOptions(value, conflicts, profiles);
    }

    /** These options with the coalition's conflicts. */
    public MembershipOptions withConflicts(List<Conflict> value) {
        return new MembershipOptions(quota, value, profiles);
    }

    /** These options with candidate profiles. */
    public MembershipOptions withProfiles(List<Candidate> value) {
        return new MembershipOptions(quota, conflicts, value);
    }
}
