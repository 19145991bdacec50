package dev.coalition.testkit;

/**
 * The size and shape of generated conflicts. Start from {@link #defaults()}:
 * {@code ConflictShape.defaults().maxParties(2).maxSteps(0)}.
 *
 * @param coalition             the shape of the coalition the conflict arises in (at most 64 members)
 * @param maxParties            the most parties, 2 to 10 (never more than the members)
 * @param maxSubjects           the most subjects, 1 to 13, from the default subject vocabulary
 * @param maxBehaviours         the most observed behaviours, 1 to 10
 * @param maxSteps              the most steps tried so far, 0 to 10, in date order (only the last may be ongoing)
 * @param maxExternalMediators  the most external mediators the coalition knows, 0 to 5
 * @param leavingChance         the chance that the conflict names the party who would leave, 0..1
 */
public record ConflictShape(CoalitionShape coalition, int maxParties, int maxSubjects, int maxBehaviours, int maxSteps,
                            int maxExternalMediators, double leavingChance) {

    /**
     * Checks the shape.
     *
     * @throws IllegalArgumentException naming the parameter that is out of range and what is allowed
     */
    public ConflictShape {
        if (coalition == null) {
            throw new IllegalArgumentException("coalition: give a coalition shape, e.g. CoalitionShape.defaults().members(2, 10)");
        }
        Shapes.range("coalition.members", coalition.minMembers(), coalition.maxMembers(), 2, 64);
        Shapes.range("maxParties", 2, maxParties, 2, 10);
        Shapes.range("maxSubjects", 1, maxSubjects, 1, Conflicts.SUBJECTS.size());
        Shapes.range("maxBehaviours", 1, maxBehaviours, 1, 10);
        Shapes.range("maxSteps", 0, maxSteps, 0, 10);
        Shapes.range("maxExternalMediators", 0, maxExternalMediators, 0, 5);
        Shapes.chance("leavingChance", leavingChance);
    }

    /** Coalitions of 2 to 10 members; 2 to 4 parties, 1 to 4 subjects and behaviours, 0 to 4 steps, 0 to 2 external mediators. */
    public static ConflictShape defaults() {
        return new ConflictShape(CoalitionShape.defaults().members(2, 10), 4, 4, 4, 4, 2, 1.0 / 3);
    }

    /** This shape in coalitions of the given shape. */
    public ConflictShape coalition(CoalitionShape coalition) {
        return new ConflictShape(coalition, maxParties, maxSubjects, maxBehaviours, maxSteps, maxExternalMediators, leavingChance);
    }

    /** This shape with at most {@code max} parties. */
    public ConflictShape maxParties(int max) {
        return new ConflictShape(coalition, max, maxSubjects, maxBehaviours, maxSteps, maxExternalMediators, leavingChance);
    }

    /** This shape with at most {@code max} steps tried. */
    public ConflictShape maxSteps(int max) {
        return new ConflictShape(coalition, maxParties, maxSubjects, maxBehaviours, max, maxExternalMediators, leavingChance);
    }

    /** This shape with at most {@code max} subjects and {@code maxBehaviours} behaviours. */
    public ConflictShape maxSubjects(int max, int maxBehaviours) {
        return new ConflictShape(coalition, maxParties, max, maxBehaviours, maxSteps, maxExternalMediators, leavingChance);
    }

    /** This shape with at most {@code max} external mediators. */
    public ConflictShape maxExternalMediators(int max) {
        return new ConflictShape(coalition, maxParties, maxSubjects, maxBehaviours, maxSteps, max, leavingChance);
    }

    /** This shape naming the leaving party at the given chance. */
    public ConflictShape leavingChance(double chance) {
        return new ConflictShape(coalition, maxParties, maxSubjects, maxBehaviours, maxSteps, maxExternalMediators, chance);
    }
}
