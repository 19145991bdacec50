package dev.coalition.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.core.Violation;
import dev.coalition.health.HealthAssessment;
import dev.coalition.health.HealthHistory;
import dev.coalition.health.Pillar;
import dev.coalition.health.PillarReading;
import dev.coalition.lifecycle.Formation;
import dev.coalition.value.Fraction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the lifecycle sections of a coalition document: {@code "health"} (dated assessments of
 * the three pillars, each a number in 0..1 or an object of named indicators in 0..1, read exactly
 * from the number as written) and {@code "formation"} ({@code startedOn},
 * {@code firstJointProjectOn}, {@code completed} steps). Reports the sections' structural problems
 * (types, unknown fields, numbers outside 0..1) and the domain model's checks
 * ({@link HealthHistory#violations}, {@link Formation#violations}: dates out of order or after
 * {@code asOf}, unknown or repeated steps).
 */
final class LifecycleSections {

    /** The fields of a health assessment. */
    static final List<String> HEALTH_FIELDS = List.of("date", Pillar.FIELDS.get(0), Pillar.FIELDS.get(1), Pillar.FIELDS.get(2));
    /** The fields of the formation. */
    static final List<String> FORMATION_FIELDS = List.of("startedOn", "firstJointProjectOn", "completed");

    private final DocumentFields fields;
    private final LocalDate asOf;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param fields the document's field reader, which collects the problems
     * @param root   the document, for its {@code asOf} (read here quietly: the conflict part reports a bad one)
     */
    LifecycleSections(DocumentFields fields, ObjectNode root) {
        this.fields = fields;
        this.asOf = quietDate(root.get("asOf"));
    }

    /** The date {@code asOf} gives, or {@code null} when it is absent or unreadable. */
    LocalDate asOf() {
        return asOf;
    }

    /** The domain model's problems with the sections, found after the structural ones. */
    List<Problem> problems() {
        return problems;
    }

    private static LocalDate quietDate(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.textValue());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The health assessments, oldest first, or {@code null} when none are given or they have problems (reported). */
    List<HealthAssessment> health(ObjectNode root) {
        JsonNode node = root.get("health");
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            fields.wrongType(node, "health", "an array of assessments {\"date\", " + String.join(", ", Pillar.FIELDS) + "}");
            return null;
        }
        int before = fields.problems().size();
        List<HealthAssessment> assessments = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = DocumentPath.index("health", i);
            ObjectNode item = fields.object(node.get(i), path, "an object with " + String.join(", ", HEALTH_FIELDS));
            if (item == null) {
                assessments.add(null);
                continue;
            }
            fields.onlyAllowed(item, path, HEALTH_FIELDS);
            Map<Pillar, PillarReading> pillars = new EnumMap<>(Pillar.class);
            for (Pillar pillar : Pillar.values()) {
                PillarReading reading = reading(item.get(pillar.field()), DocumentPath.key(path, pillar.field()));
                if (reading != null) {
                    pillars.put(pillar, reading);
                }
            }
            assessments.add(new HealthAssessment(fields.date(item, path, "date"), pillars));
        }
        List<Violation> violations = HealthHistory.violations(assessments, asOf);
        for (Violation v : violations) {
            if (!fields.reportedWithin(v.path())) {
                problems.add(Problem.at(v.path(), v.message()));
            }
        }
        return violations.isEmpty() && fields.problems().size() == before ? assessments : null;
    }

    /**
     * A pillar's reading: a number, or an object of named numbers; {@code null} when absent. A
     * value with a problem (reported) reads as a placeholder so that the model does not report the
     * pillar as missing too; the section is then not evaluated.
     */
    private PillarReading reading(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            Fraction score = score(node, path);
            return PillarReading.score(score == null ? Fraction.ZERO : score);
        }
        if (node.isObject() && node.isEmpty()) {
            fields.report(path, "has no indicators: name at least one indicator from 0 to 1, or give the pillar's score");
            return PillarReading.score(Fraction.ZERO);
        }
        if (!node.isObject()) {
            fields.wrongType(node, path, "a number from 0 to 1 or an object of named indicators from 0 to 1");
            return PillarReading.score(Fraction.ZERO);
        }
        Map<String, Fraction> indicators = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String at = DocumentPath.key(path, entry.getKey());
            if (!entry.getValue().isNumber()) {
                fields.wrongType(entry.getValue(), at, "a number from 0 to 1");
                indicators.put(entry.getKey(), Fraction.ZERO);
            } else {
                Fraction score = score(entry.getValue(), at);
                indicators.put(entry.getKey(), score == null ? Fraction.ZERO : score);
            }
        }
        return PillarReading.indicators(indicators);
    }

    private Fraction score(JsonNode node, String path) {
        BigDecimal value = node.decimalValue();
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            fields.report(path, WrittenNumber.written(node) + " is outside 0..1: score a pillar from 0 (absent) to 1 (fully there)");
            return null;
        }
        return Fraction.of(value);
    }

    /** The formation, or {@code null} when none is given or it has problems (reported). */
    Formation formation(ObjectNode root) {
        if (root.get("formation") == null) {
            return null;
        }
        ObjectNode node = fields.object(root.get("formation"), "formation", "an object with " + String.join(", ", FORMATION_FIELDS));
        if (node == null) {
            return null;
        }
        int before = fields.problems().size();
        fields.onlyAllowed(node, "formation", FORMATION_FIELDS);
        List<String> completed = fields.strings(node, "formation", "completed", "an array of formation steps",
                "a string (a formation step)");
        Formation formation = new Formation(fields.date(node, "formation", "startedOn"),
                fields.date(node, "formation", "firstJointProjectOn"), completed == null ? List.of() : completed);
        List<Violation> violations = formation.violations(asOf).stream()
                .filter(v -> !(v.path().equals("asOf") && root.has("asOf"))).toList();
        for (Violation v : violations) {
            if (!fields.reportedWithin(v.path())) {
                problems.add(Problem.at(v.path(), v.message()));
            }
        }
        if (completed == null && !fields.reportedWithin("formation.completed")) {
            problems.add(Problem.at("formation.completed", "is required: list the formation steps completed (may be empty)"));
        }
        return violations.isEmpty() && completed != null && fields.problems().size() == before ? formation : null;
    }
}
