package dev.coalition.rules.api;

import java.util.Objects;

/**
 * A rule in force in an advisor's policy, as its file declares it: what {@code coalition rules}
 * lists. Immutable.
 *
 * @param id     the rule's stable id, its {@code @id} metadata, e.g. {@code governance.lead.most-trusted}
 * @param name   the rule's name as written, a sentence
 * @param area   the decision area it takes part in ({@code governance}, {@code value}, {@code voting},
 *               {@code conflict}), or {@code all} for a file whose name names no area
 * @param file   the policy file's name, e.g. {@code governance-lead.drl}
 * @param line   the line of its {@code rule} keyword, from 1
 * @param source its {@code @source} metadata, or an empty string when it has none
 * @param origin whether its file is bundled, replaces a bundled file or is added
 */
public record PolicyRule(String id, String name, String area, String file, int line, String source, Origin origin) {

    /** Where a rule's file comes from. */
    public enum Origin {
        /** A file that ships with the library, unchanged. */
        BUNDLED,
        /** A file of your own that replaces the bundled file of the same name. */
        REPLACED,
        /** A file of your own with a name no bundled file has. */
        ADDED;

        /** The origin as {@code coalition rules} prints it: {@code bundled}, {@code replaced}, {@code added}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PolicyRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
    }

    /** Where the rule is declared, {@code file:line}. */
    public String location() {
        return file + ":" + line;
    }

    /** The rule as one line: {@code id (area, file:line, origin): name}. */
    @Override
    public String toString() {
        return id + " (" + area + ", " + location() + ", " + origin.label() + "): " + name;
    }
}
