package dev.coalition.timeline;

import dev.coalition.core.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one JSON object as read by {@code JsonReader}, taken with their types checked: a
 * field of the wrong type or a missing required one is reported at its path and read as {@code null}.
 * Not thread-safe; one per object read.
 */
final class JsonFields {

    private final Map<?, ?> object;
    private final String path;
    private final List<Violation> problems;

    JsonFields(Map<?, ?> object, String path, List<Violation> problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    /** Reports every field not in {@code allowed}. */
    void only(Set<String> allowed) {
        for (Object key : object.keySet()) {
            if (!allowed.contains(key)) {
                problems.add(new Violation(path + "." + key, "unknown field; allowed here: " + allowed.stream().sorted().toList()));
            }
        }
    }

    List<Violation> problems() {
        return problems;
    }

    String path(String field) {
        return path + "." + field;
    }

    boolean has(String field) {
        return object.get(field) != null;
    }

    Object raw(String field) {
        return object.get(field);
    }

    String text(String field, boolean required) {
        Object value = object.get(field);
        if (value == null) {
            return missing(field, required, "a string");
        }
        if (value instanceof String s) {
            return s;
        }
        return wrong(field, "a string");
    }

    LocalDate date(String field) {
        String text = text(field, true);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new Violation(path(field), Violation.quote(text) + " is not a date: write YYYY-MM-DD, e.g. 2024-03-01"));
            return null;
        }
    }

    Double fraction(String field) {
        Object value = object.get(field);
        if (value == null) {
            return missing(field, true, "a number in 0..1");
        }
        if (value instanceof BigDecimal d) {
            return d.doubleValue();
        }
        return wrong(field, "a number in 0..1");
    }

    Long whole(String field) {
        Object value = object.get(field);
        if (value == null) {
            return missing(field, true, "a whole number");
        }
        if (value instanceof BigDecimal d) {
            try {
                return d.longValueExact();
            } catch (ArithmeticException e) {
                problems.add(new Violation(path(field), Violation.shortened(d.toString()) + " is not a whole number"));
                return null;
            }
        }
        return wrong(field, "a whole number");
    }

    <E extends Enum<E>> E constant(String field, Class<E> type, boolean required) {
        return constant(object.get(field), path(field), type, required);
    }

    <E extends Enum<E>> E constant(Object value, String at, Class<E> type, boolean required) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (value == null) {
            if (required) {
                problems.add(new Violation(at, "is required: give one of " + names));
            }
            return null;
        }
        if (value instanceof String s && names.contains(s)) {
            return Enum.valueOf(type, s);
        }
        problems.add(new Violation(at, (value instanceof String s ? Violation.quote(s) : String.valueOf(value))
                + " is not one of " + names));
        return null;
    }

    /** A list of strings; a null item is kept (the timeline's checks report it with its path). */
    List<String> texts(String field, boolean required) {
        List<?> list = list(field, required);
        if (list == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item == null || item instanceof String) {
                out.add((String) item);
            } else {
                problems.add(new Violation(path(field) + "[" + i + "]", "is not a string; give an id in quotes"));
            }
        }
        return out;
    }

    List<?> list(String field, boolean required) {
        Object value = object.get(field);
        if (value == null) {
            return missing(field, required, "a list");
        }
        if (value instanceof List<?> list) {
            return list;
        }
        return wrong(field, "a list");
    }

    Map<?, ?> map(String field, boolean required) {
        Object value = object.get(field);
        if (value == null) {
            return missing(field, required, "an object");
        }
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        return wrong(field, "an object");
    }

    private <T> T missing(String field, boolean required, String what) {
        if (required) {
            problems.add(new Violation(path(field), "is required: give " + what));
        }
        return null;
    }

    private <T> T wrong(String field, String what) {
        problems.add(new Violation(path(field), "is not " + what));
        return null;
    }
}
