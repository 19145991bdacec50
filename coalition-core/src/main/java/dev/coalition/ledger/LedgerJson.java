package dev.coalition.ledger;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.JsonReader;
import dev.coalition.core.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
                    .append(", \"kind\": ").append(JsonReader.literal(e.kind().name()))
                    .append(", \"member\": ").append(JsonReader.literal(e.member()))
                    .append(", \"subject\": ").append(JsonReader.literal(e.subject()))
                    .append(", \"creditedBy\": ").append(e.creditedBy() == null ? "null" : JsonReader.literal(e.creditedBy()))
                    .append(", \"amount\": ").append(e.amount())
                    .append(", \"date\": ").append(JsonReader.literal(e.date().toString()))
                    .append(", \"reason\": ").append(JsonReader.literal(e.reason())).append('}');
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
            root = JsonReader.read(json);
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
}
