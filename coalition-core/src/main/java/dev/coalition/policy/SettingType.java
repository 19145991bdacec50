package dev.coalition.policy;

import dev.coalition.governance.DecisionDomain;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The kinds of value a policy setting can hold, and how each is written as text. */
public enum SettingType {
    /** A whole number, e.g. {@code 6}. Read in DRL with {@code integer("name")}. */
    INTEGER("an integer") {
        @Override
        Object parse(String text) {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + text + "\" is not " + description() + ", e.g. 6");
            }
        }
    },
    /** A decimal number, e.g. {@code 0.8}. Read in DRL with {@code number("name")}. */
    DECIMAL("a decimal number") {
        @Override
        Object parse(String text) {
            try {
                double value = new BigDecimal(text.strip()).doubleValue();
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + text + "\" is not " + description() + ", e.g. 0.8");
            }
        }
    },
    /**
     * A comma-separated set of decision domains, e.g. {@code TECHNICAL,OPERATIONAL}; may be empty.
     * Read in DRL with {@code domains("name")}.
     */
    DOMAINS("a comma-separated list of decision domains") {
        @Override
        Object parse(String text) {
            Set<DecisionDomain> domains = EnumSet.noneOf(DecisionDomain.class);
            List<String> unknown = new ArrayList<>();
            for (String part : text.split(",")) {
                String name = part.strip();
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    domains.add(DecisionDomain.valueOf(name.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    unknown.add(name);
                }
            }
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("\"" + String.join(", ", unknown) + "\" is not a decision domain; use "
                        + List.of(DecisionDomain.values()) + " separated by commas");
            }
            return Collections.unmodifiableSet(domains);
        }
    },
    /**
     * A comma-separated set of words, e.g. {@code objectives,priorities,strategy}; may be empty.
     * Words are trimmed; matching is exact. Read in DRL with {@code words("name")}.
     */
    WORDS("a comma-separated list of words") {
        @Override
        Object parse(String text) {
            Set<String> words = new java.util.LinkedHashSet<>();
            for (String part : text.split(",")) {
                String word = part.strip();
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            return Collections.unmodifiableSet(words);
        }
    },
    /** A line of text, e.g. {@code the steering body}. Read in DRL with {@code text("name")}. */
    TEXT("a line of text") {
        @Override
        Object parse(String text) {
            String line = text.strip();
            if (line.isEmpty() || line.contains("\n")) {
                throw new IllegalArgumentException("\"" + text + "\" is not a single non-empty line");
            }
            return line;
        }
    };

    private final String description;

    SettingType(String description) {
        this.description = description;
    }

    /** A phrase naming the type in a sentence, e.g. "a decimal number". */
    public String description() {
        return description;
    }

    /**
     * Parses a value of this type.
     *
     * @throws IllegalArgumentException with a sentence naming what was wrong
     */
    abstract Object parse(String text);

    /** Writes a value of this type as text that {@link #parse} reads back. */
    String format(Object value) {
        if (value instanceof Set<?> set) {
            return String.join(",", set.stream().map(Object::toString).toList());
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
