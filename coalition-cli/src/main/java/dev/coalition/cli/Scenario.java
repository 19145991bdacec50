package dev.coalition.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scenario of {@code coalition test}, read from its file by {@link ScenarioFile}: a coalition
 * document, the settings to evaluate it with, and what its answer must hold.
 *
 * @param file         the file it was read from
 * @param name         its name, as PASS and FAIL lines print it
 * @param document     the coalition document's JSON text, exactly as the file writes it
 * @param settings     the settings to apply for this scenario only, by name, as {@code --set} takes them
 * @param expectations what the answer must hold, in the order the file writes them
 */
record Scenario(Path file, String name, byte[] document, Map<String, String> settings, List<Expectation> expectations) {

    Scenario {
        document = document.clone();
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        expectations = List.copyOf(expectations);
    }

    @Override
    public byte[] document() {
        return document.clone();
    }

    /**
     * One expectation: the value at a path of the answer.
     *
     * @param path     the path, as written in the file
     * @param expected the value it must have; for a path with {@code [*]}, the values it must collect, as a set
     */
    record Expectation(OutputPath path, JsonNode expected) {
    }
}
