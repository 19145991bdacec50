package dev.coalition.testkit;

import java.util.List;

/**
 * The size and shape of generated coalitions. Start from {@link #defaults()} and change what
 * matters to your test: {@code CoalitionShape.defaults().members(5, 40).trustDensity(0.8, 1.0)}.
 *
 * @param minMembers         the fewest members, at least 2 (a coalition needs 2)
 * @param maxMembers         the most members
 * @param categories         the member categories drawn from; each coalition uses 1 to all of them
 * @param minTrustDensity    the lowest chance that a member trusts another, 0..1
 * @param maxTrustDensity    the highest chance; each coalition draws its density in between
 * @param steeringBodyChance the chance that a coalition has a steering body, 0..1
 */
public record CoalitionShape(int minMembers, int maxMembers, List<String> categories, double minTrustDensity,
                             double maxTrustDensity, double steeringBodyChance) {

    /** The categories of the default shape. */
    public static final List<String> DEFAULT_CATEGORIES = List.of("hospital", "ngo", "agency", "university", "firm");

    /** The most members a shape may ask for: the command line's default member limit. */
    public static final int MAX_MEMBERS = 1_000;

    /**
     * Checks the shape.
     *
     * @throws IllegalArgumentException naming the parameter that is out of range and what is allowed
     */
    public CoalitionShape {
        Shapes.range("members", minMembers, maxMembers, 2, MAX_MEMBERS);
        if (categories == null || categories.isEmpty()) {
            throw new IllegalArgumentException("categories: give at least one member category, e.g. List.of(\"firm\")");
        }
        categories = List.copyOf(categories);
        for (String c : categories) {
            String problem = dev.coalition.core.MemberCategory.problemWith(c);
            if (problem != null) {
                throw new IllegalArgumentException("categories: " + problem);
            }
        }
        Shapes.chance("minTrustDensity", minTrustDensity);
        Shapes.chance("maxTrustDensity", maxTrustDensity);
        if (minTrustDensity > maxTrustDensity) {
            throw new IllegalArgumentException("trustDensity: " + minTrustDensity + ".." + maxTrustDensity
                    + " is not a range; give the lower density first");
        }
        Shapes.chance("steeringBodyChance", steeringBodyChance);
    }

    /** 2 to 25 members in up to five categories, any trust density from 0 to 1, a steering body half the time. */
    public static CoalitionShape defaults() {
        return new CoalitionShape(2, 25, DEFAULT_CATEGORIES, 0, 1, 0.5);
    }

    /** This shape with {@code min} to {@code max} members. */
    public CoalitionShape members(int min, int max) {
        return new CoalitionShape(min, max, categories, minTrustDensity, maxTrustDensity, steeringBodyChance);
    }

    /** This shape with members drawn from these categories. */
    public CoalitionShape categories(List<String> categories) {
        return new CoalitionShape(minMembers, maxMembers, categories, minTrustDensity, maxTrustDensity, steeringBodyChance);
    }

    /** This shape with a trust density (the chance of each possible tie) drawn from {@code min} to {@code max}. */
    public CoalitionShape trustDensity(double min, double max) {
        return new CoalitionShape(minMembers, maxMembers, categories, min, max, steeringBodyChance);
    }

    /** This shape with a steering body at the given chance. */
    public CoalitionShape steeringBodyChance(double chance) {
        return new CoalitionShape(minMembers, maxMembers, categories, minTrustDensity, maxTrustDensity, chance);
    }
}
