package dev.coalition.testing;

/**
 * How many examples a QuickTheories property test runs: the number the test asks for, or fewer
 * when the system property {@value #MAX_EXAMPLES} caps it. The normal build sets no cap; the Maven
 * profile {@code mutation} does, because PIT reruns every covering test for each mutant (README,
 * "Test strength").
 */
public final class Examples {

    /** The system property that caps the examples of every property test; unset means no cap. */
    public static final String MAX_EXAMPLES = "coalition.qt.maxExamples";

    private Examples() {
    }

    /**
     * The examples to run: {@code wanted}, or the cap set by {@value #MAX_EXAMPLES} when it is lower.
     *
     * @param wanted the examples the test runs in the normal build
     * @return {@code wanted} capped by the system property, at least 1
     * @throws IllegalArgumentException if the system property is not a positive integer
     */
    public static int examples(int wanted) {
        String cap = System.getProperty(MAX_EXAMPLES);
        if (cap == null || cap.isBlank()) {
            return wanted;
        }
        int max;
        try {
            max = Integer.parseInt(cap.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MAX_EXAMPLES + " must be a positive integer, not '" + cap
                    + "'; unset it to run every example", e);
        }
        if (max < 1) {
            throw new IllegalArgumentException(MAX_EXAMPLES + " must be a positive integer, not " + max
                    + "; unset it to run every example");
        }
        return Math.min(wanted, max);
    }
}
