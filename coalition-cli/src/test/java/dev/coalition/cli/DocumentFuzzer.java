package dev.coalition.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded, JSON-aware mutations of the sample documents, for {@link DocumentFuzzTest}: numbers made
 * extreme (huge exponents, negatives, long digits), values of the wrong type, keys deleted, added or
 * given twice, array items dropped or repeated, strings made long, empty or exotic (control
 * characters, emoji, line separators), dates moved, deep nesting, cut-off text, other encodings
 * and broken UTF-8. The same seed gives the same document.
 */
final class DocumentFuzzer {

    /** One mutated document: what was done to which sample, and the bytes to evaluate. */
    record Case(long seed, String description, byte[] bytes) {

        /** The document as text, shortened to {@code max} characters for a failure message. */
        String shown(int max) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " characters)";
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Literals written into the text in place of a marker: beyond what a tree of Jackson's can hold. */
    private static final String[] NUMBER_LITERALS = {
        "1e2147483648", "1e-2147483648", "1e2147483647", "-1e2147483647", "1e308", "-1e308", "1e400", "1e-400", "1e1000",
        "1e1001", "1e-1001", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "2147483648",
        "100000000000000000", "0.1234567890123456789012345", "-0", "0.0", "1E+2", "1.0e0", "-1", "-0.5", "0", "1", "2", "0.5",
        "1" + "0".repeat(120), "0." + "0".repeat(98) + "1", "123456789012345678901234567890123",
    };
    private static final String[] STRINGS = {
        "", " ", "a", "x".repeat(65), "y".repeat(201), "z".repeat(10_001), "\u0000", "tab\there", "line\u2028sep",
        "emoji \uD83D\uDE00", "\u202Eright-to-left", "caf\u00e9", "\uD800", "2024-02-30", "2024-13-01", "1999-12-31",
        "2100-01-01", "0000-01-01", "EUR", "CREDITS", "SHAPLEY", "PROPORTIONALITY", "NaN", "-1.00", "1000.005",
        "1" + "0".repeat(40), "ghost", "hospital", "a,b", "DIRECT_NEGOTIATION", "ONGOING", "GOAL",
        "2024-05-03T14:00:00Z", "2024-05-03T14:00:00", "2024-05-03T25:00:00Z", "FOR", "APPROVED", "1/2", "3/2", "1/0",
    };
    private static final String MARKER = "\u0001fuzz-number-";
    private static final int MUTATIONS = 14;

    private DocumentFuzzer() {
    }

    /** The mutated document of a seed. */
    static Case mutate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Samples sample = Samples.values()[random.nextInt(Samples.values().length)];
        ObjectNode doc = sample.tree();
        List<String> done = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        int rounds = 1 + random.nextInt(3);
        String textMutation = null;
        for (int round = 0; round < rounds; round++) {
            int mutation = random.nextInt(MUTATIONS);
            if (mutation >= 11) {
                textMutation = textMutation == null ? "text" : textMutation;
                done.add(textLevel(mutation));
                continue;
            }
            done.add(mutate(doc, mutation, random, literals));
        }
        String text = Samples.json(doc);
        for (int i = 0; i < literals.size(); i++) {
            text = text.replace("\"" + MARKER + i + "\"", literals.get(i));
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (String mutation : done) {
            bytes = applyText(mutation, bytes, random);
        }
        return new Case(seed, sample.name() + ": " + String.join("; ", done), bytes);
    }

