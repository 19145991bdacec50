package dev.coalition.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.proposal.CentralDecision;
import dev.coalition.proposal.Choice;
import dev.coalition.proposal.FrozenRules;
import dev.coalition.proposal.MemberInput;
import dev.coalition.proposal.Proposal;
import dev.coalition.proposal.Verdict;
import dev.coalition.proposal.Vote;
import dev.coalition.value.Fraction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code "proposals"} section of a coalition document: each proposal's id, domain, title,
 * {@code openedAt} and {@code closesAt} (ISO-8601 instants such as {@code 2024-05-03T14:00:00Z}), the
 * {@code frozen} rules of a vote (quorum and threshold as numbers in 0..1 or exact fractions such as
 * {@code "1/2"}, as the answer writes them, and integer weights), the votes, the central decision and
 * the member input. Reports the section's structural problems (types, unknown fields, unreadable
 * instants, unknown domains, choices and outcomes, shares outside 0..1) and requires {@code "asOf"}.
 * The domain model's checks (members, one vote each, dates before the opening, who may decide) are
 * the facade's, see {@link ProposalAnalyses}.
 */
final class ProposalSections {

    /** The fields of a proposal. */
    static final List<String> PROPOSAL_FIELDS = List.of("id", "domain", "title", "openedAt", "closesAt", "frozen", "votes",
            "decision", "memberInput");
    /** The fields of a proposal's frozen rules. */
    static final List<String> FROZEN_FIELDS = List.of("quorum", "threshold", "weights");
    /** The fields of a vote. */
    static final List<String> VOTE_FIELDS = List.of("member", "choice", "at");
    /** The fields of a central decision. */
    static final List<String> DECISION_FIELDS = List.of("by", "outcome", "at", "rationalePublishedAt");
    /** The fields of a member's input. */
    static final List<String> INPUT_FIELDS = List.of("member", "at");

    private final DocumentFields fields;

    /** @param fields the document's field reader, which collects the problems */
    ProposalSections(DocumentFields fields) {
        this.fields = fields;
    }

