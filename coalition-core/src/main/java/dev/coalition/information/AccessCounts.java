package dev.coalition.information;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.value.Fraction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic of information asymmetry: how many items each member sees, and the median of
 * what its peers see (the members of its category, itself included, or all members when it is
 * alone in its category). Deciding who sees what, and whether a member is outside what others
 * see, is the policy's.
 */
public final class AccessCounts {

    private AccessCounts() {
    }

    /**
     * Each member's reach, in the coalition's member order.
     *
     * @param coalition the coalition
     * @param seen      the ids of the items each member sees, by member id; a member not in it sees nothing,
     *                  and an item given twice counts once
     */
    public static List<MemberReach> of(Coalition coalition, Map<String, ? extends Collection<String>> seen) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Member m : coalition.members()) {
            Collection<String> items = seen.get(m.id());
            counts.put(m.id(), items == null ? 0 : new HashSet<>(items).size());
        }
        Map<String, List<Integer>> byCategory = new LinkedHashMap<>();
        for (Member m : coalition.members()) {
            byCategory.computeIfAbsent(m.category().name(), c -> new ArrayList<>()).add(counts.get(m.id()));
        }
        Fraction overall = median(counts.values());
        List<MemberReach> reach = new ArrayList<>();
        for (Member m : coalition.members()) {
            List<Integer> peers = byCategory.get(m.category().name());
            boolean alone = peers.size() == 1;
            reach.add(new MemberReach(m.id(), m.category().name(), counts.get(m.id()), alone ? overall : median(peers), alone));
        }
        return List.copyOf(reach);
    }

    /**
     * The median of counts, exact: the middle count of an odd number, the mean of the two middle
     * counts of an even number (so 2 and 3 give 5/2).
     *
     * @throws IllegalArgumentException when there are no counts
     */
    public static Fraction median(Collection<Integer> counts) {
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("counts: is empty; the median needs at least one count");
        }
        List<Integer> sorted = new ArrayList<>(counts);
        sorted.sort(null);
        int n = sorted.size();
        if (n % 2 == 1) {
            return Fraction.of(sorted.get(n / 2));
        }
        return Fraction.of((long) sorted.get(n / 2 - 1) + sorted.get(n / 2), 2);
    }

    /** The ids of the items each member sees, from (item, member) grants; a member may appear several times. */
    public static Map<String, Set<String>> seenBy(List<Map.Entry<String, String>> grants) {
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        for (Map.Entry<String, String> grant : grants) {
            seen.computeIfAbsent(grant.getValue(), m -> new HashSet<>()).add(grant.getKey());
        }
        return seen;
    }
}
