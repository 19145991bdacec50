package dev.coalition.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The scenario files {@code coalition test} runs: each PATH given that is a file, and every
 * {@code *.scenario.json} file under each PATH that is a directory, searched recursively, in sorted
 * order; PATHs in the order given, each file once.
 */
final class ScenarioFiles {

    /** How a scenario file's name ends. */
    static final String SUFFIX = ".scenario.json";

    private ScenarioFiles() {
    }

    /**
     * The scenario files of the PATHs given.
     *
     * @param problems where a PATH that does not exist, cannot be read or holds no scenario file goes, one line each
     */
    static List<Path> find(List<String> paths, List<String> problems) {
        Set<Path> files = new LinkedHashSet<>();
        for (String name : paths) {
            Path path;
            try {
                path = Path.of(name);
            } catch (InvalidPathException e) {
                problems.add(name + ": cannot read: not a valid file name (" + e.getReason() + ")");
                continue;
            }
            if (Files.isDirectory(path)) {
                List<Path> found = scenariosUnder(path, problems);
                if (found.isEmpty()) {
                    problems.add(name + ": holds no scenario file; scenario files are named NAME" + SUFFIX);
                }
                files.addAll(found);
            } else if (Files.exists(path)) {
                files.add(path.normalize());
            } else {
                problems.add(name + ": cannot read: no such file or directory");
            }
        }
        return List.copyOf(files);
    }

    private static List<Path> scenariosUnder(Path directory, List<String> problems) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p))
                    .map(Path::normalize)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(directory + ": cannot read: " + Messages.oneLine(e));
            return new ArrayList<>();
        }
    }
}
