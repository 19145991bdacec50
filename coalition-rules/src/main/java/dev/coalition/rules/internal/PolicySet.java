package dev.coalition.rules.internal;

import dev.coalition.policy.SettingSource;
import dev.coalition.policy.Settings;
import dev.coalition.policy.SettingsFile;
import dev.coalition.policy.SettingsLayers;
import dev.coalition.rules.api.PolicyCompilationException;
import dev.coalition.rules.api.PolicyDiagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The policy files an advisor is built from: the bundled ones, replaced or extended by the user's.
 * A DRL file of the user's replaces the bundled file of the same name; a settings file is laid over
 * the bundled settings ({@link SettingsLayers}).
 */
public final class PolicySet {

    private static final String BUNDLED = "dev/coalition/policies/";
    private static final List<String> AREAS = List.of("governance", "value", "voting", "conflict", "assessment", "health", "formation",
            "operations", "lifecycle");
    private static volatile Map<String, PolicySource> bundledFiles;

    private final Map<String, PolicySource> files;

    private PolicySet(Map<String, PolicySource> files) {
        this.files = files;
    }

    /** The policies that ship with the library (read from the classpath once). */
    public static PolicySet bundled() {
        return new PolicySet(bundledFiles());
    }

    private static Map<String, PolicySource> bundledFiles() {
        Map<String, PolicySource> files = bundledFiles;
        if (files == null) {
            Map<String, PolicySource> read = new LinkedHashMap<>();
            for (String line : resource(BUNDLED + "policies.index").split("\n")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                PolicySource source = new PolicySource(name, resource(BUNDLED + name), "classpath:" + BUNDLED + name);
                read.put(source.isSettings() ? "settings@" + source.origin() : name, source);
            }
            files = java.util.Collections.unmodifiableMap(read);
            bundledFiles = files;
        }
        return files;
    }

    /**
     * This set with a file added: a DRL file replaces the DRL file of the same name; a settings
     * file is laid over the settings files before it (it replaces only a file read from the same place).
     */
    public PolicySet with(PolicySource source) {
        if (!source.isDrl() && !source.isSettings()) {
            throw new IllegalArgumentException("policy file \"" + source.fileName()
                    + "\": only *.drl and *.settings.properties files are policy files");
        }
        Map<String, PolicySource> copy = new LinkedHashMap<>(files);
        copy.put(source.isSettings() ? "settings@" + source.origin() : source.fileName(), source);
        return new PolicySet(copy);
    }

