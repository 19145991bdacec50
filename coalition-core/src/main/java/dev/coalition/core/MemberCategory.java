package dev.coalition.core;

import java.util.List;

/**
 * The kind of organisation a member is ("hospital", "regulator", "SME", ...): an open,
 * case-sensitive set of names that a coalition defines for itself.
 *
 * <p>A valid name has 1 to 64 characters, no leading or trailing whitespace and no control
 * characters.
 *
 * @param name the category's name
 */
public record MemberCategory(String name) implements Comparable<MemberCategory> {

    /** The longest category name accepted. */
    public static final int MAX_LENGTH = 64;

    public MemberCategory {
        String problem = problemWith(name);
        if (problem != null) {
            throw new InvalidCoalitionException(List.of(new Violation("category", problem)));
        }
    }

    /** Shorthand for {@code new MemberCategory(name)}. */
    public static MemberCategory of(String name) {
        return new MemberCategory(name);
    }

    /**
     * What is wrong with a proposed category name, or {@code null} if it is valid.
     *
     * @param name the proposed name, possibly {@code null}
     * @return a sentence describing the problem, or {@code null}
     */
    public static String problemWith(String name) {
        if (name == null) {
            return "is required: give the member's category, e.g. \"hospital\"";
        }
        if (name.isBlank()) {
            return "must not be blank: give the member's category, e.g. \"hospital\"";
        }
        if (name.length() > MAX_LENGTH) {
            return "is " + name.length() + " characters long; at most " + MAX_LENGTH + " are allowed";
        }
        if (!name.equals(name.strip())) {
            return "\"" + name + "\" has leading or trailing whitespace; remove it";
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "contains a control character; use printable characters only";
        }
        return null;
    }

    @Override
    public int compareTo(MemberCategory other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
