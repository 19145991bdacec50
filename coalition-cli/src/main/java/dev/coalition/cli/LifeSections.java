package dev.coalition.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.lifecycle.Lifecycle;
import dev.coalition.lifecycle.MembershipChange;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Reads the {@code "lifecycle"} section ({@code {"renewals": [dates], "currentMode"?}}) and the
 * {@code "membershipChanges"} ({@code [{"kind": "ADMIT", "on", "member": {a member}, "trustedBy"?} |
 * {"kind": "DEPART", "on", "member": id, "conflict"?}]}) of a document, reporting their structural
 * problems (types, unknown fields, bad dates, a member object's own problems) and the model's checks
 * of {@link Lifecycle#violations}: renewals out of order, given twice or before formation, changes
 * out of order or before formation. A renewal after {@code asOf} is refused too: list only the
 * renewals held by the day of the review. With a timeline the renewals are its RENEWAL_HELD events,
 * and membership changes its MEMBER_ADMITTED and MEMBER_DEPARTED events: giving them here as well is
 * a problem.
 */
final class LifeSections {

    /** The fields of the lifecycle section. */
    static final List<String> LIFECYCLE_FIELDS = List.of("renewals", "currentMode");
    /** The fields of an admission. */
    static final List<String> ADMIT_FIELDS = List.of("kind", "on", "member", "trustedBy");
    /** The fields of a departure. */
    static final List<String> DEPART_FIELDS = List.of("kind", "on", "member", "conflict");

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final DocumentFields fields;
    private final BiFunction<ObjectNode, String, Member.Builder> members;

    /**
     * @param fields  the document's field reader, which collects the problems
     * @param members reads a member object at a path as the document's {@code "members"} are read
     */
    LifeSections(DocumentFields fields, BiFunction<ObjectNode, String, Member.Builder> members) {
        this.fields = fields;
        this.members = members;
    }

    /**
     * The lifecycle section's renewals and mode in force, or {@code null} when it is absent or has
     * problems (reported).
     *
     * @param formedOn the day of formation, or {@code null} when unknown
     * @param asOf     the document's {@code asOf}, or {@code null} when absent or unreadable
     * @param replayed whether the document gives a timeline (then the renewals come from it)
     */
    Lifecycle lifecycle(ObjectNode root, LocalDate formedOn, LocalDate asOf, boolean replayed) {
        if (root.get("lifecycle") == null) {
            return null;
        }
        ObjectNode node = fields.object(root.get("lifecycle"), "lifecycle", "an object with "
                + String.join(", ", LIFECYCLE_FIELDS));
        if (node == null) {
            return null;
        }
        int before = fields.problems().size();
        fields.onlyAllowed(node, "lifecycle", LIFECYCLE_FIELDS);
        if (!root.has("asOf") && !fields.reportedWithin("asOf")) {
            fields.report("asOf", "is required when a lifecycle section is given: give the day of the review, "
                    + "e.g. \"2024-06-01\"");
        }
        List<LocalDate> renewals = renewals(node, replayed);
        GovernanceMode mode = mode(node);
        Lifecycle lifecycle = new Lifecycle(renewals, mode, List.of(), List.of(), List.of(), List.of());
        for (Violation v : lifecycle.violations(formedOn, null)) {
            if (!fields.reportedWithin(v.path())) {
                fields.report(v.path(), v.message());
            }
        }
        for (int i = 0; asOf != null && i < renewals.size(); i++) {
            LocalDate day = renewals.get(i);
            if (day != null && day.isAfter(asOf)) {
                fields.report(DocumentPath.index("lifecycle.renewals", i), day + " is after asOf " + asOf
                        + ": list only the renewals held by the day of the review (a retreat planned is not held yet)");
            }
        }
        return fields.problems().size() == before ? lifecycle : null;
    }

    private List<LocalDate> renewals(ObjectNode node, boolean replayed) {
        JsonNode given = node.get("renewals");
        if (replayed) {
            if (given != null) {
                fields.report("lifecycle.renewals", "is given with a timeline: the renewals are the timeline's "
                        + "RENEWAL_HELD events; remove lifecycle.renewals or give members instead of the timeline");
            }
            return List.of();
        }
        if (given == null) {
            fields.report("lifecycle.renewals", "is required: list the days renewal retreats were held, oldest first, "
                    + "e.g. [\"2023-06-01\"] ([] when none was held yet)");
            return List.of();
        }
        if (!given.isArray()) {
            fields.wrongType(given, "lifecycle.renewals", "an array of dates YYYY-MM-DD");
            return List.of();
        }
        List<LocalDate> renewals = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String path = DocumentPath.index("lifecycle.renewals", i);
            JsonNode item = given.get(i);
            if (!item.isTextual()) {
                fields.wrongType(item, path, "a date YYYY-MM-DD");
                renewals.add(null);
            } else {
                renewals.add(date(item.textValue(), path));
            }
        }
        return renewals;
    }

    /** A day written YYYY-MM-DD, as {@link DocumentFields#date} reads one; null when it is not (reported). */
    private LocalDate date(String text, String path) {
        if (DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        fields.report(path, DocumentFields.quote(text) + " is not a valid date; give YYYY-MM-DD, e.g. 2021-03-15");
        return null;
    }

    private GovernanceMode mode(ObjectNode node) {
        String text = fields.text(node, "lifecycle", "currentMode");
        if (text == null) {
            return null;
        }
        for (GovernanceMode mode : GovernanceMode.values()) {
            if (mode.name().equals(text)) {
                return mode;
            }
        }
        List<String> known = Arrays.stream(GovernanceMode.values()).map(Enum::name).toList();
        fields.report("lifecycle.currentMode", DocumentFields.quote(text) + " is not a governance mode"
                + DocumentFields.suggestion(text, known) + "; use one of " + String.join(", ", known));
        return null;
    }

    /**
     * The membership changes in document order, or {@code null} when none are given or they are not
     * an array (reported); a change that cannot be read is {@code null} (reported).
     *
     * @param formedOn the day of formation, or {@code null} when unknown
     * @param replayed whether the document gives a timeline (then its events are the changes)
     */
    List<MembershipChange> membershipChanges(ObjectNode root, LocalDate formedOn, boolean replayed) {
        JsonNode node = root.get("membershipChanges");
        if (node == null) {
            return null;
        }
        if (replayed) {
            fields.report("membershipChanges", "is given with a timeline: give the changes as the timeline's "
                    + "MEMBER_ADMITTED and MEMBER_DEPARTED events, or give members instead of the timeline");
            return null;
        }
        if (!node.isArray()) {
            fields.wrongType(node, "membershipChanges", "an array of changes {\"kind\": \"ADMIT\" | \"DEPART\", \"on\", \"member\", ...}");
            return null;
        }
        List<MembershipChange> changes = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = DocumentPath.index("membershipChanges", i);
            ObjectNode change = fields.object(node.get(i), path, "an object with kind, on, member and trustedBy or conflict");
            if (change == null) {
                fields.unusable(path);
                changes.add(null);
            } else {
                changes.add(change(change, path));
            }
        }
        List<MembershipChange> readable = changes.stream().filter(c -> c != null).toList();
        if (readable.size() == changes.size()) {
            for (Violation v : Lifecycle.builder().membershipChanges(changes).build().violations(formedOn, null)) {
                if (!fields.reportedWithin(v.path())) {
                    fields.report(v.path(), v.message());
                }
            }
        }
        return changes;
    }

    private MembershipChange change(ObjectNode change, String path) {
        String kind = fields.text(change, path, "kind");
        LocalDate on = fields.date(change, path, "on");
        String memberPath = DocumentPath.key(path, "member");
        if ("ADMIT".equals(kind)) {
            fields.onlyAllowed(change, path, ADMIT_FIELDS);
            ObjectNode member = fields.object(change.get("member"), memberPath, "a member object like those in \"members\"");
            Member admitted = member == null ? null : member(member, memberPath);
            List<String> trustedBy = fields.ids(change, path, "trustedBy");
            return MembershipChange.admit(on, admitted, trustedBy);
        }
        if ("DEPART".equals(kind)) {
            fields.onlyAllowed(change, path, DEPART_FIELDS);
            return MembershipChange.depart(on, fields.text(change, path, "member"), fields.text(change, path, "conflict"));
        }
        if (kind == null) {
            // the model reports a missing kind
            fields.onlyAllowed(change, path, List.of("kind", "on", "member", "trustedBy", "conflict"));
            return new MembershipChange(null, on, null, null, List.of(), null);
        }
        fields.report(DocumentPath.key(path, "kind"), DocumentFields.quote(kind) + " is not a kind of change"
                + DocumentFields.suggestion(kind, List.of("ADMIT", "DEPART")) + "; use ADMIT or DEPART");
        fields.unusable(path);
        return new MembershipChange(null, on, null, null, List.of(), null);
    }

    private Member member(ObjectNode node, String path) {
        Member.Builder builder = members.apply(node, path);
        List<Violation> problems = builder.violations();
        for (Violation v : problems) {
            String at = path + "." + v.path();
            if (!fields.reportedWithin(at)) {
                fields.report(at, v.message());
            }
        }
        if (!problems.isEmpty()) {
            fields.unusable(path);
            return null;
        }
        return builder.build();
    }
}
