package dev.coalition.core;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" for error messages: the known name closest to a mistyped one, by edit
 * distance ignoring case, when it is close enough to be a likely typo.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The known name closest to {@code given}, if it is within a few edits (at most 3, or a quarter
     * of the name's length for long names).
     */
    public static Optional<String> closest(String given, Collection<String> known) {
        if (given == null || known.isEmpty()) {
            return Optional.empty();
        }
        String lower = given.toLowerCase(Locale.ROOT);
        int limit = Math.max(3, given.length() / 4);
        return known.stream()
                .min(Comparator.comparingInt((String k) -> distance(k.toLowerCase(Locale.ROOT), lower))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(k -> distance(k.toLowerCase(Locale.ROOT), lower) <= limit);
    }

    /** The Levenshtein distance between two strings. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
