package dev.coalition.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Equality of JSON values as a reader of JSON sees it: numbers by value ({@code 4}, {@code 4.0} and
 * {@code 4e0} are equal), objects by their keys and values in any order, arrays item by item in
 * order; and, for the lists a {@code [*]} path collects, equality as sets.
 */
final class JsonEquality {

    private JsonEquality() {
    }

    /** Whether two JSON values are equal. */
    static boolean equal(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.getNodeType() != b.getNodeType()) {
            return false;
        }
        if (a.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode other = b.get(field.getKey());
                if (other == null || !equal(field.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** Whether two arrays hold the same values, in any order and however often each. */
    static boolean equalAsSets(JsonNode a, JsonNode b) {
        return containsAll(a, b) && containsAll(b, a);
    }

    private static boolean containsAll(JsonNode container, JsonNode items) {
        for (JsonNode item : items) {
            boolean found = false;
            for (JsonNode candidate : container) {
                if (equal(item, candidate)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
