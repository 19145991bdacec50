package dev.coalition.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.communication.Cadence;
import dev.coalition.communication.CommunicationEntry;
import dev.coalition.communication.CommunicationPlan;
import dev.coalition.communication.Format;
import dev.coalition.communication.Layer;
import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.CommunicationAdvice;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.value.Fraction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads a document's {@code "communication"} section and asks the facade about it: an array of plan
 * entries ({@code layer}, {@code cadence}, {@code format}, {@code hoursPerMonth}, {@code audience}) is
 * checked; {@code {"propose": true}} has a plan proposed. Without the section, the answer has no
 * communication part. Reports the section's structural problems (types, unknown fields, an unknown
 * layer, cadence or format with the allowed ones, hours that are not a number); the facade's checks
 * (hours not more than 0, an audience naming neither a member id nor a category) become problems
 * with their paths too.
 */
final class CommunicationSection {

    /** The fields of a plan entry. */
    static final List<String> ENTRY_FIELDS = List.of("layer", "cadence", "format", "hoursPerMonth", "audience");
    /** The fields of the section when it asks for a proposal. */
    static final List<String> PROPOSE_FIELDS = List.of("propose");

    private static final String SECTION = "an array of plan entries {\"layer\", \"cadence\", \"format\", \"hoursPerMonth\", "
            + "\"audience\"}, or {\"propose\": true} to have a plan proposed";

    /**
     * What a document asks about its communication.
     *
     * @param plan the plan to check, or {@code null} to have one proposed
     */
    record Request(CommunicationPlan plan) {
    }

    private CommunicationSection() {
    }

    /**
     * What the document asks, or {@code null} when it has no communication section or one that is
     * neither an array nor an object (reported). A plan is given even when some entries have problems
     * (reported), so that the facade's checks can be made too.
     */
    static Request read(DocumentFields fields, ObjectNode root) {
        JsonNode node = root.get("communication");
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            return propose(fields, (ObjectNode) node) ? new Request(null) : null;
        }
        if (!node.isArray()) {
            fields.wrongType(node, "communication", SECTION);
            return null;
        }
        List<CommunicationEntry> entries = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = DocumentPath.index("communication", i);
            ObjectNode entry = fields.object(node.get(i), path, "an object with " + String.join(", ", ENTRY_FIELDS));
            if (entry == null) {
                fields.unusable(path);
                entries.add(null);
                continue;
            }
            fields.onlyAllowed(entry, path, ENTRY_FIELDS);
            entries.add(new CommunicationEntry(name(fields, entry, path, "layer", Layer::problemWith, Layer::valueOf),
                    name(fields, entry, path, "cadence", Cadence::problemWith, Cadence::valueOf),
                    name(fields, entry, path, "format", Format::problemWith, Format::valueOf),
                    hours(fields, entry, path),
                    fields.strings(entry, path, "audience", "an array of member ids or categories",
                            "a string (a member id or a category)"), null));
        }
        return new Request(new CommunicationPlan(entries));
    }

    private static boolean propose(DocumentFields fields, ObjectNode node) {
        int before = fields.problems().size();
        fields.onlyAllowed(node, "communication", PROPOSE_FIELDS);
        JsonNode propose = node.get("propose");
        if (propose == null) {
            fields.report("communication.propose", "is missing: write {\"propose\": true} to have a plan proposed, or give "
                    + "the plan as an array of entries");
        } else if (!propose.isBoolean()) {
            fields.wrongType(propose, "communication.propose", "true");
        } else if (!propose.booleanValue()) {
            fields.report("communication.propose", "is false: write true to have a plan proposed, give the plan as an array "
                    + "of entries, or leave communication out");
        }
        return fields.problems().size() == before;
    }

    private static <E> E name(DocumentFields fields, ObjectNode entry, String path, String key, Function<String, String> problemWith,
                              Function<String, E> valueOf) {
        String name = fields.text(entry, path, key);
        if (name == null) {
            return null;
        }
        String problem = problemWith.apply(name);
        if (problem != null) {
            fields.report(DocumentPath.key(path, key), problem);
            return null;
        }
        return valueOf.apply(name);
    }

    /** Hours a month: a number read exactly as written, or an exact fraction such as "4/3"; null when absent or reported. */
    private static Fraction hours(DocumentFields fields, ObjectNode entry, String path) {
        JsonNode node = entry.get("hoursPerMonth");
        if (node == null) {
            return null;
        }
        String at = DocumentPath.key(path, "hoursPerMonth");
        if (node.isNumber()) {
            return Fraction.of(node.decimalValue());
        }
        if (node.isTextual()) {
            try {
                return Fraction.parse(node.textValue());
            } catch (NumberFormatException | ArithmeticException e) {
                fields.report(at, DocumentFields.quote(node.textValue()) + " is not a number of hours: give a number (4, 1.5) "
                        + "or an exact fraction (\"4/3\")");
                return null;
            }
        }
        fields.wrongType(node, at, "a number of hours (4, 1.5) or an exact fraction such as \"4/3\"");
        return null;
    }

    /**
     * The plan checked or proposed; {@code null} when the facade finds problems, which are added to
     * {@code problems} (unless already reported around their path).
     */
    static CommunicationAdvice plan(CoalitionAdvisor advisor, Coalition coalition, GovernanceRecommendation governance,
                                    Request request, Predicate<String> reported, List<Problem> problems) {
        try {
            return advisor.planCommunication(coalition, governance, request.plan());
        } catch (InvalidCoalitionException e) {
            for (Violation v : e.violations()) {
                if (!reported.test(v.path())) {
                    problems.add(Problem.at(v.path(), v.message()));
                }
            }
            return null;
        }
    }
}