    /**
     * This set with every {@code *.drl} and {@code *.settings.properties} file of a directory
     * added: each DRL file replacing the bundled file of the same name, each settings file laid
     * over the bundled settings.
     */
    public PolicySet withDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("policy directory \"" + directory + "\" does not exist or is not a directory");
        }
        PolicySet result = this;
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> paths = entries.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".drl") || n.endsWith(".settings.properties");
            }).sorted().toList();
            for (Path path : paths) {
                result = result.with(new PolicySource(path.getFileName().toString(),
                        Files.readString(path, StandardCharsets.UTF_8), path.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policy directory \"" + directory + "\": " + e.getMessage(), e);
        }
        return result;
    }

    /** Every file, in load order. */
    public List<PolicySource> files() {
        return List.copyOf(files.values());
    }

    /** The DRL files, in load order. */
    public List<PolicySource> drlFiles() {
        return files.values().stream().filter(PolicySource::isDrl).toList();
    }

    /**
     * The settings the settings files define, laid over each other in load order, and where each
     * value came from.
     *
     * @throws PolicyCompilationException naming the file and line of every problem in the settings files
     */
    public SettingsLayers.Result settingsLayers() {
        SettingsLayers.Result result = readSettings();
        if (!result.problems().isEmpty()) {
            throw new PolicyCompilationException(diagnosticsOf(result));
        }
        return result;
    }

    /** The settings files laid over each other, with their problems (if any) rather than an exception. */
    public SettingsLayers.Result readSettings() {
        java.util.Collection<PolicySource> bundled = bundledFiles().values();
        List<SettingsFile> settingsFiles = files.values().stream().filter(PolicySource::isSettings)
                .map(f -> bundled.contains(f) ? SettingsFile.read(f.fileName(), f.fileName(), true, f.text())
                        : SettingsFile.read(f.fileName(), f.origin(), false, f.text()))
                .toList();
        return SettingsLayers.read(settingsFiles);
    }

    /** The problems of settings files as diagnostics, by file and line. */
    public static List<PolicyDiagnostic> diagnosticsOf(SettingsLayers.Result result) {
        return result.problems().stream().map(p -> new PolicyDiagnostic(p.file(), p.line(), null, p.message())).toList();
    }

    /**
     * A problem of {@link Settings#relationProblems()} at the file and line of the value that causes
     * it, when both values it relates come from settings files; empty when an override is involved.
     */
    public static java.util.Optional<PolicyDiagnostic> locate(String relationProblem, Settings settings,
                                                             Map<String, SettingSource> sources) {
        String name = relationProblem.substring(0, Math.max(0, relationProblem.indexOf(':')));
        String limit = settings.defines(name) ? settings.definition(name).atMost() : null;
        SettingSource source = sources.get(name);
        SettingSource limitSource = limit == null ? null : sources.get(limit);
        if (source == null || source.kind() == SettingSource.Kind.OVERRIDE
                || limitSource != null && limitSource.kind() == SettingSource.Kind.OVERRIDE) {
            return java.util.Optional.empty();
        }
        String location = source.location();
        String file = location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1);
        return java.util.Optional.of(new PolicyDiagnostic(file, source.line(), null, relationProblem));
    }

    /**
     * The default settings defined by the settings files: {@link #settingsLayers()}'s settings.
     *
     * @throws PolicyCompilationException naming the file and line of every problem in the settings files
     */
    public Settings defaultSettings() {
        return settingsLayers().settings();
    }

    /**
     * The decision areas of the bundled policy, in load order: {@code governance}, {@code value},
     * {@code voting}, {@code conflict}, {@code assessment}. Each has a knowledge base of its own.
     */
    public static List<String> areas() {
        return AREAS;
    }

    /**
     * The area a policy file belongs to: its name up to the first {@code -} or {@code .}
     * ({@code governance-mode.drl} belongs to {@code governance}); {@code null} when that names no
     * area, in which case a DRL file takes part in every area.
     */
    public static String areaOf(String fileName) {
        int end = 0;
        while (end < fileName.length() && fileName.charAt(end) != '-' && fileName.charAt(end) != '.') {
            end++;
        }
        String prefix = fileName.substring(0, end);
        return AREAS.contains(prefix) ? prefix : null;
    }

    /** The DRL files of one area, in load order: the area's own and those that name no area. */
    public List<PolicySource> drlFiles(String area) {
        return files.values().stream().filter(PolicySource::isDrl)
                .filter(f -> {
                    String own = areaOf(f.fileName());
                    return own == null || own.equals(area);
                }).toList();
    }

    /** Whether any file is not the bundled one of that name (a policy file or directory was given). */
    public boolean isCustom() {
        return !files.equals(bundledFiles());
    }

    /**
     * A quick fingerprint (CRC-32C and length) of files' names and content, in load order: tells
     * whether the pre-built model of the bundled files is stale, without a cryptographic digest.
     */
    public static String fingerprintOf(List<PolicySource> sources) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        long length = 0;
        for (PolicySource source : sources) {
            byte[] name = source.fileName().getBytes(StandardCharsets.UTF_8);
            byte[] text = source.text().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
            crc.update(name);
            crc.update(0);
            crc.update(text);
            crc.update(0);
            length += name.length + text.length + 2;
        }
        return "crc32c:" + Long.toHexString(crc.getValue()) + ":" + length;
    }

    /** A SHA-256 digest of the DRL files, names and content, in load order: what a knowledge base is built from. */
    public static String hashOf(List<PolicySource> sources) {
        return digest(sources);
    }

    /**
     * A SHA-256 digest of every file's name and content, in load order: which policy decided. The
     * bundled policy's digest is computed when the library is built ({@link PrebuiltPolicies#bundledHash}).
     */
    public String hash() {
        List<PolicySource> all = files();
        if (!isCustom()) {
            String prebuilt = PrebuiltPolicies.bundledHash(fingerprintOf(all));
            if (prebuilt != null) {
                return prebuilt;
            }
        }
        return digest(all);
    }

    private static String digest(java.util.Collection<PolicySource> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (PolicySource source : sources) {
                digest.update(source.fileName().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(source.text().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = PolicySet.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled policy resource " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled policy resource " + name, e);
        }
    }
}
