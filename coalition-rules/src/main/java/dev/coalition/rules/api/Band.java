package dev.coalition.rules.api;

/**
 * The range of a figure that a governance mode wants, both ends inclusive.
 *
 * @param min the smallest value wanted
 * @param max the largest value wanted, or {@code null} when there is no upper end
 */
public record Band(double min, Double max) {

    /** Whether a value lies inside the band. */
    public boolean contains(double value) {
        return value >= min && (max == null || value <= max);
    }

    @Override
    public String toString() {
        return Numbers.format(min) + ".." + (max == null ? "" : Numbers.format(max));
    }
}