    private static String mutate(ObjectNode doc, int mutation, SplittableRandom random, List<String> literals) {
        List<Slot> slots = new ArrayList<>();
        collect(doc, "", slots);
        if (slots.isEmpty()) {
            return "nothing";
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        switch (mutation) {
            case 0: {
                List<Slot> numbers = slots.stream().filter(s -> s.value().isNumber()).toList();
                Slot target = numbers.isEmpty() ? slot : numbers.get(random.nextInt(numbers.size()));
                String literal = NUMBER_LITERALS[random.nextInt(NUMBER_LITERALS.length)];
                target.set(NODES.textNode(MARKER + literals.size()));
                literals.add(literal);
                return "number " + target.path() + " = " + literal;
            }
            case 1: {
                JsonNode[] wrong = {NODES.textNode("text"), NODES.numberNode(7), NODES.booleanNode(random.nextBoolean()),
                    NODES.nullNode(), NODES.arrayNode(), NODES.objectNode(), NODES.arrayNode().add(1).add("x")};
                JsonNode value = wrong[random.nextInt(wrong.length)];
                slot.set(value);
                return "type " + slot.path() + " = " + value;
            }
            case 2: {
                if (slot.parent() != null) {
                    slot.remove();
                    return "delete " + slot.path();
                }
                return "nothing";
            }
            case 3: {
                List<Slot> objects = slots.stream().filter(s -> s.value().isObject()).toList();
                ObjectNode target = objects.isEmpty() ? doc : (ObjectNode) objects.get(random.nextInt(objects.size())).value();
                String key = random.nextBoolean() ? "unknownKey" : STRINGS[random.nextInt(STRINGS.length)];
                target.set(key, random.nextBoolean() ? NODES.numberNode(random.nextInt()) : NODES.textNode("v"));
                return "add key " + key.length() + " characters";
            }
            case 4: {
                List<Slot> strings = slots.stream().filter(s -> s.value().isTextual()).toList();
                Slot target = strings.isEmpty() ? slot : strings.get(random.nextInt(strings.size()));
                String value = STRINGS[random.nextInt(STRINGS.length)];
                target.set(NODES.textNode(value));
                return "string " + target.path() + " = " + value.length() + " characters";
            }
            case 5: {
                List<Slot> arrays = slots.stream().filter(s -> s.value().isArray() && !s.value().isEmpty()).toList();
                if (arrays.isEmpty()) {
                    return "nothing";
                }
                ArrayNode array = (ArrayNode) arrays.get(random.nextInt(arrays.size())).value();
                int i = random.nextInt(array.size());
                int copies = random.nextInt(4) == 0 ? 1 + random.nextInt(30) : 1;
                for (int c = 0; c < copies; c++) {
                    array.add(array.get(i).deepCopy());
                }
                return "repeat an item " + copies + " times";
            }
            case 6: {
                List<Slot> items = slots.stream().filter(s -> s.parent() instanceof ArrayNode).toList();
                if (items.isEmpty()) {
                    return "nothing";
                }
                Slot target = items.get(random.nextInt(items.size()));
                target.remove();
                return "drop " + target.path();
            }
            case 7: {
                JsonNode nested = NODES.numberNode(1);
                int depth = random.nextInt(4) == 0 ? 90 + random.nextInt(30) : 2 + random.nextInt(10);
                for (int d = 0; d < depth; d++) {
                    nested = random.nextBoolean() ? NODES.arrayNode().add(nested) : NODES.objectNode().set("k", nested);
                }
                slot.set(nested);
                return "nest " + depth + " deep at " + slot.path();
            }
            case 8: {
                String[] dates = {"2019-01-01", "2020-06-30", "2021-06-01", "2023-03-01", "2024-07-11", "2099-12-31", "2024-02-29"};
                List<Slot> texts = slots.stream().filter(s -> s.value().isTextual()
                        && s.value().textValue().matches("\\d{4}-\\d{2}-\\d{2}")).toList();
                if (texts.isEmpty()) {
                    return "nothing";
                }
                Slot target = texts.get(random.nextInt(texts.size()));
                String date = dates[random.nextInt(dates.length)];
                target.set(NODES.textNode(date));
                return "date " + target.path() + " = " + date;
            }
            case 9: {
                ObjectNode voting = NODES.objectNode();
                long[] quotas = {1, 2, 51, 1000, 19_000, 198_000, 10_000_000, Long.MAX_VALUE};
                long quota = quotas[random.nextInt(quotas.length)];
                voting.put("quota", quota);
                doc.set("voting", voting);
                JsonNode members = doc.get("members");
                if (members != null && members.isArray() && random.nextBoolean()) {
                    for (JsonNode member : members) {
                        if (member.isObject()) {
                            ((ObjectNode) member).put("votingWeight", random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(300_000));
                        }
                    }
                }
                return "voting quota " + quota;
            }
            default: {
                List<Slot> ids = slots.stream().filter(s -> s.value().isTextual()).toList();
                if (ids.isEmpty()) {
                    return "nothing";
                }
                Slot target = ids.get(random.nextInt(ids.size()));
                Slot source = ids.get(random.nextInt(ids.size()));
                target.set(source.value().deepCopy());
                return "copy " + source.path() + " to " + target.path();
            }
        }
    }

    private static String textLevel(int mutation) {
        return switch (mutation) {
            case 11 -> "truncate";
            case 12 -> "duplicate a key";
            default -> "encoding";
        };
    }

    private static byte[] applyText(String mutation, byte[] bytes, SplittableRandom random) {
        switch (mutation) {
            case "truncate":
                return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case "duplicate a key": {
                String text = new String(bytes, StandardCharsets.UTF_8);
                int brace = text.indexOf('{', random.nextInt(Math.max(1, text.length())));
                if (brace < 0) {
                    return bytes;
                }
                return (text.substring(0, brace + 1) + "\"name\":\"twice\"," + text.substring(brace + 1))
                        .replaceFirst("\\{\"name\":\"twice\",\\}", "{\"name\":\"twice\"}").getBytes(StandardCharsets.UTF_8);
            }
            case "encoding": {
                String text = new String(bytes, StandardCharsets.UTF_8);
                return switch (random.nextInt(6)) {
                    case 0 -> text.getBytes(StandardCharsets.UTF_16);
                    case 1 -> text.getBytes(StandardCharsets.UTF_16LE);
                    case 2 -> text.getBytes(java.nio.charset.Charset.forName("UTF-32"));
                    case 3 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
                    case 4 -> {
                        byte[] broken = bytes.clone();
                        broken[random.nextInt(broken.length)] = (byte) (0x80 + random.nextInt(0x80));
                        yield broken;
                    }
                    default -> text.getBytes(StandardCharsets.ISO_8859_1);
                };
            }
            default:
                return bytes;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** A place in the tree: its path, its container and its key or index there. */
    private record Slot(String path, JsonNode parent, String key, int index, JsonNode value) {

        void set(JsonNode replacement) {
            if (parent instanceof ObjectNode object) {
                object.set(key, replacement);
            } else if (parent instanceof ArrayNode array) {
                array.set(index, replacement);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(key);
            } else if (parent instanceof ArrayNode array) {
                array.remove(index);
            }
        }
    }

    private static void collect(JsonNode node, String path, List<Slot> slots) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = DocumentPath.key(path, field.getKey());
                slots.add(new Slot(child, node, field.getKey(), -1, field.getValue()));
                collect(field.getValue(), child, slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = DocumentPath.index(path, i);
                slots.add(new Slot(child, node, null, i, node.get(i)));
                collect(node.get(i), child, slots);
            }
        }
    }
}
