package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Same input, same bytes, in every JVM: {@code Map.of} with more than one entry iterates in an
 * order that changes from one JVM to the next, so what the library returns (explanation inputs,
 * safeguard parameters) must never be built from it. Within one test JVM the order looks stable, which is why this
 * reads the sources instead.
 */
class StableOrderTest {

    private static final Pattern MULTI_ENTRY = Pattern.compile("\\bMap\\.of\\(([^()]*|[^()]*\\([^()]*\\)[^()]*)\\)");

    @Test
    void noMainCodeBuildsAResultFromAMultiEntryMapOf() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../coalition-core/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher m = MULTI_ENTRY.matcher(lines.get(i));
                        while (m.find()) {
                            if (m.group(1).split(",").length > 2) {
                                offenders.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                            }
                        }
                    }
                }
            }
        }
        assertThat(offenders).as("use a LinkedHashMap (or a List) so the order is the same in every JVM").isEmpty();
    }
}
