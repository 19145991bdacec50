package dev.coalition.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.conflict.ConflictType;
import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.value.Principle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads a coalition document (see {@code schema/coalition-document.schema.json}) into a
 * {@link Coalition} and the analyses it asks for, or reports every problem with it in document
 * order: its own structural problems (unknown fields, wrong JSON types, non-integer weights, bad
 * dates, keys given twice, an unsupported schema version, the value sections' checks of
 * {@link ValueSections}, the conflict parts' checks of {@link ConflictSections}) together with the
 * domain model's checks from {@link Coalition.Builder#violations()} (ids, duplicates, trust,
 * ranges, external mediators).
 */
final class CoalitionDocument {

    /** The schema version this command reads. */
    static final String SCHEMA_VERSION = "1";

    /** The fields of the document, in the order the schema lists them. */
    static final List<String> DOCUMENT_FIELDS = List.of("schemaVersion", "name", "formedOn", "members", "steeringBody",
            "externalMediators", "context", "principles", "distribution", "voting", "asOf", "conflicts", "candidates",
            "health", "formation", "information", "proposals", "communication", "lifecycle", "membershipChanges", "timeline");
    /** The fields of a member. */
    static final List<String> MEMBER_FIELDS = List.of("id", "name", "category", "votingWeight", "trusts", "expertise");
    /** The fields a member must have: all but {@code expertise}. */
    static final List<String> REQUIRED_MEMBER_FIELDS = MEMBER_FIELDS.subList(0, MEMBER_FIELDS.size() - 1);
    /** The fields of the context. */
    static final List<String> CONTEXT_FIELDS = GovernanceContext.FIELDS;
    /** The sections that ask for value analyses; their problems do not keep the coalition from being read. */
    static final List<String> VALUE_SECTIONS = List.of("principles", "distribution", "voting");
    /** The parts that ask for conflict assessments; their problems do not keep the coalition from being read either. */
    static final List<String> CONFLICT_SECTIONS = List.of("asOf", "conflicts");
    /** The lifecycle sections (alliance health, formation readiness); their problems do not keep the coalition from being read. */
    static final List<String> LIFECYCLE_SECTIONS = List.of("health", "formation");
    /** The information section; its problems do not keep the coalition from being read either. */
    static final List<String> INFORMATION_SECTION = List.of("information");
    /** The operations sections (proposals, communication); their problems do not keep the coalition from being read. */
    static final List<String> OPERATIONS_SECTIONS = List.of("proposals", "communication");
    /** The renewal review and the membership changes; their problems do not keep the coalition from being read. */
    static final List<String> LIFE_SECTIONS = List.of("lifecycle", "membershipChanges");

    private final DocumentFields fields = new DocumentFields();

    private CoalitionDocument() {
    }

    /**
     * A document read: the coalition when its foundation (everything but the value sections) is
     * valid, each analysis asked for whose section is valid, and every problem found.
     *
     * @param json         the parsed document, to place problems in document order
     * @param coalition    the coalition, or {@code null} when the foundation has problems
     * @param distribution the distribution asked for, or {@code null} when none is asked for or
     *                     the principles or the distribution section have problems
     * @param voting       the voting-power analysis asked for, or {@code null} when none is asked
     *                     for or the voting section has problems
     * @param conflicts    the conflicts asked to assess, or {@code null} when none are given or they
     *                     are not an array; given even when some have problems, so that the
     *                     facade's checks can be made too
     * @param problems     every problem found, in the order found
     * @param health       the health assessments, or {@code null} when none are given or they have problems
     * @param formation    the formation, or {@code null} when none is given or it has problems
     * @param asOf         the document's {@code asOf}, or {@code null} when absent or unreadable
     * @param information  the information plan, or {@code null} when none is given or it has problems
     * @param proposals    the proposals, or {@code null} when none are given or they are not an array;
     *                     given even when some have problems, so that the facade's checks can be made too
     * @param communication what the document asks about its communication, or {@code null} when it has no
     *                     communication section or an unusable one; a plan is given even when some entries have problems
     * @param life         the lifecycle section, the membership changes and the timeline replayed
     */
    record Reading(LocatedJson json, Coalition coalition, DistributionRequest distribution, VotingRequest voting,
                   ConflictsRequest conflicts, List<Problem> problems, List<dev.coalition.health.HealthAssessment> health,
                   dev.coalition.lifecycle.Formation formation, java.time.LocalDate asOf,
                   dev.coalition.information.InformationPlan information,
                   List<dev.coalition.proposal.Proposal> proposals, CommunicationSection.Request communication,
                   LifeInputs life) {

        Reading {
            problems = List.copyOf(problems);
            health = health == null ? null : List.copyOf(health);
            proposals = proposals == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(proposals));
        }

        Reading(LocatedJson json, Coalition coalition, DistributionRequest distribution, VotingRequest voting,
                ConflictsRequest conflicts, List<Problem> problems) {
            this(json, coalition, distribution, voting, conflicts, problems, null, null, null, null, null, null,
                    LifeInputs.NONE);
        }

