package dev.coalition.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.assessment.Candidate;
import dev.coalition.assessment.Candidates;
import dev.coalition.assessment.Scale;
import dev.coalition.core.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code "candidates"} section of a document: the candidate partners to assess, each
 * {@code {"id", "name", "scale": "1-5" | "0-1", "scores": {DIMENSION: number}, "brings": [resource],
 * "seeks"?: [resource], "priorTies": [candidate ids]}}. Scores are read exactly from their decimal
 * text. Structural problems are reported here; the domain's checks ({@link Candidates#check}) at
 * the same paths.
 */
final class CandidateSections {

    /** The fields of a candidate, in the order the schema lists them. */
    static final List<String> CANDIDATE_FIELDS = List.of("id", "name", "scale", "scores", "brings", "seeks", "priorTies");

    private static final int MAX_DIGITS = 18;

    private final DocumentFields fields = new DocumentFields();

    private CandidateSections() {
    }

    /**
     * The candidates of a document, or null when it has no {@code "candidates"}; every problem,
     * structural or of the domain's checks, is added to {@code problems}.
     */
    static List<Candidate> read(JsonNode root, List<Problem> problems) {
        JsonNode node = root.get("candidates");
        if (node == null) {
            return null;
        }
        CandidateSections sections = new CandidateSections();
        List<Candidate> candidates = sections.candidates(node);
        problems.addAll(sections.fields.problems());
        if (candidates != null) {
            for (Violation v : Candidates.check(candidates)) {
                String path = documentPath(v.path());
                if (!sections.fields.reportedWithin(path)) {
                    problems.add(Problem.at(path, v.message()));
                }
            }
        }
        return candidates;
    }

    /**
     * A path of the domain's checks in the document's notation: a dimension that is not a plain
     * word is quoted ({@code candidates[1].scores["-1.00"]}).
     */
    static String documentPath(String path) {
        java.util.regex.Matcher m = SCORE_PATH.matcher(path);
        return m.matches() ? DocumentPath.key(DocumentPath.key(m.group(1), "scores"), m.group(2)) : path;
    }

    private static final java.util.regex.Pattern SCORE_PATH = java.util.regex.Pattern.compile("(candidates\\[\\d+\\])\\.scores\\.(.*)",
            java.util.regex.Pattern.DOTALL);

    private List<Candidate> candidates(JsonNode node) {
        if (!node.isArray()) {
            fields.wrongType(node, "candidates", "an array of candidates");
            return null;
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = DocumentPath.index("candidates", i);
            ObjectNode c = fields.object(node.get(i), path, "a candidate object with " + String.join(", ", CANDIDATE_FIELDS));
            if (c == null) {
                fields.unusable(path);
                candidates.add(null);
                continue;
            }
            fields.onlyAllowed(c, path, CANDIDATE_FIELDS);
            for (String required : List.of("id", "name", "scale", "scores", "brings", "priorTies")) {
                if (!c.has(required)) {
                    fields.report(DocumentPath.key(path, required), "is missing: every candidate has " + String.join(", ",
                            CANDIDATE_FIELDS.stream().filter(f -> !f.equals("seeks")).toList()) + " (seeks is optional)");
                }
            }
            candidates.add(new Candidate(fields.text(c, path, "id"), fields.text(c, path, "name"), scale(c, path),
                    scores(c, path), strings(c, path, "brings", "a resource"), strings(c, path, "seeks", "a resource"),
                    strings(c, path, "priorTies", "a candidate id")));
        }
        return candidates;
    }

    private Scale scale(ObjectNode c, String path) {
        String text = fields.text(c, path, "scale");
        if (text == null) {
            if (c.has("scale")) {
                fields.unusable(DocumentPath.key(path, "scale"));
            }
            return null;
        }
        return Scale.ofLabel(text).orElseGet(() -> {
            fields.report(DocumentPath.key(path, "scale"), DocumentFields.quote(text) + " is not a scale: use \"1-5\" or \"0-1\"");
            return null;
        });
    }

    private Map<String, BigDecimal> scores(ObjectNode c, String path) {
        String at = DocumentPath.key(path, "scores");
        ObjectNode scores = fields.object(c.get("scores"), at, "an object of scores by dimension");
        Map<String, BigDecimal> read = new LinkedHashMap<>();
        if (scores == null) {
            fields.unusable(at);
            return read;
        }
        Iterator<Map.Entry<String, JsonNode>> entries = scores.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String scorePath = DocumentPath.key(at, entry.getKey());
            JsonNode value = entry.getValue();
            if (!value.isNumber()) {
                fields.wrongType(value, scorePath, "a number on the candidate's scale");
                read.put(entry.getKey(), null);
                continue;
            }
            BigDecimal number = value.decimalValue();
            BigDecimal stripped = number.stripTrailingZeros();
            if (stripped.precision() - stripped.scale() > MAX_DIGITS || stripped.scale() > MAX_DIGITS) {
                fields.report(scorePath, WrittenNumber.written(value) + " has too many digits; give a score on the candidate's scale");
                read.put(entry.getKey(), null);
                continue;
            }
            read.put(entry.getKey(), number);
        }
        return read;
    }

    private List<String> strings(ObjectNode c, String path, String key, String item) {
        List<String> read = fields.strings(c, path, key, "an array of strings", "a string (" + item + ")");
        return read == null ? List.of() : read;
    }
}
