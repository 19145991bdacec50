package dev.coalition.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import dev.coalition.governance.GovernanceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a coalition document (see {@code schema/coalition-document.schema.json}) into a
 * {@link Coalition}, or reports every problem with it in document order: its own structural
 * problems (unknown fields, wrong JSON types, non-integer weights, bad dates, keys given twice,
 * an unsupported schema version) together with the domain model's checks from
 * {@link Coalition.Builder#violations()} (ids, duplicates, trust, ranges).
 */
final class CoalitionDocument {

    /** The schema version this command reads. */
    static final String SCHEMA_VERSION = "1";

    /** The fields of the document, in the order the schema lists them. */
    static final List<String> DOCUMENT_FIELDS =
            List.of("schemaVersion", "name", "formedOn", "members", "steeringBody", "context");
    /** The fields of a member. */
    static final List<String> MEMBER_FIELDS = List.of("id", "name", "category", "votingWeight", "trusts");
    /** The fields of the context. */
    static final List<String> CONTEXT_FIELDS = GovernanceContext.FIELDS;

    private final DocumentFields fields = new DocumentFields();

    private CoalitionDocument() {
    }

    /**
     * Reads a document from its bytes (UTF-8 JSON).
     *
     * @throws UserError with one line per problem, in document order
     */
    static Coalition read(byte[] bytes) {
        LocatedJson json = JsonSource.parse(bytes);
        return new CoalitionDocument().coalition(json);
    }

    private Coalition coalition(LocatedJson json) {
        ObjectNode root = fields.object(json.root(), DocumentPath.ROOT,
                "a JSON object with " + String.join(", ", DOCUMENT_FIELDS));
        if (root == null) {
            throw failure(json, List.of());
        }
        fields.onlyAllowed(root, DocumentPath.ROOT, DOCUMENT_FIELDS);
        schemaVersion(root);
        Coalition.Builder builder = Coalition.builder(fields.text(root, DocumentPath.ROOT, "name"))
                .formedOn(fields.date(root, DocumentPath.ROOT, "formedOn"));
        members(root, builder);
        if (root.has("steeringBody")) {
            builder.steeringBody(fields.ids(root, DocumentPath.ROOT, "steeringBody"));
        }
        context(root, builder);
        List<Violation> violations = builder.violations();
        if (!fields.problems().isEmpty() || !violations.isEmpty() || !json.problems().isEmpty()) {
            throw failure(json, violations);
        }
        return builder.build();
    }

    private void schemaVersion(ObjectNode root) {
        String version = fields.text(root, DocumentPath.ROOT, "schemaVersion");
        if (version != null && !version.equals(SCHEMA_VERSION)) {
            fields.report("schemaVersion", DocumentFields.quote(version) + " is not supported; this version of coalition reads schemaVersion \""
                    + SCHEMA_VERSION + "\"");
        }
    }

    private void members(ObjectNode root, Coalition.Builder builder) {
        JsonNode node = root.get("members");
        if (node == null || !node.isArray()) {
            if (node != null) {
                fields.wrongType(node, "members", "an array of members");
            }
            builder.withoutMembers();
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = DocumentPath.index("members", i);
            ObjectNode member = fields.object(node.get(i), path, "an object with " + String.join(", ", MEMBER_FIELDS));
            builder.member(member == null ? (Member.Builder) null : member(member, path));
        }
    }

    private Member.Builder member(ObjectNode member, String path) {
        fields.onlyAllowed(member, path, MEMBER_FIELDS);
        Member.Builder builder = Member.builder(fields.text(member, path, "id"))
                .name(fields.text(member, path, "name"))
                .category(fields.text(member, path, "category"));
        Long weight = fields.integer(member, path, "votingWeight", "voting weight");
        if (weight != null) {
            builder.votingWeight(weight);
        }
        return builder.trusts(fields.ids(member, path, "trusts"));
    }

    private void context(ObjectNode root, Coalition.Builder builder) {
        ObjectNode context = fields.object(root.get("context"), "context",
                "an object with " + String.join(", ", CONTEXT_FIELDS));
        if (context == null) {
            return;
        }
        fields.onlyAllowed(context, "context", CONTEXT_FIELDS);
        Double[] figures = new Double[CONTEXT_FIELDS.size()];
        for (int i = 0; i < figures.length; i++) {
            figures[i] = fields.fraction(context, "context", CONTEXT_FIELDS.get(i));
        }
        builder.context(figures[0], figures[1], figures[2], figures[3]);
    }

    /** Every problem, the model's ones not already covered by a structural one, in document order. */
    private UserError failure(LocatedJson json, List<Violation> violations) {
        List<Problem> all = new ArrayList<>(json.problems());
        all.addAll(fields.problems());
        for (Violation v : violations) {
            if (!fields.reportedWithin(v.path())) {
                all.add(Problem.at(v.path(), v.message()));
            }
        }
        List<String> lines = all.stream()
                .map(p -> p.offset() >= 0 ? p : new Problem(p.path(), p.message(), json.locate(p.path())))
                .sorted(Comparator.comparingLong(Problem::offset))
                .map(Problem::line)
                .toList();
        return new UserError(lines);
    }
}