        /** Whether a problem was found at this path or around it. */
        boolean reportedWithin(String path) {
            return problems.stream().anyMatch(p -> DocumentPath.within(path, p.path()));
        }

        /** Every problem of the document and the {@code more} found since, one line each, in document order. */
        UserError failure(List<Problem> more) {
            List<Problem> all = new ArrayList<>(problems);
            all.addAll(more);
            List<String> lines = all.stream()
                    .map(p -> p.offset() >= 0 ? p : new Problem(p.path(), p.message(), json.locate(p.path())))
                    .sorted(Comparator.comparingLong(Problem::offset))
                    .map(Problem::line)
                    .toList();
            return new UserError(lines);
        }
    }

    /**
     * Reads a document from its bytes (UTF-8 JSON), reporting every problem.
     *
     * @throws UserError with one line per problem, in document order
     */
    static Coalition read(byte[] bytes) {
        Reading reading = parse(bytes);
        if (!reading.problems().isEmpty()) {
            throw reading.failure(List.of());
        }
        return reading.coalition();
    }

    /**
     * Reads a document from its bytes (UTF-8 JSON), keeping its problems in the result.
     *
     * @throws UserError when the text is not JSON or not a JSON object
     */
    static Reading parse(byte[] bytes) {
        return parse(bytes, InputLimits.DEFAULTS);
    }

    /**
     * Reads a document from its bytes (UTF-8 JSON) under the given limits, keeping its problems in
     * the result.
     *
     * @throws UserError when the text is not JSON, not a JSON object or beyond a limit (then with only
     *                   the limits' problems: nothing is read from a document beyond a limit)
     */
    static Reading parse(byte[] bytes, InputLimits limits) {
        LocatedJson json = JsonSource.parse(bytes, limits);
        List<Problem> beyond = beyondLimits(json.root(), limits);
        if (!beyond.isEmpty()) {
            throw new Reading(json, null, null, null, null, beyond).failure(List.of());
        }
        return new CoalitionDocument().reading(json);
    }

    /** The document's problems with the limits on members, trust ties and conflicts. */
    private static List<Problem> beyondLimits(JsonNode root, InputLimits limits) {
        List<Problem> problems = new ArrayList<>();
        JsonNode members = root.get("members");
        if (members != null && members.isArray()) {
            count(members.size(), "members", "has " + InputLimits.grouped(members.size()) + " members",
                    InputLimits.Limit.MEMBERS, limits, problems);
            long ties = 0;
            for (JsonNode member : members) {
                JsonNode trusts = member.get("trusts");
                ties += trusts != null && trusts.isArray() ? trusts.size() : 0;
            }
            long limit = limits.get(InputLimits.Limit.TRUST_TIES);
            long running = 0;
            for (int i = 0; i < members.size() && ties > limit; i++) {
                JsonNode trusts = members.get(i).get("trusts");
                running += trusts != null && trusts.isArray() ? trusts.size() : 0;
                if (running > limit) {
                    count(ties, DocumentPath.key(DocumentPath.index("members", i), "trusts"), "the members name "
                            + InputLimits.grouped(ties) + " trust ties in all", InputLimits.Limit.TRUST_TIES, limits, problems);
                    break;
                }
            }
        }
        JsonNode conflicts = root.get("conflicts");
        if (conflicts != null && conflicts.isArray()) {
            count(conflicts.size(), "conflicts", "has " + InputLimits.grouped(conflicts.size()) + " conflicts",
                    InputLimits.Limit.CONFLICTS, limits, problems);
        }
        JsonNode candidates = root.get("candidates");
        if (candidates != null && candidates.isArray()) {
            count(candidates.size(), "candidates", "has " + InputLimits.grouped(candidates.size()) + " candidates",
                    InputLimits.Limit.CANDIDATES, limits, problems);
        }
        JsonNode timeline = root.get("timeline");
        if (timeline != null && timeline.isArray()) {
            count(timeline.size(), "timeline", "has " + InputLimits.grouped(timeline.size()) + " events",
                    InputLimits.Limit.TIMELINE_EVENTS, limits, problems);
        }
        return problems;
    }

    private static void count(long count, String path, String what, InputLimits.Limit limit, InputLimits limits,
                              List<Problem> problems) {
        if (count > limits.get(limit)) {
            problems.add(Problem.at(path, what + limits.beyond(limit, count)));
        }
    }

    private Reading reading(LocatedJson json) {
        ObjectNode root = fields.object(json.root(), DocumentPath.ROOT,
                "a JSON object with " + String.join(", ", DOCUMENT_FIELDS));
        if (root == null) {
            throw new Reading(json, null, null, null, null, fields.problems()).failure(json.problems());
        }
        fields.onlyAllowed(root, DocumentPath.ROOT, DOCUMENT_FIELDS);
        schemaVersion(root);
        Coalition.Builder builder = Coalition.builder(fields.text(root, DocumentPath.ROOT, "name"))
                .formedOn(fields.date(root, DocumentPath.ROOT, "formedOn"));
        ConflictSections conflictSections = new ConflictSections(fields, ValueSections.memberIds(root));
        members(root, builder, conflictSections);
        if (root.has("steeringBody")) {
            builder.steeringBody(fields.ids(root, DocumentPath.ROOT, "steeringBody"));
        }
        conflictSections.externalMediators(root, builder);
        context(root, builder);
        ValueSections sections = new ValueSections(fields, ValueSections.memberIds(root));
        Set<Principle> principles = sections.principles(root);
        DistributionRequest distribution = sections.distribution(root, principles);
        VotingRequest voting = sections.voting(root);
        ConflictsRequest conflicts = conflictSections.conflicts(root);
        LifecycleSections lifecycle = new LifecycleSections(fields, root);
        List<dev.coalition.health.HealthAssessment> health = lifecycle.health(root);
        dev.coalition.lifecycle.Formation formation = lifecycle.formation(root);
        InformationSection informationSection = new InformationSection(fields);
        dev.coalition.information.InformationPlan information = informationSection.read(root);
        List<dev.coalition.proposal.Proposal> proposals = new ProposalSections(fields).proposals(root);
        CommunicationSection.Request communication = CommunicationSection.read(fields, root);
        TimelineSection.Replayed timeline = TimelineSection.read(fields, root, lifecycle.asOf());
        java.time.LocalDate formedOn = timeline != null ? timeline.state().coalition().formedOn()
                : fields.reportedWithin("formedOn") ? null : builderFormedOn(root);
        LifeSections lifeSections = new LifeSections(fields, (member, path) -> member(member, path, conflictSections));
        LifeInputs life = new LifeInputs(lifeSections.lifecycle(root, formedOn, lifecycle.asOf(), root.has("timeline")),
                lifeSections.membershipChanges(root, formedOn, root.has("timeline")), timeline);
        List<Violation> violations = root.has("timeline") ? List.of() : builder.violations();
        List<Problem> problems = new ArrayList<>(json.problems());
        problems.addAll(fields.problems());
        problems.addAll(lifecycle.problems());
        problems.addAll(informationSection.problems());
        for (Violation v : violations) {
            if (!fields.reportedWithin(v.path())) {
                problems.add(Problem.at(v.path(), v.message()));
            }
        }
        boolean foundationValid = violations.isEmpty()
                && problems.stream().allMatch(p -> within(p, VALUE_SECTIONS) || within(p, CONFLICT_SECTIONS)
                        || within(p, LIFECYCLE_SECTIONS) || within(p, INFORMATION_SECTION)
                        || within(p, OPERATIONS_SECTIONS) || within(p, LIFE_SECTIONS));
        boolean distributionValid = problems.stream().noneMatch(p -> within(p, List.of("principles", "distribution")));
        boolean votingValid = problems.stream().noneMatch(p -> within(p, List.of("voting")));
        Coalition coalition = !foundationValid ? null : root.has("timeline")
                ? (timeline == null ? null : timeline.coalition()) : builder.build();
        return new Reading(json, coalition, distributionValid ? distribution : null,
                votingValid ? voting : null, conflicts, problems, health, formation, lifecycle.asOf(), information,
                proposals, communication, life);
    }

    /** The document's {@code formedOn} when it is a valid date, read quietly (the foundation reports it). */
    private static java.time.LocalDate builderFormedOn(ObjectNode root) {
        JsonNode node = root.get("formedOn");
        try {
            return node != null && node.isTextual() ? java.time.LocalDate.parse(node.textValue()) : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static boolean within(Problem problem, List<String> sections) {
        return sections.stream().anyMatch(section -> DocumentPath.within(problem.path(), section));
    }

    private void schemaVersion(ObjectNode root) {
        String version = fields.text(root, DocumentPath.ROOT, "schemaVersion");
        if (version != null && !version.equals(SCHEMA_VERSION)) {
            fields.report("schemaVersion", DocumentFields.quote(version) + " is not supported; this version of coalition reads schemaVersion \""
                    + SCHEMA_VERSION + "\"");
        }
    }

    private void members(ObjectNode root, Coalition.Builder builder, ConflictSections conflictSections) {
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
            builder.member(member == null ? (Member.Builder) null : member(member, path, conflictSections));
        }
    }

    private Member.Builder member(ObjectNode member, String path, ConflictSections conflictSections) {
        fields.onlyAllowed(member, path, MEMBER_FIELDS);
        Member.Builder builder = Member.builder(fields.text(member, path, "id"))
                .name(fields.text(member, path, "name"))
                .category(fields.text(member, path, "category"));
        Long weight = fields.integer(member, path, "votingWeight", "voting weight");
        if (weight != null) {
            builder.votingWeight(weight);
        }
        builder.trusts(fields.ids(member, path, "trusts"));
        Set<ConflictType> expertise = conflictSections.expertise(member, path);
        return expertise == null ? builder : builder.expertise(expertise);
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
}
