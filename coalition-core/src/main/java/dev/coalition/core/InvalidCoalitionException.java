package dev.coalition.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value that makes up a coalition is invalid. It carries every problem found,
 * not just the first, each as a {@link Violation} with the path of the offending field.
 */
public final class InvalidCoalitionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * @param violations the problems found; at least one
     */
    public InvalidCoalitionException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /** Every problem found, in the order of the fields they concern. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidCoalitionException needs at least one violation");
        }
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
