package dev.coalition.network;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Figures of the directed "who trusts whom" network of a coalition.
 *
 * <ul>
 *   <li><b>density</b>: directed trust ties divided by the n(n&minus;1) possible ties;</li>
 *   <li><b>in-degree</b> of a member: how many other members trust it;</li>
 *   <li><b>in-degree centralization</b> (Freeman 1979): &Sigma;(max &minus; d<sub>i</sub>) / (n&minus;1)<sup>2</sup>,
 *       0 when every member is trusted equally, 1 when all other members trust one member and
 *       nobody else is trusted;</li>
 *   <li><b>most-trusted member</b>: the highest in-degree, ties broken by the smaller id.</li>
 * </ul>
 * Instances are immutable.
 */
public final class TrustNetwork {

    private final int size;
    private final int ties;
    private final Map<String, Integer> inDegree;
    private final String mostTrusted;

    private TrustNetwork(int size, int ties, Map<String, Integer> inDegree, String mostTrusted) {
        this.size = size;
        this.ties = ties;
        this.inDegree = inDegree;
        this.mostTrusted = mostTrusted;
    }

    /** Computes the figures of a coalition's trust network. */
    public static TrustNetwork of(Coalition coalition) {
        Objects.requireNonNull(coalition, "coalition");
        Map<String, Integer> inDegree = new LinkedHashMap<>();
        for (Member m : coalition.members()) {
            inDegree.put(m.id(), 0);
        }
        int ties = 0;
        for (Member m : coalition.members()) {
            for (String trusted : m.trusts()) {
                inDegree.merge(trusted, 1, Integer::sum);
                ties++;
            }
        }
        String mostTrusted = inDegree.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .orElseThrow();
        return new TrustNetwork(coalition.size(), ties, Collections.unmodifiableMap(inDegree), mostTrusted);
    }

    /** The number of members. */
    public int size() {
        return size;
    }

    /** The number of directed trust ties. */
    public int ties() {
        return ties;
    }

    /** Directed trust ties divided by n(n&minus;1), in 0..1. */
    public double density() {
        return (double) ties / ((double) size * (size - 1));
    }

    /** How many members trust each member, by member id, in member order. */
    public Map<String, Integer> inDegrees() {
        return inDegree;
    }

    /** How many members trust the given member. */
    public int inDegree(String memberId) {
        Integer degree = inDegree.get(memberId);
        if (degree == null) {
            throw new IllegalArgumentException("memberId: unknown member \"" + memberId + "\"");
        }
        return degree;
    }

    /** The highest in-degree. */
    public int maxInDegree() {
        return inDegree.get(mostTrusted);
    }

    /** Freeman in-degree centralization &Sigma;(max &minus; d<sub>i</sub>) / (n&minus;1)<sup>2</sup>, in 0..1. */
    public double centralization() {
        int max = maxInDegree();
        long sum = 0;
        for (int d : inDegree.values()) {
            sum += max - d;
        }
        double denominator = (double) (size - 1) * (size - 1);
        return sum / denominator;
    }

    /** The member with the highest in-degree; among equals, the smallest id (String order). */
    public String mostTrusted() {
        return mostTrusted;
    }

    @Override
    public String toString() {
        return "TrustNetwork[size=" + size + ", ties=" + ties + ", density=" + density()
                + ", centralization=" + centralization() + ", mostTrusted=" + mostTrusted + "]";
    }
}
