package dev.coalition.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.coalition.rules.api.Numbers;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Writes the values a policy puts in safeguard parameters and explanation inputs: numbers as
 * numbers (decimals rounded to at most four places, as {@link Numbers#format} does), enums by
 * name, lists and sets as arrays, maps as objects, anything else as its text. Collections whose
 * order is not defined are sorted, so the output never depends on hashing.
 */
final class JsonValues {

    private JsonValues() {
    }

    /** Writes a value whose decimals are rounded to four places. */
    static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            json.writeNumber(value.toString());
        } else if (value instanceof Number n) {
            figure(json, n.doubleValue());
        } else if (value instanceof Enum<?> e) {
            json.writeString(e.name());
        } else if (value instanceof Map<?, ?> map) {
            object(json, ordered(map));
        } else if (value instanceof Collection<?> items) {
            json.writeStartArray();
            for (Object item : ordered(items)) {
                write(json, item);
            }
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
    }

    /**
     * Writes a map as an object in the map's own iteration order (for the maps of the rules API,
     * which promise a stable order).
     */
    static void object(JsonGenerator json, Map<?, ?> map) throws IOException {
        json.writeStartObject();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            json.writeFieldName(String.valueOf(entry.getKey()));
            write(json, entry.getValue());
        }
        json.writeEndObject();
    }

    /** Writes a figure rounded to at most four decimals; null when it is not finite. */
    static void figure(JsonGenerator json, double value) throws IOException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            json.writeNull();
        } else {
            json.writeNumber(Numbers.format(value));
        }
    }

    /** Writes a figure exactly, without trailing zeros (for setting values). */
    static void exact(JsonGenerator json, double value) throws IOException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            json.writeNull();
        } else {
            json.writeNumber(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
        }
    }

    private static Map<?, ?> ordered(Map<?, ?> map) {
        if (map instanceof LinkedHashMap || map instanceof SortedMap || map instanceof EnumMap) {
            return map;
        }
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
        return sorted;
    }

    /** A collection in a stable order: its own when it has one, otherwise enums by ordinal and anything else by text. */
    static Collection<?> ordered(Collection<?> items) {
        if (items instanceof List || items instanceof SortedSet || items instanceof EnumSet
                || items instanceof LinkedHashSet) {
            return items;
        }
        if (items.stream().allMatch(i -> i instanceof Enum<?>)) {
            return items.stream().map(i -> (Enum<?>) i).sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal())).toList();
        }
        return items.stream().sorted((a, b) -> String.valueOf(a).compareTo(String.valueOf(b))).toList();
    }
}
