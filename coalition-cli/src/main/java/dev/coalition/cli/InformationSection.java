package dev.coalition.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.core.Violation;
import dev.coalition.information.Classification;
import dev.coalition.information.InformationItem;
import dev.coalition.information.InformationPlan;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a document's {@code "information"} section: {@code "tiers"} (tier names to member ids) and
 * {@code "items"} ({@code id}, {@code owner}, {@code classification}, {@code tier}?,
 * {@code sharedWith}?). Reports the section's structural problems (types, unknown fields, an
 * unknown classification with the closest one) and the domain model's checks
 * ({@link InformationPlan#violations}: unknown members, unknown tiers, duplicate ids, {@code tier}
 * or {@code sharedWith} where they do not apply).
 */
final class InformationSection {

    /** The fields of the section. */
    static final List<String> FIELDS = List.of("tiers", "items");
    /** The fields of an item. */
    static final List<String> ITEM_FIELDS = List.of("id", "owner", "classification", "tier", "sharedWith");

    private final DocumentFields fields;
    private final List<Problem> problems = new ArrayList<>();

    InformationSection(DocumentFields fields) {
        this.fields = fields;
    }

    /** The domain model's problems with the section, found after the structural ones. */
    List<Problem> problems() {
        return problems;
    }

    /** The plan, or {@code null} when the document has no information section or it has problems (reported). */
    InformationPlan read(ObjectNode root) {
        if (root.get("information") == null) {
            return null;
        }
        ObjectNode node = fields.object(root.get("information"), "information", "an object with " + String.join(", ", FIELDS));
        if (node == null) {
            return null;
        }
        int before = fields.problems().size();
        fields.onlyAllowed(node, "information", FIELDS);
        Map<String, List<String>> tiers = tiers(node);
        List<InformationItem> items = items(node);
        InformationPlan plan = new InformationPlan(tiers, items);
        Set<String> members = ValueSections.memberIds(root);
        if (members == null) {
            return null; // the members are reported as they are; the plan cannot be checked against them
        }
        List<Violation> violations = plan.violations(members);
        for (Violation v : violations) {
            if (!fields.reportedWithin(v.path())) {
                problems.add(Problem.at(v.path(), v.message()));
            }
        }
        if (items == null && !fields.reportedWithin("information.items")) {
            problems.add(Problem.at("information.items", "is required: list the items of information the members share "
                    + "(may be empty)"));
        }
        return violations.isEmpty() && items != null && fields.problems().size() == before ? plan : null;
    }

    private Map<String, List<String>> tiers(ObjectNode node) {
        Map<String, List<String>> tiers = new LinkedHashMap<>();
        if (node.get("tiers") == null) {
            return tiers;
        }
        ObjectNode given = fields.object(node.get("tiers"), "information.tiers", "an object of tier names to arrays of member ids");
        if (given == null) {
            return tiers;
        }
        Iterator<String> names = given.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            List<String> ids = fields.ids(given, "information.tiers", name);
            tiers.put(name, ids == null ? List.of() : ids);
        }
        return tiers;
    }

    private List<InformationItem> items(ObjectNode node) {
        JsonNode given = node.get("items");
        if (given == null) {
            return null;
        }
        if (!given.isArray()) {
            fields.wrongType(given, "information.items", "an array of items {\"id\", \"owner\", \"classification\"}");
            return null;
        }
        List<InformationItem> items = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String path = DocumentPath.index("information.items", i);
            ObjectNode item = fields.object(given.get(i), path, "an object with " + String.join(", ", ITEM_FIELDS));
            if (item == null) {
                fields.unusable(path);
                items.add(null);
                continue;
            }
            fields.onlyAllowed(item, path, ITEM_FIELDS);
            items.add(new InformationItem(fields.text(item, path, "id"), fields.text(item, path, "owner"),
                    classification(item, path), fields.text(item, path, "tier"), fields.ids(item, path, "sharedWith")));
        }
        return items;
    }

    private Classification classification(ObjectNode item, String path) {
        String name = fields.text(item, path, "classification");
        if (name == null) {
            return null;
        }
        String problem = Classification.problemWith(name);
        if (problem != null) {
            fields.report(DocumentPath.key(path, "classification"), problem);
            return null;
        }
        return Classification.valueOf(name);
    }
}
