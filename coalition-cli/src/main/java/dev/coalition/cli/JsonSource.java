package dev.coalition.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON text into a tree, remembering where every value starts and reporting keys given
 * twice. Malformed JSON becomes one {@code line L, column C: ...} line. Numbers are kept exactly
 * as written (as decimals), so that {@code 1.5} can be told from {@code 1} and {@code 1e999} does
 * not overflow.
 */
final class JsonSource {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private final Map<String, Long> locations = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private JsonSource(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * Parses a document.
     *
     * @throws UserError with one {@code line L, column C: ...} line when the text is not JSON
     */
    static LocatedJson parse(byte[] bytes) {
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(bytes);
            JsonSource source = new JsonSource(parser);
            if (parser.nextToken() == null) {
                throw new UserError("line 1, column 1: the document is empty; give a JSON object");
            }
            source.locations.put(DocumentPath.ROOT, source.offset());
            JsonNode root = source.value(DocumentPath.ROOT);
            if (parser.nextToken() != null) {
                throw malformed(parser.currentTokenLocation(), "unexpected content after the end of the document");
            }
            return new LocatedJson(root, source.locations, source.problems);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation() != null ? e.getLocation()
                    : parser != null ? parser.currentLocation() : null;
            throw malformed(location, e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserError("cannot read the document: " + Messages.oneLine(e));
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // nothing was written; nothing to lose
                }
            }
        }
    }

    private JsonNode value(String path) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return object(path);
            case START_ARRAY:
                return array(path);
            case VALUE_STRING:
                return TextNode.valueOf(parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return DecimalNode.valueOf(parser.getDecimalValue());
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            case VALUE_NULL:
                return NullNode.getInstance();
            default:
                throw malformed(parser.currentTokenLocation(), "unexpected " + token.asString());
        }
    }

    private ObjectNode object(String path) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            String child = DocumentPath.key(path, key);
            long keyAt = offset();
            parser.nextToken();
            if (object.has(key)) {
                problems.add(new Problem(child, "is given twice in the same object; give each field once", keyAt));
                parser.skipChildren();
                continue;
            }
            locations.put(child, keyAt);
            object.set(key, value(child));
        }
        return object;
    }

    private ArrayNode array(String path) throws IOException {
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String child = DocumentPath.index(path, index++);
            locations.put(child, offset());
            array.add(value(child));
        }
        return array;
    }

    private long offset() {
        JsonLocation location = parser.currentTokenLocation();
        return location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
    }

    private static UserError malformed(JsonLocation location, String message) {
        String where = location == null || location.getLineNr() < 1
                ? "line ?, column ?"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
        return new UserError(where + ": " + Messages.jsonProblem(message));
    }
}
