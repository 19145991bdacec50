package dev.coalition.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.core.Suggestions;
import dev.coalition.core.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads typed fields out of a JSON tree, reporting wrong types, unknown fields and values a type
 * cannot hold as {@link Problem}s. A field that is absent reads as {@code null} and is reported by
 * the domain model's own checks ("is required"); a field that is present but unusable also reads
 * as {@code null}, and its path is remembered so the model's "is required" is not reported too.
 */
final class DocumentFields {

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final int MAX_DIGITS_BEFORE_POINT = 18;

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();

    /** Problems found so far, in the order found. */
    List<Problem> problems() {
        return problems;
    }

    /** Whether a problem was reported at this path or around it (so the model's problems there are redundant). */
    boolean reportedWithin(String path) {
        for (String r : reported) {
            if (DocumentPath.within(path, r)) {
                return true;
            }
        }
        return false;
    }

    void report(String path, String message) {
        problems.add(Problem.at(path, message));
        reported.add(path);
    }

    /**
     * Marks a part that cannot be used because of problems already reported inside it, so that
     * the model's own problems with it (e.g. "is null") are not reported too.
     */
    void unusable(String path) {
        reported.add(path);
    }

    /** Reports every key of an object that is not allowed, naming the allowed ones. */
    void onlyAllowed(ObjectNode object, String path, List<String> allowed) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                report(DocumentPath.key(path, name), "unknown field" + suggestion(name, allowed)
                        + "; allowed fields " + (path.isEmpty() ? "of the document" : "here") + " are "
                        + String.join(", ", allowed));
            }
        }
    }

    /** The object at a path, or null (reported unless absent). */
    ObjectNode object(JsonNode node, String path, String what) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            wrongType(node, path, what);
            return null;
        }
        return (ObjectNode) node;
    }

    /** A string field, or null. */
    String text(ObjectNode object, String path, String key) {
        JsonNode node = object.get(key);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            wrongType(node, DocumentPath.key(path, key), "a string");
            return null;
        }
        return node.textValue();
    }

    /** A date field written YYYY-MM-DD, or null. */
    LocalDate date(ObjectNode object, String path, String key) {
        String text = text(object, path, key);
        if (text == null) {
            return null;
        }
        if (DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        report(DocumentPath.key(path, key), quote(text) + " is not a valid date; give YYYY-MM-DD, e.g. 2021-03-15");
        return null;
    }

    /** An integer field (a JSON number with no fraction), or null. */
    Long integer(ObjectNode object, String path, String key, String noun) {
        JsonNode node = object.get(key);
        if (node == null) {
            return null;
        }
        String at = DocumentPath.key(path, key);
        if (!node.isNumber()) {
            wrongType(node, at, "an integer");
            return null;
        }
        BigDecimal value = node.decimalValue();
        BigDecimal whole = value.stripTrailingZeros();
        String written = WrittenNumber.written(node);
        if (whole.scale() > 0) {
            report(at, written + " is not an integer; a " + noun + " is an integer >= 0");
            return null;
        }
        if (whole.precision() - whole.scale() > MAX_DIGITS_BEFORE_POINT) {
            report(at, written + (value.signum() < 0 ? " is negative; a " + noun + " is an integer >= 0"
                    : " is too large; the largest " + noun + " is " + Integer.MAX_VALUE));
            return null;
        }
        return whole.longValueExact();
    }

    /** A number field in 0..1, or null (reported when outside). */
    Double fraction(ObjectNode object, String path, String key) {
        JsonNode node = object.get(key);
        if (node == null) {
            return null;
        }
        String at = DocumentPath.key(path, key);
        if (!node.isNumber()) {
            wrongType(node, at, "a number from 0 to 1");
            return null;
        }
        BigDecimal value = node.decimalValue();
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            // reported here, with the number as written, rather than by the model from its double
            report(at, WrittenNumber.written(node) + " is outside 0..1");
            return null;
        }
        return value.doubleValue();
    }

    /**
     * A list of member ids; an item that is not a string reads as null (and is reported), so that
     * the other items keep their indexes. Null when the field is absent or not an array.
     */
    List<String> ids(ObjectNode object, String path, String key) {
        JsonNode node = object.get(key);
        if (node == null) {
            return null;
        }
        String at = DocumentPath.key(path, key);
        if (!node.isArray()) {
            wrongType(node, at, "an array of member ids");
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (item.isTextual()) {
                ids.add(item.textValue());
            } else {
                wrongType(item, DocumentPath.index(at, i), "a string (a member id)");
                ids.add(null);
            }
        }
        return ids;
    }

    /**
     * A list of strings; an item that is not a string reads as null (and is reported as not being
     * {@code item}), so that the other items keep their indexes. Null when the field is absent or
     * not an array (reported as not being {@code what}).
     */
    List<String> strings(ObjectNode object, String path, String key, String what, String item) {
        JsonNode node = object.get(key);
        if (node == null) {
            return null;
        }
        String at = DocumentPath.key(path, key);
        if (!node.isArray()) {
            wrongType(node, at, what);
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode value = node.get(i);
            if (value.isTextual()) {
                texts.add(value.textValue());
            } else {
                wrongType(value, DocumentPath.index(at, i), item);
                texts.add(null);
            }
        }
        return texts;
    }

    /** Reports a value of the wrong JSON type. */
    void wrongType(JsonNode node, String path, String expected) {
        report(path, "must be " + expected + ", not " + kind(node));
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT, POJO -> "an object";
            case ARRAY -> "an array";
            case STRING, BINARY -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> node.booleanValue() ? "true" : "false";
            case NULL, MISSING -> "null";
        };
    }

    /** {@code (did you mean "KNOWN"?)} with a leading space for a likely typo of an allowed name, or empty. */
    static String suggestion(String name, List<String> allowed) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String known : allowed) {
            if (Suggestions.distance(lower, known.toLowerCase(Locale.ROOT)) <= (known.length() >= 4 ? 2 : 1)) {
                return " (did you mean \"" + known + "\"?)";
            }
        }
        return "";
    }

    /** A value the user gave, quoted and shortened for a message ({@link Violation#quote(String)}). */
    static String quote(String text) {
        return Violation.quote(text);
    }
}
