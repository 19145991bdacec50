package dev.coalition.lifecycle;

import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies a membership change to a coalition: an admission adds the member (with its own trust
 * ties) and the ties of the current members who trust it; a departure removes the member, every tie
 * to it and its steering-body seat. Nothing else changes. A departure through a conflict follows that
 * conflict's divergence plan instead (see the rules facade).
 */
public final class Membership {

    private Membership() {
    }

    /**
     * Every problem with a change to a coalition, paths under {@code path}: a missing member, admitting
     * an existing member, a departure of someone who is not a member, a {@code trustedBy} id that is not
     * a member (or is the newcomer, or is given twice), a newcomer trusting someone who is not a member,
     * a departure that would leave fewer than two members.
     */
    public static List<Violation> violations(Coalition coalition, MembershipChange change, String path) {
        List<Violation> problems = new ArrayList<>();
        if (change.kind() == null) {
            problems.add(new Violation(path + ".kind", "is missing: give ADMIT or DEPART"));
            return problems;
        }
        if (change.kind() == MembershipChange.Kind.ADMIT) {
            Member newcomer = change.admitted();
            if (newcomer == null) {
                problems.add(new Violation(path + ".member", "is missing: give the member admitted"));
                return problems;
            }
            if (coalition.member(newcomer.id()).isPresent()) {
                problems.add(new Violation(path + ".member.id", Violation.quote(newcomer.id())
                        + " is already a member: admit someone new, or give a new id"));
            }
            for (int i = 0; i < newcomer.trusts().size(); i++) {
                String id = newcomer.trusts().get(i);
                if (coalition.member(id).isEmpty()) {
                    problems.add(new Violation(path + ".member.trusts[" + i + "]", Violation.quote(id)
                            + " is not a member: a newcomer can trust only current members"));
                }
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < change.trustedBy().size(); i++) {
                String id = change.trustedBy().get(i);
                String at = path + ".trustedBy[" + i + "]";
                if (id == null || coalition.member(id).isEmpty()) {
                    problems.add(new Violation(at, Violation.quote(id) + " is not a member: only current members can "
                            + "trust the newcomer"));
                } else if (!seen.add(id)) {
                    problems.add(new Violation(at, Violation.quote(id) + " is given twice: list each member once"));
                }
            }
        } else {
            String id = change.departing();
            if (id == null) {
                problems.add(new Violation(path + ".member", "is missing: give the id of the member departing"));
            } else if (coalition.member(id).isEmpty()) {
                problems.add(new Violation(path + ".member", Violation.quote(id) + " is not a member: only a member can depart"));
            } else if (coalition.size() <= 2) {
                problems.add(new Violation(path + ".member", "the departure of " + Violation.quote(id) + " would leave "
                        + (coalition.size() - 1) + " member: a coalition has at least two; dissolve it instead"));
            }
        }
        return problems;
    }

    /**
     * The coalition after a change.
     *
     * @throws InvalidCoalitionException naming each problem of {@link #violations(Coalition, MembershipChange, String)}
     *                                   (path {@code membershipChange}) or of the coalition it would make
     */
    public static Coalition apply(Coalition coalition, MembershipChange change) {
        List<Violation> problems = violations(coalition, change, "membershipChange");
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        List<Member> members = new ArrayList<>();
        List<String> seats;
        if (change.kind() == MembershipChange.Kind.ADMIT) {
            String newcomer = change.admitted().id();
            for (Member m : coalition.members()) {
                members.add(change.trustedBy().contains(m.id()) ? m.withTrusts(plus(m.trusts(), newcomer)) : m);
            }
            members.add(change.admitted());
            seats = coalition.steeringBody();
        } else {
            String leaving = change.departing();
            for (Member m : coalition.members()) {
                if (!m.id().equals(leaving)) {
                    members.add(m.trusts(leaving) ? m.withTrusts(m.trusts().stream().filter(id -> !id.equals(leaving)).toList()) : m);
                }
            }
            seats = coalition.steeringBody().stream().filter(id -> !id.equals(leaving)).toList();
        }
        return new Coalition(coalition.name(), coalition.formedOn(), members, seats, coalition.context(),
                coalition.externalMediators());
    }

    private static List<String> plus(List<String> ids, String id) {
        List<String> more = new ArrayList<>(ids);
        more.add(id);
        return more;
    }
}
