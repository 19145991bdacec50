package dev.coalition.policy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * A settings file ({@code *.settings.properties}) read line by line, so that every entry and every
 * problem keeps the line it is on. Keys and values are read exactly as {@link Properties} reads
 * them (comments, {@code =}, {@code :} or a space between key and value, escapes, continued lines).
 *
 * @param name     the file's name, e.g. {@code governance.settings.properties}
 * @param location where it was read from, for messages (a path, or the name of a bundled file)
 * @param bundled  whether it ships with the library (its settings are the base every other file overlays)
 * @param entries  its entries, in file order
 */
public record SettingsFile(String name, String location, boolean bundled, List<Entry> entries) {

    /**
     * One {@code key = value} line.
     *
     * @param key   the key, e.g. {@code governance.crisisUrgency} or {@code governance.crisisUrgency.type}
     * @param value the value, as {@link Properties} reads it
     * @param line  the line the entry starts on, from 1
     */
    public record Entry(String key, String value, int line) {
    }

    public SettingsFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        entries = List.copyOf(entries);
    }

    /**
     * Reads a settings file's text.
     *
     * @param name     the file's name
     * @param location where it was read from
     * @param bundled  whether it ships with the library
     * @param text     its content
     */
    public static SettingsFile read(String name, String location, boolean bundled, String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int first = i;
            StringBuilder logical = new StringBuilder(lines[i]);
            boolean comment = isComment(lines[i]);
            while (!comment && continues(lines[i]) && i + 1 < lines.length) {
                i++;
                logical.append('\n').append(lines[i]);
            }
            if (comment || lines[first].isBlank()) {
                continue;
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
                entries.add(new Entry("", "malformed escape: " + e.getMessage(), first + 1));
                continue;
            }
            for (String key : one.stringPropertyNames()) {
                entries.add(new Entry(key, one.getProperty(key), first + 1));
            }
        }
        return new SettingsFile(name, location, bundled, entries);
    }

    private static boolean isComment(String line) {
        String s = line.stripLeading();
        return s.startsWith("#") || s.startsWith("!");
    }

    /** Whether a line ends with an odd number of backslashes (the next line continues it). */
    private static boolean continues(String line) {
        int slashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            slashes++;
        }
        return slashes % 2 == 1;
    }
}
