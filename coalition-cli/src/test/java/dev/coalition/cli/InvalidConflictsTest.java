package dev.coalition.cli;

import static dev.coalition.cli.Cli.evaluate;
import static dev.coalition.cli.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per validation rule of the conflict parts of a document ({@code members[].expertise},
 * {@code externalMediators}, {@code asOf}, {@code conflicts}): each invalid document is rejected
 * with exit code 2 and exactly the expected {@code PATH: MESSAGE} lines on stderr, in document
 * order, nothing else. The names of the vocabularies (conflict types, behaviours, steps,
 * outcomes) are the command's checks; the conflict's own rules are the domain model's; the
 * subject vocabulary and the dates against {@code asOf} are the facade's.
 */
class InvalidConflictsTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String BEHAVIOURS = "POSITIONS_HARDEN, POLARIZED_DEBATE, UNILATERAL_ACTION, ALLY_RECRUITING, "
            + "STEREOTYPING, PUBLIC_LOSS_OF_FACE, THREATS_ULTIMATUMS, DESTRUCTIVE_ACTS, ATTACKS_ON_CORE, TOTAL_CONFRONTATION";
    private static final String STEPS = "DIRECT_NEGOTIATION, WORKING_GROUP, DESIGNATED_MEDIATOR, STEERING_BODY, "
            + "EXTERNAL_ARBITRATION, DIGNIFIED_DIVERGENCE";
    private static final String SUBJECTS = "[objectives, priorities, strategy, scope, roles, procedures, resources, "
            + "schedule, decision-rights, trust, respect, personal, communication-style]";

    /** A valid document with a conflict between a and b; c mediates process conflicts; "ext" is external. */
    private static final String VALID = """
            {
              "schemaVersion": "1",
              "name": "Test coalition",
              "formedOn": "2024-01-15",
              "members": [
                {"id": "a", "name": "A", "category": "x", "votingWeight": 1, "trusts": ["b", "c"]},
                {"id": "b", "name": "B", "category": "y", "votingWeight": 2, "trusts": ["a", "c"]},
                {"id": "c", "name": "C", "category": "x", "votingWeight": 1, "trusts": [], "expertise": ["PROCESS"]},
                {"id": "d", "name": "D", "category": "z", "votingWeight": 1, "trusts": []}
              ],
              "externalMediators": [{"id": "ext", "expertise": ["GOAL"]}],
              "context": {"decisionUrgency": 0.5, "strategicStability": 0.5, "goalConsensus": 0.5, "networkCompetencyNeed": 0.5},
              "asOf": "2024-06-01",
              "conflicts": [
                {
                  "id": "budget",
                  "parties": ["a", "b"],
                  "subjects": ["resources", "strategy"],
                  "behaviours": ["POSITIONS_HARDEN", "POLARIZED_DEBATE"],
                  "openedOn": "2024-05-01",
                  "history": [
                    {"step": "DIRECT_NEGOTIATION", "date": "2024-05-01", "outcome": "FAILED"},
                    {"step": "WORKING_GROUP", "date": "2024-05-10", "outcome": "ONGOING"}
                  ],
                  "importance": 0.5,
                  "negativeEmotion": 0.3,
                  "resolutionEfficacy": 0.7
                }
              ]
            }
            """;

    private static ObjectNode valid() {
        return parse(VALID);
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) Samples.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode conflict(ObjectNode doc) {
        return (ObjectNode) doc.get("conflicts").get(0);
    }

    private static ObjectNode step(ObjectNode doc, int index) {
        return (ObjectNode) conflict(doc).get("history").get(index);
    }

    private static ObjectNode member(ObjectNode doc, int index) {
        return (ObjectNode) doc.get("members").get(index);
    }

    private static ObjectNode mediator(ObjectNode doc) {
        return (ObjectNode) doc.get("externalMediators").get(0);
    }

    private static ArrayNode array(String... items) {
        ArrayNode array = NODES.arrayNode();
        for (String item : items) {
            array.add(item);
        }
        return array;
    }


    @Test
    void the_valid_base_document_is_accepted() {
        Cli.Result result = Cli.evaluate(VALID);

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
    }

    @Nested
    class Parties {

        @Test
        void a_conflict_needs_at_least_two_parties() {
            ObjectNode doc = valid();
            conflict(doc).set("parties", array("a"));

            assertRejected(evaluate(doc), "conflicts[0].parties: has 1 party; a conflict needs at least 2");
        }

        @Test
        void a_party_is_named_once() {
            ObjectNode doc = valid();
            conflict(doc).set("parties", array("a", "b", "a"));

            assertRejected(evaluate(doc), "conflicts[0].parties[2]: \"a\" is repeated (also parties[0])");
        }

        @Test
        void a_party_is_a_member() {
            ObjectNode doc = valid();
            conflict(doc).set("parties", array("a", "zed"));

            assertRejected(evaluate(doc), "conflicts[0].parties[1]: unknown member \"zed\"");
        }

        @Test
        void an_unknown_party_is_reported_even_when_the_parties_have_other_problems() {
            ObjectNode doc = valid();
            conflict(doc).set("parties", array("zed"));

            assertRejected(evaluate(doc),
                    "conflicts[0].parties: has 1 party; a conflict needs at least 2",
                    "conflicts[0].parties[0]: unknown member \"zed\"");
        }

        @Test
        void a_party_is_a_member_id() {
            ObjectNode doc = valid();
            ((ArrayNode) conflict(doc).get("parties")).add(3);

            assertRejected(evaluate(doc), "conflicts[0].parties[2]: must be a string (a member id), not a number");
        }

        @Test
        void the_leaving_member_is_a_party() {
            ObjectNode doc = valid();
            conflict(doc).put("leaving", "c");

            assertRejected(evaluate(doc), "conflicts[0].leaving: \"c\" is not one of the parties [a, b]");
        }
    }

    @Nested
    class Subjects {

        @Test
        void a_subject_is_in_the_policys_vocabulary() {
            ObjectNode doc = valid();
            ((ArrayNode) conflict(doc).get("subjects")).add("finance");

            assertRejected(evaluate(doc), "conflicts[0].subjects[2]: unknown subject \"finance\"; the policy knows " + SUBJECTS);
        }

        @Test
        void a_misspelt_subject_gets_a_suggestion() {
            ObjectNode doc = valid();
            conflict(doc).set("subjects", array("strategie"));

            assertRejected(evaluate(doc), "conflicts[0].subjects[0]: unknown subject \"strategie\" (did you mean \"strategy\"?); "
                    + "the policy knows " + SUBJECTS);
        }

        @Test
        void the_vocabulary_is_the_policys_setting() {
            ObjectNode doc = valid();
            ((ArrayNode) conflict(doc).get("subjects")).add("finance");

            Cli.Result result = evaluate(doc, "--set", "conflict.subjects.goal=objectives,priorities,strategy,scope,finance");

            assertThat(result.err()).isEmpty();
            assertThat(result.exitCode()).isZero();
        }

        @Test
        void unknown_subjects_are_reported_even_when_the_conflict_has_other_problems() {
            ObjectNode doc = valid();
            conflict(doc).set("subjects", array("finance", ""));
            conflict(doc).set("parties", array("a"));

            assertRejected(evaluate(doc),
                    "conflicts[0].parties: has 1 party; a conflict needs at least 2",
                    "conflicts[0].subjects[0]: unknown subject \"finance\"; the policy knows " + SUBJECTS,
                    "conflicts[0].subjects[1]: is blank; name a subject");
        }

        @Test
        void there_is_at_least_one_subject() {
            ObjectNode doc = valid();
            conflict(doc).set("subjects", array());

            assertRejected(evaluate(doc), "conflicts[0].subjects: is empty; say what the conflict is about, e.g. \"strategy\"");
        }
    }

    @Nested
    class Behaviours {

        @Test
        void a_behaviour_is_one_of_the_vocabulary() {
            ObjectNode doc = valid();
            ((ArrayNode) conflict(doc).get("behaviours")).add("SHOUTING");

            assertRejected(evaluate(doc), "conflicts[0].behaviours[2]: \"SHOUTING\" is not a behaviour; use one of " + BEHAVIOURS);
        }

        @Test
        void a_misspelt_behaviour_gets_a_suggestion() {
            ObjectNode doc = valid();
            conflict(doc).set("behaviours", array("polarized_debate"));

            assertRejected(evaluate(doc), "conflicts[0].behaviours[0]: \"polarized_debate\" is not a behaviour "
                    + "(did you mean \"POLARIZED_DEBATE\"?); use one of " + BEHAVIOURS);
        }

        @Test
        void there_is_at_least_one_behaviour() {
            ObjectNode doc = valid();
            conflict(doc).set("behaviours", array());

            assertRejected(evaluate(doc), "conflicts[0].behaviours: is empty; give at least one observed behaviour");
        }

        @Test
        void a_behaviour_is_a_string() {
            ObjectNode doc = valid();
            ((ArrayNode) conflict(doc).get("behaviours")).add(NODES.objectNode());

            assertRejected(evaluate(doc), "conflicts[0].behaviours[2]: must be a string (a behaviour), not an object");
        }
    }

    @Nested
    class History {

        @Test
        void a_step_is_a_rung_of_the_ladder() {
            ObjectNode doc = valid();
            step(doc, 1).put("step", "MEDIATION");

            assertRejected(evaluate(doc), "conflicts[0].history[1].step: \"MEDIATION\" is not an escalation step; use one of " + STEPS);
        }

        @Test
        void an_outcome_is_failed_resolved_or_ongoing() {
            ObjectNode doc = valid();
            step(doc, 0).put("outcome", "DONE");

            assertRejected(evaluate(doc),
                    "conflicts[0].history[0].outcome: \"DONE\" is not a step outcome; use one of FAILED, RESOLVED, ONGOING");
        }

        @Test
        void the_steps_are_in_date_order() {
            ObjectNode doc = valid();
            step(doc, 0).put("date", "2024-05-12");

            assertRejected(evaluate(doc), "conflicts[0].history[1].date: 2024-05-10 is before history[0]'s date 2024-05-12; "
                    + "list the steps in date order");
        }

        @Test
        void no_step_starts_before_the_conflict_was_opened() {
            ObjectNode doc = valid();
            step(doc, 0).put("date", "2024-04-30");

            assertRejected(evaluate(doc), "conflicts[0].history[0].date: 2024-04-30 is before openedOn 2024-05-01");
        }

        @Test
        void no_step_starts_after_as_of() {
            ObjectNode doc = valid();
            step(doc, 1).put("date", "2024-06-02");

            assertRejected(evaluate(doc), "conflicts[0].history[1].date: 2024-06-02 is after asOf 2024-06-01");
        }

        @Test
        void only_the_last_step_is_ongoing() {
            ObjectNode doc = valid();
            step(doc, 0).put("outcome", "ONGOING");

            assertRejected(evaluate(doc),
                    "conflicts[0].history[0].outcome: ONGOING, but a later step follows; only the last step can be ongoing");
        }

        @Test
        void a_step_has_a_rung_a_date_and_an_outcome() {
            ObjectNode doc = valid();
            step(doc, 1).remove("step");
            step(doc, 1).remove("date");
            step(doc, 1).remove("outcome");

            assertRejected(evaluate(doc),
                    "conflicts[0].history[1].step: is required: give the rung of the escalation ladder, one of " + STEPS,
                    "conflicts[0].history[1].date: is required: give the date the step started, as YYYY-MM-DD",
                    "conflicts[0].history[1].outcome: is required: give how the step ended, one of FAILED, RESOLVED, ONGOING");
        }

        @Test
        void a_step_has_no_other_fields() {
            ObjectNode doc = valid();
            step(doc, 0).put("owner", "the parties");

            assertRejected(evaluate(doc),
                    "conflicts[0].history[0].owner: unknown field; allowed fields here are step, date, outcome");
        }

        @Test
        void a_step_date_is_a_date() {
            ObjectNode doc = valid();
            step(doc, 1).put("date", "2024-02-30");

            assertRejected(evaluate(doc),
                    "conflicts[0].history[1].date: \"2024-02-30\" is not a valid date; give YYYY-MM-DD, e.g. 2021-03-15");
        }

        @Test
        void the_history_is_an_array_of_steps() {
            ObjectNode doc = valid();
            conflict(doc).put("history", "none");

            assertRejected(evaluate(doc), "conflicts[0].history: must be an array of steps, e.g. [{\"step\": \"DIRECT_NEGOTIATION\", "
                    + "\"date\": \"2024-07-01\", \"outcome\": \"ONGOING\"}], or [] when none, not a string");
        }
    }

    @Nested
    class AsOf {

        @Test
        void as_of_is_required_when_conflicts_are_given() {
            ObjectNode doc = valid();
            doc.remove("asOf");

            assertRejected(evaluate(doc), "asOf: is required when conflicts are given");
        }

        @Test
        void as_of_is_not_required_without_conflicts() {
            ObjectNode doc = valid();
            doc.remove("asOf");
            doc.set("conflicts", NODES.arrayNode());

            assertThat(evaluate(doc).exitCode()).isZero();
            doc.remove("conflicts");
            assertThat(evaluate(doc).exitCode()).isZero();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2024-06-31", "01/06/2024", "2024-6-1", ""})
        void as_of_is_a_date(String date) {
            ObjectNode doc = valid();
            doc.put("asOf", date);

            assertRejected(evaluate(doc), "asOf: \"" + date + "\" is not a valid date; give YYYY-MM-DD, e.g. 2021-03-15");
        }

        @Test
        void opened_on_is_a_date() {
            ObjectNode doc = valid();
            conflict(doc).put("openedOn", "2024-05-32");

            assertRejected(evaluate(doc),
                    "conflicts[0].openedOn: \"2024-05-32\" is not a valid date; give YYYY-MM-DD, e.g. 2021-03-15");
        }

        @Test
        void a_conflict_is_not_opened_after_as_of() {
            ObjectNode doc = valid();
            conflict(doc).put("openedOn", "2024-06-15");
            conflict(doc).set("history", NODES.arrayNode());

            assertRejected(evaluate(doc), "conflicts[0].openedOn: 2024-06-15 is after asOf 2024-06-01");
        }
    }

    @Nested
    class Figures {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"importance|1.5", "negativeEmotion|-0.25", "resolutionEfficacy|2"})
        void each_figure_lies_in_0_to_1(String figure, String value) {
            ObjectNode doc = valid();
            conflict(doc).put(figure, new java.math.BigDecimal(value));

            assertRejected(evaluate(doc), "conflicts[0]." + figure + ": "
                    + java.math.BigDecimal.valueOf(Double.parseDouble(value)).stripTrailingZeros().toPlainString() + " is outside 0..1");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "importance|how much the issue matters to the parties",
            "negativeEmotion|how much negative emotion the conflict carries",
            "resolutionEfficacy|how able the parties believe they are to resolve it"
        })
        void each_figure_is_required(String figure, String what) {
            ObjectNode doc = valid();
            conflict(doc).remove(figure);

            assertRejected(evaluate(doc), "conflicts[0]." + figure + ": is required: give " + what + ", from 0 to 1");
        }

        @Test
        void a_figure_is_a_number() {
            ObjectNode doc = valid();
            conflict(doc).put("importance", "high");

            assertRejected(evaluate(doc), "conflicts[0].importance: must be a number from 0 to 1, not a string");
        }
    }

    @Nested
    class Conflicts {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "id|is required: give the conflict an id, e.g. \"ip-rights\"",
            "parties|is required: list the members in conflict, at least 2",
            "subjects|is required: say what the conflict is about, e.g. [\"strategy\"]",
            "behaviours|is required: list the behaviours observed, e.g. [\"POSITIONS_HARDEN\"]",
            "openedOn|is required: give the date the conflict was opened, as YYYY-MM-DD",
            "history|is required: list the steps tried so far, [] when none"
        })
        void each_field_but_leaving_is_required(String field, String message) {
            ObjectNode doc = valid();
            conflict(doc).remove(field);

            assertRejected(evaluate(doc), "conflicts[0]." + field + ": " + message);
        }

        @Test
        void a_conflict_id_is_1_to_64_letters_digits_underscores_or_hyphens() {
            ObjectNode doc = valid();
            conflict(doc).put("id", "the budget");

            assertRejected(evaluate(doc),
                    "conflicts[0].id: \"the budget\" is not a valid id: use 1 to 64 letters, digits, '_' or '-'");
        }

        @Test
        void each_conflict_has_its_own_id() {
            ObjectNode doc = valid();
            ((ArrayNode) doc.get("conflicts")).add(conflict(doc).deepCopy());

            assertRejected(evaluate(doc), "conflicts[1].id: \"budget\" is repeated (also conflicts[0]); give each conflict its own id");
        }

        @Test
        void a_conflict_has_no_other_fields() {
            ObjectNode doc = valid();
            conflict(doc).put("stage", 3);

            assertRejected(evaluate(doc), "conflicts[0].stage: unknown field; allowed fields here are id, parties, subjects, "
                    + "behaviours, openedOn, history, importance, negativeEmotion, resolutionEfficacy, leaving");
        }

        @Test
        void conflicts_are_an_array_of_objects() {
            ObjectNode doc = valid();
            ((ArrayNode) doc.get("conflicts")).add("budget");

            assertRejected(evaluate(doc), "conflicts[1]: must be an object with id, parties, subjects, behaviours, openedOn, "
                    + "history, importance, negativeEmotion, resolutionEfficacy, leaving, not a string");
            doc.set("conflicts", conflict(doc));
            assertRejected(evaluate(doc), "conflicts: must be an array of conflicts, not an object");
        }
    }

    @Nested
    class Mediators {

        @Test
        void an_external_mediator_is_not_a_member() {
            ObjectNode doc = valid();
            mediator(doc).put("id", "c");

            assertRejected(evaluate(doc),
                    "externalMediators[0].id: \"c\" is a member; an external mediator comes from outside the coalition");
        }

        @Test
        void an_external_mediator_is_named_once() {
            ObjectNode doc = valid();
            ((ArrayNode) doc.get("externalMediators")).add(mediator(doc).deepCopy());

            assertRejected(evaluate(doc), "externalMediators[1].id: \"ext\" is repeated (also externalMediators[0])");
        }

        @Test
        void an_external_mediator_id_is_valid() {
            ObjectNode doc = valid();
            mediator(doc).put("id", "ext mediator");

            assertRejected(evaluate(doc),
                    "externalMediators[0].id: \"ext mediator\" is not a valid id: use 1 to 64 letters, digits, '_' or '-'");
        }

        @Test
        void an_external_mediator_has_an_id_and_expertise_and_nothing_else() {
            ObjectNode doc = valid();
            mediator(doc).removeAll();
            mediator(doc).put("name", "Mediator");

            assertRejected(evaluate(doc),
                    "externalMediators[0].id: is required: give the mediator an id, e.g. \"ip-mediator\"",
                    "externalMediators[0].expertise: is required: list the kinds of conflict it mediates, e.g. [\"PROCESS\"]",
                    "externalMediators[0].name: unknown field; allowed fields here are id, expertise");
        }

        @Test
        void external_mediators_are_an_array_of_objects() {
            ObjectNode doc = valid();
            ((ArrayNode) doc.get("externalMediators")).add(7);

            assertRejected(evaluate(doc), "externalMediators[1]: must be an object with id, expertise, not a number");
            doc.put("externalMediators", "ext");
            assertRejected(evaluate(doc), "externalMediators: must be an array of external mediators, "
                    + "e.g. [{\"id\": \"mediator\", \"expertise\": [\"PROCESS\"]}], not a string");
        }
    }

    @Nested
    class Expertise {

        @Test
        void expertise_is_a_conflict_type() {
            ObjectNode doc = valid();
            member(doc, 2).set("expertise", array("PROCESS", "LEGAL"));

            assertRejected(evaluate(doc),
                    "members[2].expertise[1]: \"LEGAL\" is not a conflict type; use one of GOAL, PROCESS, RELATIONSHIP");
        }

        @Test
        void a_misspelt_type_gets_a_suggestion() {
            ObjectNode doc = valid();
            mediator(doc).set("expertise", array("goal"));

            assertRejected(evaluate(doc), "externalMediators[0].expertise[0]: \"goal\" is not a conflict type "
                    + "(did you mean \"GOAL\"?); use one of GOAL, PROCESS, RELATIONSHIP");
        }

        @Test
        void each_type_is_listed_once() {
            ObjectNode doc = valid();
            member(doc, 2).set("expertise", array("PROCESS", "GOAL", "PROCESS"));

            assertRejected(evaluate(doc), "members[2].expertise[2]: \"PROCESS\" is repeated; list each type once");
        }

        @Test
        void expertise_is_an_array_of_strings() {
            ObjectNode doc = valid();
            member(doc, 2).put("expertise", "PROCESS");
            member(doc, 3).set("expertise", NODES.arrayNode().add(1));

            assertRejected(evaluate(doc),
                    "members[2].expertise: must be an array of conflict types, e.g. [\"PROCESS\"], not a string",
                    "members[3].expertise[0]: must be a string (a conflict type), not a number");
        }
    }

    @Nested
    class Together {

        @Test
        void every_problem_of_the_conflict_parts_is_reported_in_document_order() {
            ObjectNode doc = valid();
            doc.remove("asOf");
            conflict(doc).set("parties", array("a", "a"));
            conflict(doc).set("subjects", array("finance"));
            ((ArrayNode) conflict(doc).get("behaviours")).add("SHOUTING");
            step(doc, 1).put("outcome", "DONE");
            conflict(doc).put("importance", 7);
            conflict(doc).put("leaving", "c");

            assertRejected(evaluate(doc),
                    "asOf: is required when conflicts are given",
                    "conflicts[0].parties[1]: \"a\" is repeated (also parties[0])",
                    "conflicts[0].subjects[0]: unknown subject \"finance\"; the policy knows " + SUBJECTS,
                    "conflicts[0].behaviours[2]: \"SHOUTING\" is not a behaviour; use one of " + BEHAVIOURS,
                    "conflicts[0].history[1].outcome: \"DONE\" is not a step outcome; use one of FAILED, RESOLVED, ONGOING",
                    "conflicts[0].importance: 7 is outside 0..1",
                    "conflicts[0].leaving: \"c\" is not one of the parties [a, a]");
        }

        @Test
        void the_facades_problems_of_several_conflicts_are_reported_in_document_order() {
            ObjectNode doc = valid();
            ObjectNode second = conflict(doc).deepCopy();
            second.put("id", "roles");
            second.set("parties", array("c", "zed"));
            ((ArrayNode) doc.get("conflicts")).add(second);
            conflict(doc).set("subjects", array("finance"));

            assertRejected(evaluate(doc),
                    "conflicts[0].subjects[0]: unknown subject \"finance\"; the policy knows " + SUBJECTS,
                    "conflicts[1].parties[1]: unknown member \"zed\"");
        }

        /** The facade's checks (the subjects here) need a valid coalition; the command's own are all made. */
        @Test
        void conflict_problems_are_reported_with_those_of_the_coalition() {
            ObjectNode doc = valid();
            member(doc, 0).set("expertise", array("LEGAL"));
            member(doc, 3).put("votingWeight", -1);
            conflict(doc).set("subjects", array("finance"));
            mediator(doc).put("id", "d");
            conflict(doc).set("parties", array("a"));

            assertRejected(evaluate(doc),
                    "members[0].expertise[0]: \"LEGAL\" is not a conflict type; use one of GOAL, PROCESS, RELATIONSHIP",
                    "members[3].votingWeight: -1 is negative; a voting weight is an integer >= 0",
                    "externalMediators[0].id: \"d\" is a member; an external mediator comes from outside the coalition",
                    "conflicts[0].parties: has 1 party; a conflict needs at least 2");
        }
    }
}