    /**
     * The proposals in document order, or {@code null} when none are given or they are not an array
     * (reported). A proposal that is not an object reads as {@code null}, and a part with a problem as
     * {@code null} (reported), so that the facade can still check the rest of it.
     */
    List<Proposal> proposals(ObjectNode root) {
        JsonNode node = root.get("proposals");
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            fields.wrongType(node, "proposals", "an array of proposals {" + String.join(", ", PROPOSAL_FIELDS) + "}");
            return null;
        }
        if (!node.isEmpty() && !root.has("asOf") && !fields.reportedWithin("asOf")) {
            fields.report("asOf", "is required when proposals are given: give the day of the analysis, e.g. \"2024-06-01\" "
                    + "(proposals are decided as of 00:00Z that day)");
        }
        List<Proposal> proposals = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = DocumentPath.index("proposals", i);
            ObjectNode proposal = fields.object(node.get(i), path, "an object with " + String.join(", ", PROPOSAL_FIELDS));
            if (proposal == null) {
                fields.unusable(path);
            }
            proposals.add(proposal == null ? null : proposal(proposal, path));
        }
        return proposals;
    }

    private Proposal proposal(ObjectNode proposal, String path) {
        fields.onlyAllowed(proposal, path, PROPOSAL_FIELDS);
        return new Proposal(fields.text(proposal, path, "id"),
                name(proposal, path, "domain", DecisionDomain.class, "a decision domain"),
                fields.text(proposal, path, "title"),
                instant(proposal, path, "openedAt"),
                instant(proposal, path, "closesAt"),
                frozen(proposal.get("frozen"), DocumentPath.key(path, "frozen")),
                items(proposal, path, "votes", VOTE_FIELDS, this::vote),
                decision(proposal.get("decision"), DocumentPath.key(path, "decision")),
                items(proposal, path, "memberInput", INPUT_FIELDS, this::input));
    }

    private FrozenRules frozen(JsonNode node, String path) {
        ObjectNode frozen = fields.object(node, path, "an object with " + String.join(", ", FROZEN_FIELDS));
        if (frozen == null) {
            return null;
        }
        fields.onlyAllowed(frozen, path, FROZEN_FIELDS);
        Map<String, Long> weights = new LinkedHashMap<>();
        ObjectNode given = fields.object(frozen.get("weights"), DocumentPath.key(path, "weights"),
                "an object of each member's voting weight, e.g. {\"acme\": 2}");
        if (given != null) {
            Iterator<String> members = given.fieldNames();
            while (members.hasNext()) {
                String member = members.next();
                Long weight = fields.integer(given, DocumentPath.key(path, "weights"), member, "voting weight");
                weights.put(member, weight);
            }
        }
        return new FrozenRules(share(frozen, path, "quorum"), share(frozen, path, "threshold"), weights);
    }

    /** A share in 0..1: a number read exactly as written, or an exact fraction such as "1/2"; null when absent or reported. */
    private Fraction share(ObjectNode object, String path, String key) {
        JsonNode node = object.get(key);
        if (node == null) {
            return null;
        }
        String at = DocumentPath.key(path, key);
        String written;
        Fraction value;
        if (node.isNumber()) {
            written = WrittenNumber.written(node);
            value = Fraction.of(node.decimalValue());
        } else if (node.isTextual()) {
            written = DocumentFields.quote(node.textValue());
            try {
                value = Fraction.parse(node.textValue());
            } catch (NumberFormatException e) {
                fields.report(at, written + " is not a share: give a number from 0 to 1 (0.5) or an exact fraction (\"1/2\")");
                return null;
            }
        } else {
            fields.wrongType(node, at, "a number from 0 to 1 or an exact fraction such as \"1/2\"");
            return null;
        }
        if (value.signum() < 0 || value.compareTo(Fraction.ONE) > 0) {
            fields.report(at, written + " is outside 0..1: give a share from 0 to 1, e.g. 0.5 or \"1/2\"");
            return null;
        }
        return value;
    }

    private Vote vote(ObjectNode vote, String path) {
        return new Vote(fields.text(vote, path, "member"), name(vote, path, "choice", Choice.class, "a choice"),
                instant(vote, path, "at"));
    }

    private MemberInput input(ObjectNode input, String path) {
        return new MemberInput(fields.text(input, path, "member"), instant(input, path, "at"));
    }

    private CentralDecision decision(JsonNode node, String path) {
        ObjectNode decision = fields.object(node, path, "an object with " + String.join(", ", DECISION_FIELDS));
        if (decision == null) {
            return null;
        }
        fields.onlyAllowed(decision, path, DECISION_FIELDS);
        return new CentralDecision(fields.text(decision, path, "by"),
                name(decision, path, "outcome", Verdict.class, "a decision's outcome"),
                instant(decision, path, "at"), instant(decision, path, "rationalePublishedAt"));
    }

    /** Reads one item of a list. */
    private interface ItemReader<T> {
        T read(ObjectNode item, String path);
    }

    /** The items of a list field, each read or {@code null} when it is not an object (reported); null when absent. */
    private <T> List<T> items(ObjectNode object, String path, String key, List<String> itemFields, ItemReader<T> reader) {
        JsonNode node = object.get(key);
        if (node == null) {
            return null;
        }
        String at = DocumentPath.key(path, key);
        String what = "an object with " + String.join(", ", itemFields);
        if (!node.isArray()) {
            fields.wrongType(node, at, "an array, each item " + what);
            return null;
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String itemPath = DocumentPath.index(at, i);
            ObjectNode item = fields.object(node.get(i), itemPath, what);
            if (item == null) {
                fields.unusable(itemPath);
                items.add(null);
            } else {
                fields.onlyAllowed(item, itemPath, itemFields);
                items.add(reader.read(item, itemPath));
            }
        }
        return items;
    }

    /** An ISO-8601 instant such as 2024-05-03T14:00:00Z, or null (reported when unreadable). */
    private Instant instant(ObjectNode object, String path, String key) {
        String text = fields.text(object, path, key);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            fields.report(DocumentPath.key(path, key), DocumentFields.quote(text)
                    + " is not an ISO-8601 instant: give a UTC date and time such as 2024-05-03T14:00:00Z");
            return null;
        }
    }

    /** The constant named {@code key}'s text exactly, or null (reported when it names none). */
    private <E extends Enum<E>> E name(ObjectNode object, String path, String key, Class<E> type, String noun) {
        String text = fields.text(object, path, key);
        if (text == null) {
            return null;
        }
        List<String> known = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        fields.report(DocumentPath.key(path, key), DocumentFields.quote(text) + " is not " + noun
                + DocumentFields.suggestion(text, known) + "; use one of " + String.join(", ", known));
        return null;
    }
}
