package dev.coalition.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.timeline.Timeline;
import dev.coalition.timeline.TimelineJson;
import dev.coalition.timeline.TimelineState;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads a document's {@code "timeline"}: the coalition's events in the format of
 * {@code schema/coalition-timeline.schema.json}, given in place of {@code "members"} and
 * {@code "formedOn"} (and of {@code "name"}, {@code "steeringBody"} and {@code "context"}, which its
 * FORMED event carries). The events are read by the core's own reader ({@link TimelineJson#read}), so
 * their problems are the ones it reports, with the same {@code timeline[i].FIELD} paths, and the
 * timeline is replayed to {@code asOf} ({@link Timeline#stateAt}).
 */
final class TimelineSection {

    /** The document fields a timeline's FORMED event gives instead. */
    static final List<String> REPLACED_FIELDS = List.of("name", "formedOn", "members", "steeringBody", "context");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * A timeline replayed.
     *
     * @param timeline   the timeline as read
     * @param replayedTo the day it was replayed to: the document's {@code asOf}
     * @param state      the coalition's state on that day
     */
    record Replayed(Timeline timeline, LocalDate replayedTo, TimelineState state) {

        /** How many events the timeline has. */
        int events() {
            return timeline.events().size();
        }

        /** How many events were replayed: those on or before {@code replayedTo}. */
        long replayedEvents() {
            return timeline.events().stream().filter(e -> !e.on().isAfter(replayedTo)).count();
        }

        /** The coalition on the day replayed to. */
        Coalition coalition() {
            return state.coalition();
        }
    }

    private TimelineSection() {
    }

    /**
     * The timeline replayed to {@code asOf}, or {@code null} when the document gives none or it has
     * problems (reported through {@code fields}).
     *
     * @param asOf the document's {@code asOf}, or {@code null} when absent or unreadable
     */
    static Replayed read(DocumentFields fields, ObjectNode root, LocalDate asOf) {
        JsonNode node = root.get("timeline");
        if (node == null) {
            return null;
        }
        int before = fields.problems().size();
        for (String field : REPLACED_FIELDS) {
            if (root.has(field)) {
                fields.report(field, "is given with \"timeline\": the timeline's FORMED event gives the coalition's "
                        + field + "; give either \"" + field + "\" (with the other fields of a coalition) or \"timeline\"");
            }
        }
        if (!node.isArray()) {
            fields.wrongType(node, "timeline", "an array of events, starting with {\"type\": \"FORMED\", ...}");
            return null;
        }
        if (!root.has("asOf") && !fields.reportedWithin("asOf")) {
            fields.report("asOf", "is required with a timeline: give the day to replay it to, e.g. \"2024-06-01\" "
                    + "(events on that day included)");
        }
        Timeline timeline;
        try {
            timeline = TimelineJson.read(MAPPER.writeValueAsString(MAPPER.createObjectNode().set("timeline", node)));
        } catch (InvalidCoalitionException e) {
            report(fields, node, e.violations());
            return null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree is always written back as JSON", e);
        }
        if (asOf == null || fields.problems().size() > before) {
            return null;
        }
        try {
            return new Replayed(timeline, asOf, timeline.stateAt(asOf));
        } catch (InvalidCoalitionException e) {
            report(fields, node, e.violations());
            return null;
        }
    }

    private static void report(DocumentFields fields, JsonNode timeline, List<Violation> violations) {
        for (Violation v : violations) {
            Problem problem = documentProblem(timeline, v);
            if (!fields.reportedWithin(problem.path())) {
                fields.report(problem.path(), problem.message());
            }
        }
    }

    /**
     * A problem of the core's reader at the path the document writes: the core joins keys with dots
     * ({@code timeline[2].member.my key}), the document quotes a key that is not a plain word
     * ({@code timeline[2].member["my key"]}). The path is followed through the document itself, so that
     * a key holding a dot or a bracket is told from two keys; what cannot be followed stays in the message.
     */
    static Problem documentProblem(JsonNode timeline, Violation v) {
        String rest = v.path();
        if (!rest.startsWith("timeline")) {
            return Problem.at(rest.isEmpty() ? "timeline" : rest, v.message());
        }
        rest = rest.substring("timeline".length());
        String path = "timeline";
        JsonNode node = timeline;
        while (!rest.isEmpty()) {
            java.util.regex.Matcher index = INDEX.matcher(rest);
            String key = node != null && node.isObject() && rest.startsWith(".") ? longestKey(node, rest.substring(1)) : null;
            if (index.lookingAt()) {
                int i = Integer.parseInt(index.group(1));
                path = DocumentPath.index(path, i);
                node = node != null && node.isArray() ? node.get(i) : null;
                rest = rest.substring(index.end());
            } else if (key != null) {
                path = DocumentPath.key(path, key);
                node = node.get(key);
                rest = rest.substring(1 + key.length());
            } else if (rest.startsWith(".") && PLAIN.matcher(rest.substring(1)).lookingAt()) {
                // a key the document does not have (a required field): a plain word
                java.util.regex.Matcher plain = PLAIN.matcher(rest.substring(1));
                plain.lookingAt();
                path = DocumentPath.key(path, plain.group());
                node = null;
                rest = rest.substring(1 + plain.end());
            } else {
                return Problem.at(path, rest + ": " + v.message());
            }
        }
        return Problem.at(path, v.message());
    }

    private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("\\[(\\d+)\\]");
    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(?=$|[.\\[])");

    /** The longest key of an object that the rest of a path starts with, followed by its end, a dot or a bracket. */
    private static String longestKey(JsonNode object, String rest) {
        String found = null;
        for (java.util.Iterator<String> keys = object.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            boolean ends = rest.length() == key.length() || rest.length() > key.length()
                    && (rest.charAt(key.length()) == '.' || rest.charAt(key.length()) == '[');
            if (rest.startsWith(key) && ends && (found == null || key.length() > found.length())) {
                found = key;
            }
        }
        return found;
    }
}
