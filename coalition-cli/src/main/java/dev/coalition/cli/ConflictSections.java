package dev.coalition.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.conflict.Behaviour;
import dev.coalition.conflict.Conflict;
import dev.coalition.conflict.ConflictType;
import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.ExternalMediator;
import dev.coalition.conflict.StepOutcome;
import dev.coalition.conflict.StepRecord;
import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the conflict parts of a coalition document: the members' {@code "expertise"}, the
 * {@code "externalMediators"}, {@code "asOf"} and the {@code "conflicts"}. Reports what the
 * document alone shows to be wrong (unknown fields, wrong JSON types, missing fields, bad dates,
 * names outside the vocabularies of conflict types, behaviours, escalation steps and outcomes,
 * parties that are not members, a conflict id given twice, a missing {@code asOf}) and the
 * domain model's checks of each conflict and mediator (one party, a repeated party, history out
 * of order, figures outside 0..1, a leaving member that is not a party, an external mediator
 * that is a member); what depends on the policy (the subject vocabulary, dates after
 * {@code asOf}) is checked by the facade, see {@link ConflictAnalyses}.
 */
final class ConflictSections {

    /** The fields of an external mediator. */
    static final List<String> MEDIATOR_FIELDS = List.of("id", "expertise");
    /** The fields of a conflict, in the order the schema lists them. */
    static final List<String> CONFLICT_FIELDS = List.of("id", "parties", "subjects", "behaviours", "openedOn", "history",
            "importance", "negativeEmotion", "resolutionEfficacy", "leaving");
    /** The fields a conflict must have: all but {@code leaving}. */
    static final List<String> REQUIRED_CONFLICT_FIELDS = CONFLICT_FIELDS.subList(0, CONFLICT_FIELDS.size() - 1);
    /** The fields of a step of a conflict's history. */
    static final List<String> STEP_FIELDS = List.of("step", "date", "outcome");

    private static final Map<String, String> FIGURES = Map.of(
            "importance", "how much the issue matters to the parties",
            "negativeEmotion", "how much negative emotion the conflict carries",
            "resolutionEfficacy", "how able the parties believe they are to resolve it");

    private final DocumentFields fields;
    private final Set<String> memberIds;

    /**
     * @param fields    where problems are reported
     * @param memberIds the ids the document's members give, or {@code null} when the members
     *                  cannot be read (then no "unknown member" is reported)
     */
    ConflictSections(DocumentFields fields, Set<String> memberIds) {
        this.fields = fields;
        this.memberIds = memberIds;
    }

    // ---------------------------------------------------------------- expertise and mediators

    /**
     * The kinds of conflict listed at {@code key} (e.g. a member's {@code "expertise"}), or
     * {@code null} when absent or not an array; items that are unknown, repeated or not strings
     * are reported and left out.
     */
    Set<ConflictType> expertise(ObjectNode object, String path) {
        List<String> names = fields.strings(object, path, "expertise", "an array of conflict types, e.g. [\"PROCESS\"]",
                "a string (a conflict type)");
        if (names == null) {
            return null;
        }
        String at = DocumentPath.key(path, "expertise");
        Set<ConflictType> types = EnumSet.noneOf(ConflictType.class);
        for (int i = 0; i < names.size(); i++) {
            String itemPath = DocumentPath.index(at, i);
            ConflictType type = name(names.get(i), itemPath, ConflictType.class, "a conflict type");
            if (type != null && !types.add(type)) {
                fields.report(itemPath, DocumentFields.quote(names.get(i)) + " is repeated; list each type once");
            }
        }
        return types;
    }

    /** Adds the document's external mediators to the coalition being read. */
    void externalMediators(ObjectNode root, Coalition.Builder builder) {
        JsonNode node = root.get("externalMediators");
        if (node == null) {
            return;
        }
        if (!node.isArray()) {
            fields.wrongType(node, "externalMediators",
                    "an array of external mediators, e.g. [{\"id\": \"mediator\", \"expertise\": [\"PROCESS\"]}]");
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = DocumentPath.index("externalMediators", i);
            ObjectNode mediator = fields.object(node.get(i), path, "an object with " + String.join(", ", MEDIATOR_FIELDS));
            ExternalMediator built = mediator == null ? null : mediator(mediator, path);
            if (built == null) {
                fields.unusable(path);
            }
            builder.externalMediator(built);
        }
    }

