package dev.coalition.rules.internal;

import java.util.Objects;

/**
 * One policy file: a DRL file or a settings defaults file.
 *
 * @param fileName the file's name, e.g. {@code governance-mode.drl}
 * @param text     its content
 * @param origin   where it was read from (a classpath resource or a path), for messages
 */
public record PolicySource(String fileName, String text, String origin) {

    public PolicySource {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }

    /** Whether this is a DRL file. */
    public boolean isDrl() {
        return fileName.endsWith(".drl");
    }

    /** Whether this is a settings defaults file. */
    public boolean isSettings() {
        return fileName.endsWith(".settings.properties");
    }
}
