package dev.coalition.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario file (see {@code schema/coalition-scenario.schema.json}):
 * {@code {"name": "...", "document": {...}, "settings"?: {"NAME": "VALUE"}, "expect": {"PATH": VALUE}}}.
 * A file that cannot be read, is not JSON, has a key it does not know or lacks one it needs, or
 * gives a key a value of the wrong kind is refused, with every problem as {@code FILE: PATH: MESSAGE}.
 * The document is not checked here: its problems make the scenario fail when it runs.
 */
final class ScenarioFile {

    /** The keys of a scenario, in the order the schema lists them. */
    static final List<String> FIELDS = List.of("name", "document", "settings", "expect");
    /** The keys a scenario must have. */
    static final List<String> REQUIRED_FIELDS = List.of("name", "document", "expect");

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String EXAMPLE = "e.g. {\"governance.mode\": \"HYBRID\"}";

    private final DocumentFields fields = new DocumentFields();

    private ScenarioFile() {
    }

    /**
     * Reads a scenario file.
     *
     * @throws UserError with one line per problem, each starting with the file's name
     */
    static Scenario read(Path file) {
        String name = file.toString();
        byte[] bytes = InputSource.read(name, java.io.InputStream.nullInputStream());
        LocatedJson json;
        try {
            json = JsonSource.parse(bytes);
        } catch (UserError e) {
            throw new UserError(e.lines().stream().map(line -> name + ": " + line).toList());
        }
        ScenarioFile reader = new ScenarioFile();
        Scenario scenario = reader.scenario(file, json.root(), bytes);
        List<Problem> problems = new ArrayList<>(json.problems());
        problems.addAll(reader.fields.problems());
        if (!problems.isEmpty()) {
            throw new UserError(problems.stream()
                    .map(p -> new Problem(p.path(), p.message(), p.offset() >= 0 ? p.offset() : json.locate(p.path())))
                    .sorted((a, b) -> Long.compare(a.offset(), b.offset()))
                    .map(p -> name + ": " + p.line())
                    .toList());
        }
        return scenario;
    }

    /** The scenario, or null when it has problems (then in {@link #fields}). */
    private Scenario scenario(Path file, JsonNode node, byte[] bytes) {
        ObjectNode root = fields.object(node, DocumentPath.ROOT,
                "a JSON object with name, document, settings (optional) and expect");
        if (root == null) {
            return null;
        }
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!FIELDS.contains(key)) {
                fields.report(DocumentPath.key(DocumentPath.ROOT, key), "unknown field" + DocumentFields.suggestion(key, FIELDS)
                        + "; the fields of a scenario are " + String.join(", ", FIELDS));
            }
        }
        for (String required : REQUIRED_FIELDS) {
            if (!root.has(required)) {
                fields.report(required, "is missing; a scenario needs " + String.join(", ", REQUIRED_FIELDS)
                        + " (settings is optional)");
            }
        }
        String name = fields.text(root, DocumentPath.ROOT, "name");
        if (name != null && name.isBlank()) {
            fields.report("name", "is empty; give the scenario a name that says what it checks");
        }
        fields.object(root.get("document"), "document", "a coalition document: a JSON object as 'coalition evaluate' reads");
        Map<String, String> settings = settings(root);
        List<Scenario.Expectation> expectations = expectations(root);
        if (!fields.problems().isEmpty()) {
            return null;
        }
        return new Scenario(file, name, document(bytes), settings, expectations);
    }

    private Map<String, String> settings(ObjectNode root) {
        Map<String, String> settings = new LinkedHashMap<>();
        ObjectNode object = fields.object(root.get("settings"), "settings",
                "an object of setting names and values, e.g. {\"governance.crisisUrgency\": \"0.7\"}");
        if (object == null) {
            return settings;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> setting = it.next();
            String path = DocumentPath.key("settings", setting.getKey());
            JsonNode value = setting.getValue();
            if (setting.getKey().isBlank() || setting.getKey().contains("=")) {
                fields.report(path, "is not a setting name; 'coalition settings' lists them");
            } else if (value.isTextual()) {
                settings.put(setting.getKey(), value.textValue());
            } else if (value.isNumber()) {
                settings.put(setting.getKey(), WrittenNumber.written(value));
            } else {
                fields.wrongType(value, path, "a string or a number, as --set takes it");
            }
        }
        return settings;
    }

    private List<Scenario.Expectation> expectations(ObjectNode root) {
        List<Scenario.Expectation> expectations = new ArrayList<>();
        ObjectNode expect = fields.object(root.get("expect"), "expect",
                "an object of paths into the answer and the values they must have, " + EXAMPLE);
        if (expect == null) {
            return expectations;
        }
        if (expect.isEmpty()) {
            fields.report("expect", "is empty; give at least one path into the answer and its value, " + EXAMPLE);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String at = DocumentPath.key("expect", entry.getKey());
            OutputPath path;
            try {
                path = OutputPath.parse(entry.getKey());
            } catch (IllegalArgumentException e) {
                fields.report(at, e.getMessage());
                continue;
            }
            if (path.collects() && !entry.getValue().isArray()) {
                fields.report(at, "must be an array, not " + DocumentFields.kind(entry.getValue()) + ": a path with [*] "
                        + "collects a list of values, compared as a set, e.g. {\"governance.findings[*].id\": [\"POOR_FIT\"]}");
                continue;
            }
            expectations.add(new Scenario.Expectation(path, entry.getValue()));
        }
        return expectations;
    }

    /** The text of the file's top-level {@code document} value, exactly as written. */
    private static byte[] document(byte[] bytes) {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                long start = parser.currentTokenLocation().getByteOffset();
                parser.skipChildren();
                if (key.equals("document")) {
                    return Arrays.copyOfRange(bytes, (int) start, (int) parser.currentLocation().getByteOffset());
                }
            }
        } catch (IOException e) {
            // the file was parsed once already
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("a scenario read without problems has a document");
    }
}