    private ExternalMediator mediator(ObjectNode mediator, String path) {
        fields.onlyAllowed(mediator, path, MEDIATOR_FIELDS);
        required(mediator, path, "id", "give the mediator an id, e.g. \"ip-mediator\"");
        required(mediator, path, "expertise", "list the kinds of conflict it mediates, e.g. [\"PROCESS\"]");
        String id = fields.text(mediator, path, "id");
        Set<ConflictType> expertise = expertise(mediator, path);
        if (id == null) {
            return null;
        }
        try {
            return new ExternalMediator(id, expertise == null ? Set.of() : expertise);
        } catch (InvalidCoalitionException e) {
            report(path, e);
            return null;
        }
    }

    // ---------------------------------------------------------------- conflicts

    /**
     * The conflicts the document asks to assess, or {@code null} when it gives none or they are
     * not an array (reported). Also checks {@code "asOf"}, which conflicts require.
     */
    ConflictsRequest conflicts(ObjectNode root) {
        LocalDate asOf = fields.date(root, DocumentPath.ROOT, "asOf");
        JsonNode node = root.get("conflicts");
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            fields.wrongType(node, "conflicts", "an array of conflicts");
            return null;
        }
        if (!node.isEmpty() && !root.has("asOf")) {
            fields.report("asOf", "is required when conflicts are given");
        }
        List<ConflictsRequest.Draft> drafts = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String path = DocumentPath.index("conflicts", i);
            ObjectNode conflict = fields.object(node.get(i), path, "an object with " + String.join(", ", CONFLICT_FIELDS));
            if (conflict != null) {
                drafts.add(conflict(conflict, i, ids));
            }
        }
        return new ConflictsRequest(asOf, drafts);
    }

    private ConflictsRequest.Draft conflict(ObjectNode conflict, int index, Map<String, Integer> ids) {
        String path = DocumentPath.index("conflicts", index);
        fields.onlyAllowed(conflict, path, CONFLICT_FIELDS);
        required(conflict, path, "id", "give the conflict an id, e.g. \"ip-rights\"");
        String id = fields.text(conflict, path, "id");
        if (id != null) {
            Integer earlier = ids.putIfAbsent(id, index);
            if (earlier != null) {
                fields.report(DocumentPath.key(path, "id"), DocumentFields.quote(id) + " is repeated (also conflicts["
                        + earlier + "]); give each conflict its own id");
            }
        }
        required(conflict, path, "parties", "list the members in conflict, at least 2");
        List<String> parties = parties(conflict, path);
        required(conflict, path, "subjects", "say what the conflict is about, e.g. [\"strategy\"]");
        List<String> subjects = fields.strings(conflict, path, "subjects", "an array of subjects, e.g. [\"strategy\"]",
                "a string (a subject)");
        required(conflict, path, "behaviours", "list the behaviours observed, e.g. [\"POSITIONS_HARDEN\"]");
        List<Behaviour> behaviours = behaviours(conflict, path);
        LocalDate openedOn = fields.date(conflict, path, "openedOn");
        required(conflict, path, "history", "list the steps tried so far, [] when none");
        List<StepRecord> history = history(conflict, DocumentPath.key(path, "history"));
        double[] figures = new double[3];
        int f = 0;
        for (String figure : List.of("importance", "negativeEmotion", "resolutionEfficacy")) {
            required(conflict, path, figure, "give " + FIGURES.get(figure) + ", from 0 to 1");
            Double value = fields.fraction(conflict, path, figure);
            figures[f++] = value == null ? 0.0 : value;
        }
        String leaving = fields.text(conflict, path, "leaving");
        Conflict built = null;
        try {
            built = new Conflict(id, parties, subjects, behaviours, openedOn, history, figures[0], figures[1], figures[2],
                    leaving);
        } catch (InvalidCoalitionException e) {
            report(path, e);
        }
        return new ConflictsRequest.Draft(index, parties, subjects, openedOn, history, built);
    }

    private List<String> parties(ObjectNode conflict, String path) {
        List<String> parties = fields.ids(conflict, path, "parties");
        if (parties != null && memberIds != null) {
            String at = DocumentPath.key(path, "parties");
            for (int i = 0; i < parties.size(); i++) {
                String id = parties.get(i);
                if (id != null && !memberIds.contains(id)) {
                    fields.report(DocumentPath.index(at, i), "unknown member " + DocumentFields.quote(id));
                }
            }
        }
        return parties;
    }

    private List<Behaviour> behaviours(ObjectNode conflict, String path) {
        List<String> names = fields.strings(conflict, path, "behaviours",
                "an array of behaviours, e.g. [\"POSITIONS_HARDEN\"]", "a string (a behaviour)");
        if (names == null) {
            return null;
        }
        String at = DocumentPath.key(path, "behaviours");
        List<Behaviour> behaviours = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            behaviours.add(name(names.get(i), DocumentPath.index(at, i), Behaviour.class, "a behaviour"));
        }
        return behaviours;
    }

    private List<StepRecord> history(ObjectNode conflict, String path) {
        JsonNode node = conflict.get("history");
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            fields.wrongType(node, path, "an array of steps, e.g. [{\"step\": \"DIRECT_NEGOTIATION\", "
                    + "\"date\": \"2024-07-01\", \"outcome\": \"ONGOING\"}], or [] when none");
            return null;
        }
        List<StepRecord> steps = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String itemPath = DocumentPath.index(path, i);
            ObjectNode step = fields.object(node.get(i), itemPath, "an object with " + String.join(", ", STEP_FIELDS));
            StepRecord record = step == null ? null : step(step, itemPath);
            if (record == null) {
                fields.unusable(itemPath);
            }
            steps.add(record);
        }
        return steps;
    }

    private StepRecord step(ObjectNode step, String path) {
        fields.onlyAllowed(step, path, STEP_FIELDS);
        required(step, path, "step", "give the rung of the escalation ladder, one of " + names(EscalationStep.class));
        required(step, path, "date", "give the date the step started, as YYYY-MM-DD");
        required(step, path, "outcome", "give how the step ended, one of " + names(StepOutcome.class));
        EscalationStep rung = name(step, path, "step", EscalationStep.class, "an escalation step");
        LocalDate date = fields.date(step, path, "date");
        StepOutcome outcome = name(step, path, "outcome", StepOutcome.class, "a step outcome");
        return rung == null || date == null || outcome == null ? null : new StepRecord(rung, date, outcome);
    }

    // ---------------------------------------------------------------- helpers

    private void required(ObjectNode object, String path, String key, String what) {
        if (!object.has(key)) {
            fields.report(DocumentPath.key(path, key), "is required: " + what);
        }
    }

    /** The model's problems with a part at {@code path}, unless something was reported there already. */
    private void report(String path, InvalidCoalitionException e) {
        for (Violation v : e.violations()) {
            String at = v.path().isEmpty() ? path : path + (v.path().startsWith("[") ? "" : ".") + v.path();
            if (!fields.reportedWithin(at)) {
                fields.report(at, v.message());
            }
        }
    }

    private <E extends Enum<E>> E name(ObjectNode object, String path, String key, Class<E> type, String noun) {
        String text = fields.text(object, path, key);
        return text == null ? null : name(text, DocumentPath.key(path, key), type, noun);
    }

    /** The constant named {@code text} exactly, or null (reported unless {@code text} is null, already reported). */
    private <E extends Enum<E>> E name(String text, String path, Class<E> type, String noun) {
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        List<String> known = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        fields.report(path, DocumentFields.quote(text) + " is not " + noun
                + DocumentFields.suggestion(text, known)
                + "; use one of " + String.join(", ", known));
        return null;
    }

    private static String names(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
