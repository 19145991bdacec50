package dev.coalition.communication;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.value.Fraction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The arithmetic of a communication plan: the hours in formal meetings and in all, the meeting
 * share, whom each entry reaches and which layers have an entry. Whether the share is too high, a
 * layer missing or a member without a channel is the policy's decision.
 *
 * @param meetingHours the hours a month of the MEETING entries
 * @param totalHours   the hours a month of all entries
 * @param meetingShare {@code meetingHours / totalHours}, exact; 0 for a plan without entries
 * @param reach        for each entry, in the plan's order, the ids of the members it reaches, in the coalition's
 *                     order (a member id reaches that member; a category reaches each member of it)
 * @param layers       the layers with at least one entry, in {@link Layer} order
 * @param unreached    the ids of the members no entry reaches, in the coalition's order
 */
public record CommunicationFigures(Fraction meetingHours, Fraction totalHours, Fraction meetingShare,
                                   List<List<String>> reach, List<Layer> layers, List<String> unreached) {

    public CommunicationFigures {
        Objects.requireNonNull(meetingHours, "meetingHours");
        Objects.requireNonNull(totalHours, "totalHours");
        Objects.requireNonNull(meetingShare, "meetingShare");
        reach = reach.stream().map(List::copyOf).toList();
        layers = List.copyOf(layers);
        unreached = List.copyOf(unreached);
    }

    /**
     * The figures of a valid plan (see {@link CommunicationPlan#violations(Coalition)}) in a coalition.
     *
     * @throws IllegalArgumentException when the plan has problems, naming the first
     */
    public static CommunicationFigures of(Coalition coalition, CommunicationPlan plan) {
        List<dev.coalition.core.Violation> problems = plan.violations(coalition);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).path() + ": " + problems.get(0).message());
        }
        Fraction meetings = Fraction.ZERO;
        Fraction total = Fraction.ZERO;
        List<List<String>> reach = new ArrayList<>();
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        Set<String> reached = new java.util.HashSet<>();
        for (CommunicationEntry entry : plan.entries()) {
            total = total.add(entry.hoursPerMonth());
            if (entry.meeting()) {
                meetings = meetings.add(entry.hoursPerMonth());
            }
            layers.add(entry.layer());
            List<String> members = reaches(coalition, entry.audience());
            reached.addAll(members);
            reach.add(members);
        }
        Fraction share = total.signum() == 0 ? Fraction.ZERO : meetings.divide(total);
        List<String> unreached = coalition.members().stream().map(Member::id).filter(id -> !reached.contains(id)).toList();
        return new CommunicationFigures(meetings, total, share, reach, List.copyOf(layers), unreached);
    }

    /** The ids of the members an audience reaches, in the coalition's order: by id, or by category. */
    public static List<String> reaches(Coalition coalition, List<String> audience) {
        return coalition.members().stream()
                .filter(m -> audience.contains(m.id()) || audience.contains(m.category().name()))
                .map(Member::id).toList();
    }
}
