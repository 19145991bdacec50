package dev.coalition.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A path into {@code coalition evaluate}'s JSON answer, written as the problems write paths
 * ({@link DocumentPath}): {@code governance.mode}, {@code conflicts[0].stage}, a key that is not a
 * plain word quoted, {@code provenance.settings["governance.crisisUrgency"]}; and {@code [*]}, which
 * collects what the rest of the path finds in every item of a list:
 * {@code governance.findings[*].id} is the list of the findings' ids (nested {@code [*]} collect one
 * flat list).
 *
 * @param text  the path as written
 * @param steps its steps, in order
 */
record OutputPath(String text, List<Step> steps) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One step of a path: a key, an item, or every item. */
    sealed interface Step permits Key, Item, Every {
    }

    /** The value of an object's key. */
    record Key(String name) implements Step {
    }

    /** An item of an array, from 0. */
    record Item(int index) implements Step {
    }

    /** Every item of an array. */
    record Every() implements Step {
    }

    /**
     * What a path finds in an answer: the value, or why there is none.
     *
     * @param value   the value found (for a path with {@code [*]}, the array of the values collected), or
     *                {@code null} when the path does not exist
     * @param missing why the path does not exist ({@code does not exist: } where it stops and what exists
     *                there), or {@code null}
     */
    record Found(JsonNode value, String missing) {
    }

    OutputPath {
        steps = List.copyOf(steps);
    }

    /** Whether the path collects values with {@code [*]}. */
    boolean collects() {
        return steps.stream().anyMatch(Every.class::isInstance);
    }

    /**
     * Reads a path.
     *
     * @throws IllegalArgumentException saying what is wrong, where, and what a path looks like
     */
    static OutputPath parse(String text) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '[') {
                i = bracket(text, i, steps);
            } else if (c == '.' && !steps.isEmpty() || steps.isEmpty() && isWordStart(c)) {
                int start = c == '.' ? i + 1 : i;
                int end = start;
                while (end < text.length() && isWordPart(text.charAt(end))) {
                    end++;
                }
                if (end == start || !isWordStart(text.charAt(start))) {
                    throw malformed(text, start, "a key after '.' (a word; quote any other key as [\"key\"])");
                }
                steps.add(new Key(text.substring(start, end)));
                i = end;
            } else {
                throw malformed(text, i, steps.isEmpty() ? "a key or [\"key\"]" : "'.key', '[N]', '[*]' or '[\"key\"]'");
            }
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("is empty; give a path into the answer, e.g. governance.mode");
        }
        return new OutputPath(text, steps);
    }

    /** Reads the step {@code [N]}, {@code [*]} or {@code ["key"]} at {@code i}; returns where the next step starts. */
    private static int bracket(String text, int i, List<Step> steps) {
        int close = text.indexOf(']', i);
        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            StringBuilder key = new StringBuilder();
            int j = i + 2;
            while (j < text.length() && text.charAt(j) != '"') {
                char c = text.charAt(j);
                if (c == '\\' && j + 1 < text.length()) {
                    char escaped = text.charAt(j + 1);
                    if (escaped == 'u' && j + 5 < text.length()) {
                        key.append((char) Integer.parseInt(hex(text, j + 2), 16));
                        j += 6;
                        continue;
                    }
                    key.append(escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped);
                    j += 2;
                } else {
                    key.append(c);
                    j++;
                }
            }
            if (j + 1 >= text.length() || text.charAt(j + 1) != ']') {
                throw malformed(text, i, "a quoted key closed by \"]");
            }
            steps.add(new Key(key.toString()));
            return j + 2;
        }
        if (close < 0) {
            throw malformed(text, i, "'[N]', '[*]' or '[\"key\"]' closed by ']'");
        }
        String inside = text.substring(i + 1, close);
        if (inside.equals("*")) {
            steps.add(new Every());
        } else if (inside.matches("0|[1-9][0-9]{0,8}")) {
            steps.add(new Item(Integer.parseInt(inside)));
        } else {
            throw malformed(text, i, "'[N]' with N a whole number from 0, '[*]' or '[\"key\"]'");
        }
        return close + 1;
    }

    private static String hex(String text, int at) {
        String digits = text.substring(at, at + 4);
        if (!digits.matches("[0-9A-Fa-f]{4}")) {
            throw malformed(text, at, "four hex digits after \\u");
        }
        return digits;
    }

    private static IllegalArgumentException malformed(String text, int at, String expected) {
        return new IllegalArgumentException("is not a path: expected " + expected + " at character " + (at + 1)
                + "; write paths as the problems do, e.g. governance.findings[0].id, governance.findings[*].id, "
                + "provenance.settings[\"governance.crisisUrgency\"]");
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) && c < 128 || c == '_' || c == '$';
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || c >= '0' && c <= '9';
    }

    /** What the path finds in an answer. */
    Found find(JsonNode answer) {
        List<JsonNode> collected = new ArrayList<>();
        String missing = find(answer, 0, DocumentPath.ROOT, collected);
        if (missing != null) {
            return new Found(null, missing);
        }
        if (!collects()) {
            return new Found(collected.get(0), null);
        }
        ArrayNode values = NODES.arrayNode();
        collected.forEach(values::add);
        return new Found(values, null);
    }

    /** Walks the steps from {@code from} at {@code node}, adding what they find; returns why not, or null. */
    private String find(JsonNode node, int from, String at, List<JsonNode> found) {
        if (from == steps.size()) {
            found.add(node);
            return null;
        }
        Step step = steps.get(from);
        if (step instanceof Key key) {
            String next = DocumentPath.key(at, key.name());
            if (!node.isObject()) {
                return notA(at, node, "an object");
            }
            JsonNode child = node.get(key.name());
            if (child == null) {
                return "does not exist: " + where(at) + " has no key " + DocumentFields.quote(key.name()) + "; "
                        + keys(node);
            }
            return find(child, from + 1, next, found);
        }
        if (step instanceof Item item) {
            String next = DocumentPath.index(at, item.index());
            if (!node.isArray()) {
                return notA(at, node, "a list");
            }
            if (item.index() >= node.size()) {
                return "does not exist: " + where(at) + " has " + items(node.size(), at);
            }
            return find(node.get(item.index()), from + 1, next, found);
        }
        if (!node.isArray()) {
            return notA(at, node, "a list");
        }
        for (int i = 0; i < node.size(); i++) {
            String missing = find(node.get(i), from + 1, DocumentPath.index(at, i), found);
            if (missing != null) {
                return missing;
            }
        }
        return null;
    }

    private static String notA(String at, JsonNode node, String wanted) {
        return "does not exist: " + where(at) + " is " + DocumentFields.kind(node) + ", not " + wanted;
    }

    private static String where(String at) {
        return at.isEmpty() ? "the answer" : at;
    }

    private static String keys(JsonNode object) {
        if (object.isEmpty()) {
            return "it has no keys";
        }
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(DocumentPath.key(DocumentPath.ROOT, it.next()));
        }
        return "its keys are " + String.join(", ", names);
    }

    private static String items(int size, String at) {
        return switch (size) {
            case 0 -> "no items";
            case 1 -> "1 item, " + DocumentPath.index(at, 0);
            default -> size + " items, " + DocumentPath.index(at, 0) + " to " + DocumentPath.index(at, size - 1);
        };
    }
}
