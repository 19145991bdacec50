package dev.coalition.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coalition.core.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON text (UTF-8 only) into a tree, remembering where every value starts and reporting
 * keys given twice. Malformed JSON, and text in another encoding, becomes one
 * {@code line L, column C: ...} line. Numbers are kept exactly as written ({@link WrittenNumber}),
 * so that {@code 1.5} can be told from {@code 1} and a problem can quote the number as the user
 * wrote it. The {@link InputLimits} on strings, numbers and nesting are enforced while parsing: the
 * first value beyond one stops the parse with one {@code PATH: MESSAGE} line, before anything is
 * built from it.
 */
final class JsonSource {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long DEFAULT_FACTORY_DEPTH = InputLimits.DEFAULTS.get(InputLimits.Limit.NESTING_DEPTH);
    /** The factory of the default limits, shared: a factory is thread-safe and costly to build. */
    private static final JsonFactory DEFAULT_FACTORY = newFactory(InputLimits.DEFAULTS);

    private final JsonParser parser;
    private final InputLimits limits;
    private final Map<String, Long> locations = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private int depth;

    private JsonSource(JsonParser parser, InputLimits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    /** Parses a document under the default limits. */
    static LocatedJson parse(byte[] bytes) {
        return parse(bytes, InputLimits.DEFAULTS);
    }

    /**
     * Parses a document.
     *
     * @throws UserError with one {@code line L, column C: ...} line when the text is not JSON or not
     *                   UTF-8, or one {@code PATH: MESSAGE} line for a value beyond a limit
     */
    static LocatedJson parse(byte[] bytes, InputLimits limits) {
        Encoding.requireUtf8(bytes);
        JsonParser parser = null;
        try {
            parser = factory(limits).createParser(bytes);
            JsonSource source = new JsonSource(parser, limits);
            if (parser.nextToken() == null) {
                throw new UserError("line 1, column 1: the document is empty; give a JSON object");
            }
            source.locations.put(DocumentPath.ROOT, source.offset());
            JsonNode root = source.value(DocumentPath.ROOT);
            if (parser.nextToken() != null) {
                throw malformed(parser.currentTokenLocation(), "unexpected content after the end of the document");
            }
            return new LocatedJson(root, source.locations, source.problems);
        } catch (StreamConstraintsException e) {
            throw malformed(e.getLocation(), e.getOriginalMessage() + "; raise the limit with --limit "
                    + InputLimits.Limit.NESTING_DEPTH.option() + "=N");
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

    /**
     * A parser factory whose own constraints stay out of the way of the limits checked here (with
     * their own messages), except the nesting depth, which it checks one level further as a backstop.
     */
    private static JsonFactory factory(InputLimits limits) {
        long depth = limits.get(InputLimits.Limit.NESTING_DEPTH);
        return depth == DEFAULT_FACTORY_DEPTH ? DEFAULT_FACTORY : newFactory(limits);
    }

    private static JsonFactory newFactory(InputLimits limits) {
        long depth = Math.min(Integer.MAX_VALUE - 1, limits.get(InputLimits.Limit.NESTING_DEPTH));
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Integer.MAX_VALUE)
                        .maxNameLength(Integer.MAX_VALUE)
                        .maxNumberLength(Integer.MAX_VALUE)
                        .maxNestingDepth((int) depth + 1)
                        .build())
                .build();
    }

    private JsonNode value(String path) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                nest(path);
                ObjectNode object = object(path);
                depth--;
                return object;
            case START_ARRAY:
                nest(path);
                ArrayNode array = array(path);
                depth--;
                return array;
            case VALUE_STRING:
                return TextNode.valueOf(text(path, parser.getText(), "string"));
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return number(path, parser.getText());
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
            String key = text(path, parser.currentName(), "key");
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

    private void nest(String path) {
        long limit = limits.get(InputLimits.Limit.NESTING_DEPTH);
        if (++depth > limit) {
            // by line and column: the path of such a place is as long as the nesting is deep
            throw beyond(DocumentPath.ROOT, "nesting level " + InputLimits.grouped(depth) + " (objects and arrays inside each "
                    + "other)", InputLimits.Limit.NESTING_DEPTH, 0);
        }
    }

    /** The text of a string or key, when it is within the string-length limit. */
    private String text(String path, String text, String what) {
        long limit = limits.get(InputLimits.Limit.STRING_LENGTH);
        if (text.length() > limit) {
            throw beyond(path, "this " + what + " is " + InputLimits.grouped(text.length()) + " characters long",
                    InputLimits.Limit.STRING_LENGTH, text.length());
        }
        return text;
    }

    /** A number as written, when it is within the number-length and number-exponent limits. */
    private JsonNode number(String path, String literal) {
        long lengthLimit = limits.get(InputLimits.Limit.NUMBER_LENGTH);
        if (literal.length() > lengthLimit) {
            throw beyond(path, "the number " + Violation.shortened(literal) + " is written with "
                    + InputLimits.grouped(literal.length()) + " characters", InputLimits.Limit.NUMBER_LENGTH, literal.length());
        }
        long magnitude = WrittenNumber.magnitude(literal);
        long exponentLimit = limits.get(InputLimits.Limit.NUMBER_EXPONENT);
        if (Math.abs(magnitude) > exponentLimit) {
            throw beyond(path, "the number " + literal + " is " + (magnitude > 0 ? "too large" : "too close to 0")
                    + ": its size is 10^" + magnitude, InputLimits.Limit.NUMBER_EXPONENT,
                    magnitude == Long.MIN_VALUE ? 0 : Math.abs(magnitude));
        }
        return WrittenNumber.of(literal);
    }

    /**
     * A value beyond a limit: {@code PATH: MESSAGE}, or {@code line L, column C: MESSAGE} for the root
     * path (the root value, or a place whose path would be too long to read).
     */
    private UserError beyond(String path, String what, InputLimits.Limit limit, long needed) {
        String message = what + limits.beyond(limit, needed);
        if (path.isEmpty()) {
            JsonLocation at = parser.currentTokenLocation();
            return new UserError("line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + message);
        }
        return new UserError(Problem.at(path, message).line());
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
