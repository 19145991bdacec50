package dev.coalition.cli;

import static dev.coalition.cli.Cli.evaluate;
import static dev.coalition.cli.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.core.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per validation rule: each invalid document is rejected with exit code 2 and exactly
 * the expected {@code PATH: MESSAGE} lines on stderr, nothing else.
 */
class InvalidDocumentTest {

    /** A small valid document: c is trusted by nobody, so changing it affects nobody else. */
    private static final String VALID = """
            {
              "schemaVersion": "1",
              "name": "Test coalition",
              "formedOn": "2024-01-15",
              "members": [
                {"id": "a", "name": "A", "category": "x", "votingWeight": 1, "trusts": ["b"]},
                {"id": "b", "name": "B", "category": "y", "votingWeight": 2, "trusts": []},
                {"id": "c", "name": "C", "category": "x", "votingWeight": 0, "trusts": ["a", "b"]}
              ],
              "steeringBody": ["a"],
              "context": {"decisionUrgency": 0.5, "strategicStability": 0.5, "goalConsensus": 0.5, "networkCompetencyNeed": 0.5}
            }
            """;

    private static ObjectNode valid() {
        try {
            return (ObjectNode) Samples.MAPPER.readTree(VALID);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode member(ObjectNode doc, int index) {
        return (ObjectNode) doc.get("members").get(index);
    }

    private static ObjectNode context(ObjectNode doc) {
        return (ObjectNode) doc.get("context");
    }

    private static ArrayNode array(String... items) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
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
    class Members {

        @Test
        void a_coalition_needs_at_least_two_members() {
            ObjectNode doc = valid();
            ArrayNode members = (ArrayNode) doc.get("members");
            members.remove(2);
            members.remove(1);
            member(doc, 0).set("trusts", array());

            assertRejected(evaluate(doc), "members: has 1 member; a coalition needs at least 2");
        }

        @Test
        void an_empty_member_list_is_refused() {
            ObjectNode doc = valid();
            doc.set("members", JsonNodeFactory.instance.arrayNode());
            doc.remove("steeringBody");

            assertRejected(evaluate(doc), "members: has 0 members; a coalition needs at least 2");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "c!",
            "has space",
            "''",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        })
        void an_id_must_be_1_to_64_letters_digits_underscores_or_hyphens(String id) {
            ObjectNode doc = valid();
            member(doc, 2).put("id", id);

            assertRejected(evaluate(doc),
                    "members[2].id: " + Violation.quote(id) + " is not a valid id: use 1 to 64 letters, digits, '_' or '-'");
        }

        @Test
        void ids_are_unique() {
            ObjectNode doc = valid();
            member(doc, 2).put("id", "a").set("trusts", array("b"));

            assertRejected(evaluate(doc), "members[2].id: duplicate id \"a\" (also members[0])");
        }

        @Test
        void a_name_must_not_be_blank() {
            ObjectNode doc = valid();
            member(doc, 1).put("name", "   ");

            assertRejected(evaluate(doc), "members[1].name: must not be blank: give the member's name");
        }

        @Test
        void a_category_has_no_leading_or_trailing_whitespace() {
            ObjectNode doc = valid();
            member(doc, 1).put("category", " y");

            assertRejected(evaluate(doc), "members[1].category: \" y\" has leading or trailing whitespace; remove it");
        }

        @Test
        void a_category_has_no_control_characters() {
            ObjectNode doc = valid();
            member(doc, 1).put("category", "y\u0007z");

            assertRejected(evaluate(doc), "members[1].category: contains a control character; use printable characters only");
        }

        @Test
        void a_voting_weight_is_not_negative() {
            ObjectNode doc = valid();
            member(doc, 2).put("votingWeight", -1);

            assertRejected(evaluate(doc), "members[2].votingWeight: -1 is negative; a voting weight is an integer >= 0");
        }

        @Test
        void a_voting_weight_is_an_integer() {
            ObjectNode doc = valid();
            member(doc, 2).put("votingWeight", 1.5);

            assertRejected(evaluate(doc), "members[2].votingWeight: 1.5 is not an integer; a voting weight is an integer >= 0");
        }

        @Test
        void a_voting_weight_fits_an_int() {
            ObjectNode doc = valid();
            member(doc, 2).put("votingWeight", 3_000_000_000L);

            assertRejected(evaluate(doc),
                    "members[2].votingWeight: 3000000000 is too large; the largest voting weight is 2147483647");
        }

        @Test
        void a_voting_weight_beyond_any_integer_type_is_too_large_not_a_crash() {
            String text = VALID.replace("\"votingWeight\": 0", "\"votingWeight\": 1e400");

            assertRejected(Cli.evaluate(text),
                    "members[2].votingWeight: 1e400 is too large; the largest voting weight is 2147483647");
        }

        @Test
        void a_voting_weight_written_with_a_zero_fraction_is_an_integer() {
            String text = VALID.replace("\"votingWeight\": 0", "\"votingWeight\": 2.0");

            Cli.Result result = Cli.evaluate(text);

            assertThat(result.err()).isEmpty();
            assertThat(result.exitCode()).isZero();
        }
    }

    @Nested
    class Trust {

        @Test
        void a_member_trusts_only_existing_members() {
            ObjectNode doc = valid();
            member(doc, 2).set("trusts", array("a", "x"));

            assertRejected(evaluate(doc), "members[2].trusts[1]: unknown member \"x\"");
        }

        @Test
        void a_member_does_not_trust_itself() {
            ObjectNode doc = valid();
            member(doc, 2).set("trusts", array("c"));

            assertRejected(evaluate(doc), "members[2].trusts[0]: a member cannot trust itself (\"c\")");
        }

        @Test
        void a_member_trusts_another_at_most_once() {
            ObjectNode doc = valid();
            member(doc, 2).set("trusts", array("a", "a"));

            assertRejected(evaluate(doc), "members[2].trusts[1]: \"a\" is repeated (also trusts[0])");
        }
    }

    @Nested
    class SteeringBody {

        @Test
        void seats_go_to_members() {
            ObjectNode doc = valid();
            doc.set("steeringBody", array("a", "z"));

            assertRejected(evaluate(doc), "steeringBody[1]: unknown member \"z\"");
        }

        @Test
        void a_member_has_at_most_one_seat() {
            ObjectNode doc = valid();
            doc.set("steeringBody", array("a", "a"));

            assertRejected(evaluate(doc), "steeringBody[1]: \"a\" is repeated (also steeringBody[0])");
        }

        @Test
        void an_empty_steering_body_is_refused() {
            ObjectNode doc = valid();
            doc.set("steeringBody", array());

            assertRejected(evaluate(doc), "steeringBody: is empty; name at least one member, or leave the field out");
        }

        @Test
        void the_steering_body_is_optional() {
            ObjectNode doc = valid();
            doc.remove("steeringBody");

            Cli.Result result = evaluate(doc);

            assertThat(result.err()).isEmpty();
            assertThat(result.exitCode()).isZero();
        }
    }

    @Nested
    class Figures {

        @ParameterizedTest
        @CsvSource({
            "decisionUrgency, 1.5, 1.5",
            "strategicStability, -0.1, -0.1",
            "goalConsensus, 2, 2",
            "networkCompetencyNeed, 1.0000000000000000000001, 1.0000000000000000000001"
        })
        void every_context_figure_lies_in_0_to_1(String figure, String value, String shown) {
            String text = VALID.replace("\"" + figure + "\": 0.5", "\"" + figure + "\": " + value);

            assertRejected(Cli.evaluate(text), "context." + figure + ": " + shown + " is outside 0..1");
        }

        @Test
        void a_figure_too_large_for_a_double_is_outside_the_range() {
            String text = VALID.replace("\"goalConsensus\": 0.5", "\"goalConsensus\": 1e999");

            assertRejected(Cli.evaluate(text), "context.goalConsensus: 1e999 is outside 0..1");
        }

        @Test
        void the_coalition_name_must_not_be_blank() {
            ObjectNode doc = valid();
            doc.put("name", " ");

            assertRejected(evaluate(doc), "name: must not be blank: give the coalition's name");
        }

        @Test
        void the_coalition_name_has_at_most_200_characters() {
            ObjectNode doc = valid();
            doc.put("name", "n".repeat(201));

            assertRejected(evaluate(doc), "name: is 201 characters long; at most 200 are allowed");
        }
    }

    @Nested
    class RequiredFields {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "name | name: is required: give the coalition's name",
            "formedOn | formedOn: is required: give the date the coalition was formed, as YYYY-MM-DD",
            "members | members: is required: list at least 2 members",
            "context | context: is required: give decisionUrgency, strategicStability, goalConsensus, networkCompetencyNeed"
        })
        void every_document_field_but_schema_version_and_steering_body_is_required(String field, String line) {
            ObjectNode doc = valid();
            doc.remove(field);

            assertRejected(evaluate(doc), line);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "id | members[2].id: is required: give a unique id of 1 to 64 letters, digits, '_' or '-'",
            "name | members[2].name: is required: give the member's name",
            "category | members[2].category: is required: give the member's category, e.g. \"hospital\"",
            "votingWeight | members[2].votingWeight: is required: give an integer >= 0",
            "trusts | members[2].trusts: is required: list the ids of the members this one trusts, or []"
        })
        void every_member_field_is_required(String field, String line) {
            ObjectNode doc = valid();
            member(doc, 2).remove(field);

            assertRejected(evaluate(doc), line);
        }

        @ParameterizedTest
        @CsvSource({"decisionUrgency", "strategicStability", "goalConsensus", "networkCompetencyNeed"})
        void every_context_figure_is_required(String figure) {
            ObjectNode doc = valid();
            context(doc).remove(figure);

            assertRejected(evaluate(doc), "context." + figure + ": is required: give a number from 0 to 1");
        }

        @Test
        void the_schema_version_is_optional() {
            ObjectNode doc = valid();
            doc.remove("schemaVersion");

            Cli.Result result = evaluate(doc);

            assertThat(result.err()).isEmpty();
            assertThat(result.exitCode()).isZero();
        }
    }

    @Nested
    class Types {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "/name | 42 | name: must be a string, not a number",
            "/name | null | name: must be a string, not null",
            "/formedOn | true | formedOn: must be a string, not true",
            "/schemaVersion | 1 | schemaVersion: must be a string, not a number",
            "/members | {} | members: must be an array of members, not an object",
            "/members/2 | \"c\" | members[2]: must be an object with id, name, category, votingWeight, trusts, expertise, not a string",
            "/members/2/id | null | members[2].id: must be a string, not null",
            "/members/2/name | [] | members[2].name: must be a string, not an array",
            "/members/2/category | {} | members[2].category: must be a string, not an object",
            "/members/2/votingWeight | \"3\" | members[2].votingWeight: must be an integer, not a string",
            "/members/2/trusts | \"a\" | members[2].trusts: must be an array of member ids, not a string",
            "/members/2/trusts/0 | 5 | members[2].trusts[0]: must be a string (a member id), not a number",
            "/steeringBody | \"a\" | steeringBody: must be an array of member ids, not a string",
            "/steeringBody/0 | false | steeringBody[0]: must be a string (a member id), not false",
            "/context | [] | context: must be an object with decisionUrgency, strategicStability, goalConsensus, networkCompetencyNeed, not an array",
            "/context/decisionUrgency | \"high\" | context.decisionUrgency: must be a number from 0 to 1, not a string"
        })
        void a_value_of_the_wrong_json_type_is_named(String pointer, String value, String line) throws IOException {
            ObjectNode doc = valid();
            replace(doc, pointer, Samples.MAPPER.readTree(value));

            assertRejected(evaluate(doc), line);
        }

        @Test
        void a_document_that_is_not_an_object_is_refused() {
            assertRejected(Cli.evaluate("[1, 2]"), "must be a JSON object with schemaVersion, name, formedOn, members, "
                    + "steeringBody, externalMediators, context, principles, distribution, voting, asOf, conflicts, candidates, health, formation, information, proposals, communication, lifecycle, membershipChanges, timeline, not an array");
        }

        private void replace(ObjectNode doc, String pointer, JsonNode value) {
            int cut = pointer.lastIndexOf('/');
            JsonNode parent = doc.at(pointer.substring(0, cut));
            String last = pointer.substring(cut + 1);
            if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(last), value);
            } else {
                ((ObjectNode) parent).set(last, value);
            }
        }
    }

    @Nested
    class Structure {

        @ParameterizedTest
        @CsvSource({"2021-02-30", "15/03/2021", "2021-3-15", "2021-03-15T10:00", "yesterday"})
        void the_formation_date_is_a_valid_yyyy_mm_dd_date(String date) {
            ObjectNode doc = valid();
            doc.put("formedOn", date);

            assertRejected(evaluate(doc), "formedOn: \"" + date + "\" is not a valid date; give YYYY-MM-DD, e.g. 2021-03-15");
        }

        @Test
        void only_schema_version_1_is_read() {
            ObjectNode doc = valid();
            doc.put("schemaVersion", "2");

            assertRejected(evaluate(doc),
                    "schemaVersion: \"2\" is not supported; this version of coalition reads schemaVersion \"1\"");
        }

        @Test
        void an_unknown_document_field_is_refused_naming_the_allowed_ones() {
            ObjectNode doc = valid();
            doc.put("colour", "red");

            assertRejected(evaluate(doc), "colour: unknown field; allowed fields of the document are schemaVersion, name, "
                    + "formedOn, members, steeringBody, externalMediators, context, principles, distribution, voting, asOf, "
                    + "conflicts, candidates, health, formation, information, proposals, communication, lifecycle, membershipChanges, timeline");
        }

        @Test
        void an_unknown_member_field_is_refused_naming_the_allowed_ones() {
            ObjectNode doc = valid();
            member(doc, 1).put("website", "https://b.example");

            assertRejected(evaluate(doc),
                    "members[1].website: unknown field; allowed fields here are id, name, category, votingWeight, trusts, "
                            + "expertise");
        }

        @Test
        void a_misspelt_field_is_reported_with_a_suggestion() {
            String text = VALID.replace("\"name\": \"C\"", "\"nmae\": \"C\"");

            assertRejected(Cli.evaluate(text),
                    "members[2].name: is required: give the member's name",
                    "members[2].nmae: unknown field (did you mean \"name\"?); allowed fields here are id, name, category, "
                            + "votingWeight, trusts, expertise");
        }

        @Test
        void an_unknown_context_field_is_refused_naming_the_allowed_ones() {
            ObjectNode doc = valid();
            context(doc).put("speed", 0.5);

            assertRejected(evaluate(doc), "context.speed: unknown field; allowed fields here are decisionUrgency, "
                    + "strategicStability, goalConsensus, networkCompetencyNeed");
        }

        @Test
        void a_field_name_that_is_not_a_plain_word_is_quoted_in_the_path() {
            ObjectNode doc = valid();
            doc.put("my field", 1);

            assertRejected(evaluate(doc), "[\"my field\"]: unknown field; allowed fields of the document are schemaVersion, "
                    + "name, formedOn, members, steeringBody, externalMediators, context, principles, distribution, voting, "
                    + "asOf, conflicts, candidates, health, formation, information, proposals, communication, lifecycle, membershipChanges, timeline");
        }

        @Test
        void a_key_given_twice_is_refused() {
            String text = VALID.replace("\"formedOn\": \"2024-01-15\",", "\"formedOn\": \"2024-01-15\", \"formedOn\": \"2024-01-16\",");

            assertRejected(Cli.evaluate(text), "formedOn: is given twice in the same object; give each field once");
        }

        @Test
        void a_key_given_twice_in_a_member_is_refused() {
            String text = VALID.replace("\"id\": \"b\",", "\"id\": \"b\", \"id\": \"b2\",");

            assertRejected(Cli.evaluate(text), "members[1].id: is given twice in the same object; give each field once");
        }
    }

    @Nested
    class Order {

        @Test
        void every_problem_is_reported_in_document_order() {
            String text = """
                    {
                      "context": {"decisionUrgency": 1.5, "strategicStability": 0.5, "goalConsensus": 0.5,
                                  "networkCompetencyNeed": 0.5},
                      "members": [
                        {"id": "a", "name": "A", "category": "x", "votingWeight": 1, "trusts": []},
                        {"trusts": ["zz", "a", "a"], "votingWeight": 1.5, "category": "y", "name": "B", "id": "b!"},
                        {"name": "C", "category": "x", "votingWeight": -4, "trusts": ["a"], "colour": "red"}
                      ],
                      "formedOn": "2024-13-01",
                      "name": ""
                    }
                    """;

            assertRejected(Cli.evaluate(text),
                    "context.decisionUrgency: 1.5 is outside 0..1",
                    "members[1].trusts[0]: unknown member \"zz\"",
                    "members[1].trusts[2]: \"a\" is repeated (also trusts[1])",
                    "members[1].votingWeight: 1.5 is not an integer; a voting weight is an integer >= 0",
                    "members[1].id: \"b!\" is not a valid id: use 1 to 64 letters, digits, '_' or '-'",
                    "members[2].id: is required: give a unique id of 1 to 64 letters, digits, '_' or '-'",
                    "members[2].votingWeight: -4 is negative; a voting weight is an integer >= 0",
                    "members[2].colour: unknown field; allowed fields here are id, name, category, votingWeight, trusts, expertise",
                    "formedOn: \"2024-13-01\" is not a valid date; give YYYY-MM-DD, e.g. 2021-03-15",
                    "name: must not be blank: give the coalition's name");
        }

        @Test
        void problems_at_the_same_place_keep_the_order_of_the_fields() {
            assertRejected(Cli.evaluate("{}"),
                    "name: is required: give the coalition's name",
                    "formedOn: is required: give the date the coalition was formed, as YYYY-MM-DD",
                    "members: is required: list at least 2 members",
                    "context: is required: give decisionUrgency, strategicStability, goalConsensus, networkCompetencyNeed");
        }
    }

    @Nested
    class MalformedInput {

        @Test
        void malformed_json_is_reported_by_line_and_column() {
            String text = "{\n  \"name\": \"x\",\n  \"formedOn\": }\n";

            Cli.Result result = Cli.evaluate(text);

            Rejections.assertCleanRejection(result);
            assertThat(result.errLines()).singleElement().asString()
                    .startsWith("line 3, column 15: ")
                    .contains("'}'")
                    .matches(Rejections.MALFORMED_LINE);
        }

        @Test
        void a_truncated_document_is_reported_by_line_and_column() {
            Cli.Result result = Cli.evaluate("{\"members\": [1, 2");

            Rejections.assertCleanRejection(result);
            assertThat(result.errLines()).singleElement().asString()
                    .startsWith("line 1, column ")
                    .contains("end-of-input")
                    .doesNotContain("Source", "REDACTED", "`");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "{'name': 'single quotes'}",
            "{\"name\": NaN}",
            "{\"name\": \"x\"} // a comment",
            "{\"name\": 01}",
            "{\"name\": tru}",
            "{\"name\": \"two\nlines\"}",
            "{\"name\" \"x\"}",
            "{\"name\": \"x\",}",
            "]"
        })
        void every_kind_of_malformed_json_is_one_plain_line(String text) {
            Cli.Result result = Cli.evaluate(text);

            Rejections.assertCleanRejection(result);
            assertThat(result.errLines()).singleElement().asString()
                    .matches(Rejections.MALFORMED_LINE)
                    .doesNotContain("`", "Feature", "Source", "REDACTED", "Json");
        }

        @Test
        void nesting_beyond_the_limit_is_refused_by_line_and_column() {
            assertRejected(Cli.evaluate("[".repeat(1_100)), "line 1, column 101: nesting level 101 (objects and arrays inside "
                    + "each other), more than the nesting-depth limit of 100; raise it with --limit nesting-depth=N if you need more");
        }

        @Test
        void a_number_longer_than_the_limit_is_refused_quoted_short() {
            assertRejected(Cli.evaluate("{\"name\": " + "1".repeat(2_000) + "}"), "name: the number "
                    + "1".repeat(40) + "\u2026(2000 characters) is written with 2,000 characters, more than the number-length "
                    + "limit of 100; raise it with --limit number-length=2000 if you need more");
        }

        @Test
        void content_after_the_document_is_refused() {
            assertRejected(Cli.evaluate("{} {}"), "line 1, column 4: unexpected content after the end of the document");
        }

        @Test
        void an_empty_document_is_refused() {
            assertRejected(Cli.evaluate(""), "line 1, column 1: the document is empty; give a JSON object");
        }

        @Test
        void text_that_is_not_utf8_is_refused_by_line_and_column() {
            byte[] bytes = "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

            Cli.Result result = Cli.runWithInput(bytes, "evaluate", "-");

            Rejections.assertCleanRejection(result);
            assertThat(result.errLines()).singleElement().asString().matches(Rejections.MALFORMED_LINE).contains("UTF-8");
        }

        @Test
        void a_missing_file_is_one_clear_line(@TempDir Path dir) {
            Path missing = dir.resolve("missing.json");

            assertRejected(Cli.run("evaluate", missing.toString()), missing + ": cannot read: no such file");
        }

        @Test
        void a_directory_is_not_a_document(@TempDir Path dir) {
            assertRejected(Cli.run("evaluate", dir.toString()),
                    dir + ": cannot read: it is a directory; give a JSON file, or - for standard input");
        }

        @Test
        void an_unreadable_file_is_one_clear_line(@TempDir Path dir) throws IOException {
            Path file = Files.writeString(dir.resolve("secret.json"), VALID);
            boolean locked = file.toFile().setReadable(false, false) && !Files.isReadable(file);
            org.junit.jupiter.api.Assumptions.assumeTrue(locked, "the file system lets this user read any file (root)");

            assertRejected(Cli.run("evaluate", file.toString()), file + ": cannot read: permission denied");
        }
    }
}
