package dev.coalition.composition;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.core.MemberCategory;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a coalition's members spread over categories, and which categories hold seats on the
 * steering body.
 *
 * <p>Diversity is the Blau index 1 &minus; &Sigma; p<sub>k</sub><sup>2</sup>, where p<sub>k</sub>
 * is the share of members in category k: 0 when all members share one category, approaching
 * 1 &minus; 1/K for members spread evenly over K categories. Immutable.
 */
public final class CategoryMix {

    private final int size;
    private final Map<MemberCategory, Integer> members;
    private final Map<MemberCategory, Integer> seats;
    private final boolean steeringBody;

    private CategoryMix(int size, Map<MemberCategory, Integer> members, Map<MemberCategory, Integer> seats,
                        boolean steeringBody) {
        this.size = size;
        this.members = members;
        this.seats = seats;
        this.steeringBody = steeringBody;
    }

    /** Computes the category mix of a coalition. */
    public static CategoryMix of(Coalition coalition) {
        Objects.requireNonNull(coalition, "coalition");
        Map<MemberCategory, Integer> members = new TreeMap<>();
        Map<MemberCategory, Integer> seats = new TreeMap<>();
        Set<String> seated = Set.copyOf(coalition.steeringBody());
        for (Member m : coalition.members()) {
            members.merge(m.category(), 1, Integer::sum);
            seats.merge(m.category(), seated.contains(m.id()) ? 1 : 0, Integer::sum);
        }
        return new CategoryMix(coalition.size(), Collections.unmodifiableMap(members),
                Collections.unmodifiableMap(seats), coalition.hasSteeringBody());
    }

    /** The Blau index over member categories, in 0..1. */
    public double blauIndex() {
        double sumOfSquares = 0.0;
        for (int count : members.values()) {
            double share = (double) count / size;
            sumOfSquares += share * share;
        }
        return 1.0 - sumOfSquares;
    }

    /** The categories, in name order. */
    public Set<MemberCategory> categories() {
        return Collections.unmodifiableSet(new TreeSet<>(members.keySet()));
    }

    /** How many members each category has, by category name order. */
    public Map<MemberCategory, Integer> memberCounts() {
        return members;
    }

    /** How many steering-body seats each category holds (0 for all when there is no steering body). */
    public Map<MemberCategory, Integer> seatCounts() {
        return seats;
    }

    /** The categories with no seat on the steering body, in name order; empty when there is no steering body. */
    public List<MemberCategory> categoriesWithoutSeat() {
        if (!steeringBody) {
            return List.of();
        }
        return seats.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }
}
