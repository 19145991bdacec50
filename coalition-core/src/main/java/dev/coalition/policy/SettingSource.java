package dev.coalition.policy;

import java.util.Objects;

/**
 * Where a setting's value came from: a bundled settings file, a settings file of your own policy
 * (a policy directory's), or an override given when the advisor was built
 * ({@code CoalitionAdvisor.builder().setting(...)}, {@code --set} on the command line).
 *
 * @param kind     which of the three
 * @param location the file, as a bundled file's name or your file's path; empty for an override
 * @param line     the file's line, from 1; 0 for an override
 */
public record SettingSource(Kind kind, String location, int line) {

    /** The kinds of place a value comes from. */
    public enum Kind {
        /** A settings file that ships with the library. */
        BUNDLED,
        /** A settings file of a policy directory or a policy file given by name. */
        POLICY_FILE,
        /** An override given when the advisor was built. */
        OVERRIDE
    }

    public SettingSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
    }

    /** The value of a settings file's line. */
    public static SettingSource of(SettingsFile file, int line) {
        return new SettingSource(file.bundled() ? Kind.BUNDLED : Kind.POLICY_FILE, file.location(), line);
    }

    /** An override given when the advisor was built. */
    public static SettingSource override() {
        return new SettingSource(Kind.OVERRIDE, "", 0);
    }

    /** E.g. {@code bundled governance.settings.properties:8}, {@code my-policy/governance.settings.properties:1}, {@code override}. */
    @Override
    public String toString() {
        return switch (kind) {
            case BUNDLED -> "bundled " + location + ":" + line;
            case POLICY_FILE -> location + ":" + line;
            case OVERRIDE -> "override";
        };
    }
}
