package dev.coalition.ledger;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link CreditLedger} as JSON and reads it back, so that callers can persist it:
 * <pre>{"entries": [{"sequence": 1, "kind": "CREDIT", "member": "a", "subject": "curriculum kit",
 *   "creditedBy": "b", "amount": 5, "date": "2024-03-01", "reason": "..."}]}</pre>
 * Reading checks every entry as it is replayed: the result is a valid ledger or an
 * {@link InvalidCoalitionException} naming each problem with its path.
 */
public final class LedgerJson {

    private static final Set<String> FIELDS =
            Set.of("sequence", "kind", "member", "subject", "creditedBy", "amount", "date", "reason");

    private LedgerJson() {
    }

    /** The ledger as JSON, one entry per line. */
    public static String write(CreditLedger ledger) {
        StringBuilder out = new StringBuilder("{\"entries\": [");
        List<CreditEntry> entries = ledger.entries();
        for (int i = 0; i < entries.size(); i++) {
            CreditEntry e = entries.get(i);
            out.append(i == 0 ? "\n  " : ",\n  ");
            out.append("{\"sequence\": ").append(e.sequence())
                    .append(", \"kind\": ").append(quote(e.kind().name()))
                    .append(", \"member\": ").append(quote(e.member()))
                    .append(", \"subject\": ").append(quote(e.subject()))
                    .append(", \"creditedBy\": ").append(e.creditedBy() == null ? "null" : quote(e.creditedBy()))
                    .append(", \"amount\": ").append(e.amount())
                    .append(", \"date\": ").append(quote(e.date().toString()))
                    .append(", \"reason\": ").append(quote(e.reason())).append('}');
        }
        return out.append(entries.isEmpty() ? "]}\n" : "\n]}\n").toString();
    }

    /**
     * Reads a ledger written by {@link #write}.
     *
     * @throws InvalidCoalitionException for malformed JSON or any invalid entry, naming where
     */
    public static CreditLedger read(String json) {
        Object root;
        try {
            root = new Parser(json).document();
        } catch (IllegalArgumentException e) {
            throw new InvalidCoalitionException(List.of(new Violation("", e.getMessage())));
        }
        List<Violation> problems = new ArrayList<>();
        if (!(root instanceof Map<?, ?> map) || !(map.get("entries") instanceof List<?> list)) {
            throw new InvalidCoalitionException(List.of(new Violation("entries", "is required: a list of ledger entries")));
        }
        for (Object key : map.keySet()) {
            if (!"entries".equals(key)) {
                problems.add(new Violation(String.valueOf(key), "unknown field; a ledger document has only \"entries\""));
            }
        }
        List<CreditEntry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "entries[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> e)) {
                problems.add(new Violation(path, "is not an object"));
                continue;
            }
            for (Object key : e.keySet()) {
                if (!FIELDS.contains(key)) {
                    problems.add(new Violation(path + "." + key, "unknown field; allowed: " + FIELDS));
                }
            }
            try {
                long sequence = number(e, "sequence", path);
                EntryKind kind = EntryKind.valueOf(text(e, "kind", path));
                String creditedBy = e.get("creditedBy") == null ? null : text(e, "creditedBy", path);
                LocalDate date = LocalDate.parse(text(e, "date", path));
                entries.add(new CreditEntry(sequence, kind, text(e, "member", path), text(e, "subject", path), creditedBy,
                        number(e, "amount", path), date, text(e, "reason", path)));
            } catch (FieldException ex) {
                problems.add(ex.violation);
            } catch (DateTimeParseException ex) {
                problems.add(new Violation(path + ".date", "\"" + e.get("date") + "\" is not a date YYYY-MM-DD"));
            } catch (IllegalArgumentException ex) {
                problems.add(new Violation(path + ".kind", "\"" + e.get("kind") + "\" is not CREDIT or REDEMPTION"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        return CreditLedger.of(entries);
    }

    private static final class FieldException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Violation violation;

        FieldException(Violation violation) {
            super(violation.toString(), null, false, false);
            this.violation = violation;
        }
    }

    private static String text(Map<?, ?> e, String field, String path) {
        Object value = e.get(field);
        if (!(value instanceof String s)) {
            throw new FieldException(new Violation(path + "." + field, value == null ? "is required" : "is not a string"));
        }
        return s;
    }

    private static long number(Map<?, ?> e, String field, String path) {
        Object value = e.get(field);
        if (!(value instanceof BigDecimal d)) {
            throw new FieldException(new Violation(path + "." + field, value == null ? "is required" : "is not a number"));
        }
        try {
            return d.longValueExact();
        } catch (ArithmeticException ex) {
            throw new FieldException(new Violation(path + "." + field, d + " is not a whole number"));
        }
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A small JSON reader: objects become maps, arrays lists, numbers BigDecimal. */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text == null ? "" : text;
        }

        Object document() {
            Object value = value();
            skip();
            if (pos != text.length()) {
                throw error("unexpected text after the document");
            }
            return value;
        }

        private Object value() {
            skip();
            if (pos >= text.length()) {
                throw error("unexpected end of the document");
            }
            char c = text.charAt(pos);
            if (c == '{') {
                return object();
            }
            if (c == '[') {
                return array();
            }
            if (c == '"') {
                return string();
            }
            if (text.startsWith("null", pos)) {
                pos += 4;
                return null;
            }
            if (text.startsWith("true", pos)) {
                pos += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("false", pos)) {
                pos += 5;
                return Boolean.FALSE;
            }
            int start = pos;
            while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            if (start == pos) {
                throw error("unexpected character '" + c + "'");
            }
            try {
                return new BigDecimal(text.substring(start, pos));
            } catch (NumberFormatException e) {
                throw error("\"" + text.substring(start, pos) + "\" is not a number");
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            pos++;
            skip();
            if (peek() == '}') {
                pos++;
                return map;
            }
            while (true) {
                skip();
                if (peek() != '"') {
                    throw error("expected a field name in quotes");
                }
                String key = string();
                skip();
                expect(':');
                if (map.containsKey(key)) {
                    throw error("field \"" + key + "\" appears twice");
                }
                map.put(key, value());
                skip();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            pos++;
            skip();
            if (peek() == ']') {
                pos++;
                return list;
            }
            while (true) {
                list.add(value());
                skip();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    if (pos >= text.length()) {
                        break;
                    }
                    char e = text.charAt(pos++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            if (pos + 4 > text.length()) {
                                throw error("incomplete \\u escape");
                            }
                            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                            pos += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            throw error("unterminated string");
        }

        private char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        private void skip() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private IllegalArgumentException error(String message) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < Math.min(pos, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return new IllegalArgumentException("line " + line + ", column " + column + ": " + message);
        }
    }
}
