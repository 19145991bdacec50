package dev.coalition.cli;

import static dev.coalition.cli.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.rules.api.CoalitionAdvisor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Documents that broke or stalled the command: huge numbers, huge strings, too many members, trust
 * ties or conflicts, a vote too costly to count, other encodings, an {@link Error} inside. Each is
 * refused with exit 2 and a problem naming the limit and how to raise it, or reported in one line.
 */
class InputLimitsTest {

    private static ObjectNode health() {
        return Samples.HEALTH_DATA_SHAPLEY.tree();
    }

    /** A document with a literal written in place of the string "XXX". */
    private static String withLiteral(ObjectNode doc, String literal) {
        return Samples.json(doc).replace("\"XXX\"", literal);
    }

    @Nested
    class Numbers {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "1e2147483648|x: the number 1e2147483648 is too large: its size is 10^2147483648, more than the number-exponent "
                    + "limit of 1,000; it cannot be raised that far (at most to 100,000)",
            "1e-2147483648|x: the number 1e-2147483648 is too close to 0: its size is 10^-2147483648, more than the "
                    + "number-exponent limit of 1,000; it cannot be raised that far (at most to 100,000)",
            "-1e1001|x: the number -1e1001 is too large: its size is 10^1001, more than the number-exponent limit of 1,000; "
                    + "raise it with --limit number-exponent=1001 if you need more",
        })
        void a_huge_exponent_is_refused_even_under_an_unknown_key(String literal, String problem) {
            ObjectNode doc = health();
            doc.put("x", "XXX");

            assertRejected(Cli.evaluate(withLiteral(doc, literal)), problem);
        }

        @Test
        void a_huge_exponent_is_refused_in_every_numeric_field() {
            String huge = "1e2147483647";
            String[] paths = {"members[0].votingWeight", "distribution.contributions.hospital", "distribution.game.values.hospital",
                "voting.quota", "voting.weights.hospital", "distribution.sampling.seed"};
            for (String path : paths) {
                ObjectNode doc = health();
                switch (path) {
                    case "members[0].votingWeight" -> ((ObjectNode) doc.get("members").get(0)).put("votingWeight", "XXX");
                    case "distribution.contributions.hospital" -> {
                        ((ObjectNode) doc.get("distribution")).remove("game");
                        ((ObjectNode) doc.get("distribution")).putObject("contributions").put("hospital", "XXX")
                                .put("insurer", 1).put("startup", 1);
                    }
                    case "distribution.game.values.hospital" ->
                            ((ObjectNode) doc.get("distribution").get("game").get("values")).put("hospital", "XXX");
                    case "voting.quota" -> ((ObjectNode) doc.get("voting")).put("quota", "XXX");
                    case "voting.weights.hospital" -> ((ObjectNode) doc.get("voting")).putObject("weights")
                            .put("hospital", "XXX").put("insurer", 1).put("startup", 1);
                    default -> ((ObjectNode) doc.get("distribution")).putObject("sampling").put("epsilon", 0.1)
                            .put("delta", 0.05).put("seed", "XXX");
                }

                assertRejected(Cli.evaluate(withLiteral(doc, huge)), path + ": the number 1e2147483647 is too large: its size is "
                        + "10^2147483647, more than the number-exponent limit of 1,000; it cannot be raised that far (at most to 100,000)");
            }
        }

        @Test
        void a_figure_out_of_range_is_quoted_as_written() {
            ObjectNode doc = health();
            ((ObjectNode) doc.get("context")).put("decisionUrgency", "XXX");

            assertRejected(Cli.evaluate(withLiteral(doc, "1e308")), "context.decisionUrgency: 1e308 is outside 0..1");
        }

        @Test
        void a_raised_exponent_limit_lets_the_field_rules_speak() {
            ObjectNode doc = health();
            ((ObjectNode) doc.get("members").get(0)).put("votingWeight", "XXX");

            assertRejected(Cli.evaluate(withLiteral(doc, "1e1500"), "--limit", "number-exponent=2000"),
                    "members[0].votingWeight: 1e1500 is too large; the largest voting weight is 2147483647");
        }
    }

    @Nested
    class Strings {

        @Test
        void a_string_beyond_the_limit_is_refused_without_echoing_it() {
            ObjectNode doc = health();
            ((ObjectNode) doc.get("members").get(0)).put("id", "a".repeat(10_000_000));

            assertRejected(Cli.evaluate(doc), "members[0].id: this string is 10,000,000 characters long, more than the "
                    + "string-length limit of 10,000; raise it with --limit string-length=10000000 if you need more");
        }

        @Test
        void a_long_value_is_quoted_shortened() {
            ObjectNode doc = health();
            ((ObjectNode) doc.get("members").get(0)).put("id", "b".repeat(5_000));

            Cli.Result result = Cli.evaluate(doc);

            Rejections.assertCleanRejection(result);
            assertThat(result.errLines()).contains("members[0].id: \"" + "b".repeat(40) + "\u2026(5000 characters)\" is not a valid "
                    + "id: use 1 to 64 letters, digits, '_' or '-'");
            assertThat(result.err()).hasSizeLessThan(1_000);
        }

        @Test
        void a_long_amount_is_refused_by_its_length_before_it_is_read() {
            ObjectNode doc = health();
            ((ObjectNode) doc.get("distribution")).put("amount", "1".repeat(9_000));

            assertRejected(Cli.evaluate(doc), "distribution.amount: \"" + "1".repeat(40) + "\u2026(9000 characters)\" is too long "
                    + "for an amount; give at most 30 digits before the decimal point and 20 after it");
        }
    }

    @Nested
    class Counts {

        @Test
        void more_members_than_the_limit_are_refused_before_they_are_read() {
            ObjectNode doc = health();
            ArrayNode members = (ArrayNode) doc.get("members");
            while (members.size() < 1_001) {
                members.add(((ObjectNode) members.get(0).deepCopy()).put("id", "m" + members.size()));
            }

            assertRejected(Cli.evaluate(doc), "members: has 1,001 members, more than the members limit of 1,000; raise it with "
                    + "--limit members=1001 if you need more");
        }

        @Test
        void trust_ties_beyond_the_limit_are_refused_and_many_unknown_ones_are_each_reported() {
            ObjectNode doc = health();
            ArrayNode trusts = ((ObjectNode) doc.get("members").get(0)).putArray("trusts");
            for (int i = 0; i < 100_001; i++) {
                trusts.add("u" + i);
            }

            assertRejected(Cli.evaluate(doc), "members[0].trusts: the members name 100,003 trust ties in all, more than the "
                    + "trust-ties limit of 100,000; raise it with --limit trust-ties=100003 if you need more");
            Cli.Result raised = Cli.evaluate(Samples.json(doc), "--limit", "trust-ties=200000");
            Rejections.assertCleanRejection(raised);
            assertThat(raised.errLines()).hasSize(100_001).startsWith("members[0].trusts[0]: unknown member \"u0\"");
        }

        @Test
        void more_conflicts_than_the_limit_are_refused() {
            ObjectNode doc = Samples.CONFLICT_IP_RIGHTS.tree();
            ArrayNode conflicts = (ArrayNode) doc.get("conflicts");
            while (conflicts.size() < 1_001) {
                conflicts.add(((ObjectNode) conflicts.get(0).deepCopy()).put("id", "c" + conflicts.size()));
            }

            assertRejected(Cli.evaluate(doc), "conflicts: has 1,001 conflicts, more than the conflicts limit of 1,000; raise "
                    + "it with --limit conflicts=1001 if you need more");
        }

        @Test
        void more_candidates_than_the_limit_are_refused_and_the_limit_can_be_raised() {
            ObjectNode doc = Samples.RETAIL_TWELVE_FIRMS.tree();
            ArrayNode candidates = (ArrayNode) doc.get("candidates");
            for (int i = 0; candidates.size() < 51; i++) {
                ObjectNode copy = (ObjectNode) candidates.get(i % 12).deepCopy();
                copy.put("id", "copy" + i).putArray("priorTies");
                candidates.add(copy);
            }

            assertRejected(Cli.evaluate(doc), "candidates: has 51 candidates, more than the candidates limit of 50; raise "
                    + "it with --limit candidates=51 if you need more");
            Cli.Result raised = Cli.evaluate(Samples.json(doc), "--limit", "candidates=51");
            assertThat(raised.exitCode()).as(raised.err()).isZero();
            assertThat(raised.out()).contains("\"assessment\"");
        }

        @Test
        void a_document_larger_than_the_limit_is_refused_before_it_is_read(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("big.json");
            Files.write(file, Samples.CYBERSECURITY.bytes());

            assertRejected(Cli.run("evaluate", "--limit", "document-size=100", file.toString()), file + ": the document is "
                    + InputLimits.grouped(Files.size(file)) + " bytes long, more than the document-size limit of 100; raise it with --limit "
                    + "document-size=" + Files.size(file) + " if you need more");
            assertRejected(Cli.evaluate(Samples.CYBERSECURITY.text(), "--limit", "document-size=100"), "standard input: the "
                    + "document is longer than the document-size limit of 100 bytes; raise it with --limit document-size=N if "
                    + "you need more");
        }

        @Test
        void a_bad_limit_option_is_a_usage_error() {
            assertRejected(Cli.evaluate(Samples.CYBERSECURITY.text(), "--limit", "memebrs=5", "--limit", "members=-1",
                            "--limit", "members"),
                    "--limit: \"memebrs\" is not a limit; use one of document-size, string-length, number-length, "
                            + "number-exponent, nesting-depth, members, trust-ties, conflicts, candidates, timeline-events, voting-cost",
                    "--limit members: \"-1\" is not a positive integer; give e.g. --limit members=2000",
                    "--limit: \"members\" is not NAME=VALUE; give e.g. --limit members=2000");
        }
    }

    @Nested
    class VotingCost {

        private static final String PROBLEM = "19000 with 1,000 players costs 323,000,000,000 (players\u00b2 \u00d7 quota "
                + "\u00d7 passes, one pass per 61 players) for exact power indices, above the voting-cost limit of "
                + "4,000,000,000; scale the weights and the quota down, e.g. to percentages, or raise the voting-cost limit";

        private ObjectNode vote() {
            ObjectNode doc = Samples.FOUNDING_GROUP.tree();
            ArrayNode members = doc.putArray("members");
            for (int i = 0; i < 1_000; i++) {
                members.addObject().put("id", "m" + i).put("name", "M" + i).put("category", "c").put("votingWeight", 19)
                        .putArray("trusts");
            }
            doc.remove("steeringBody");
            doc.putObject("voting").put("quota", 19_000);
            return doc;
        }

        @Test
        void a_vote_too_costly_to_count_is_refused_naming_the_option() {
            assertRejected(Cli.evaluate(vote()), "voting.quota: " + PROBLEM
                    + " with --limit voting-cost=323000000000 if you need more");
        }

        @Test
        void the_facade_refuses_it_with_the_same_message() {
            Coalition coalition = CoalitionDocument.parse(Samples.json(vote()).getBytes(StandardCharsets.UTF_8)).coalition();

            try {
                Advisors.defaultAdvisor().votingPower(coalition, 19_000);
                org.assertj.core.api.Assertions.fail("refused expected");
            } catch (InvalidCoalitionException e) {
                assertThat(e.violations()).singleElement().hasToString("voting.quota: " + PROBLEM);
            }
            ObjectNode heavy = vote();
            heavy.get("members").forEach(m -> ((ObjectNode) m).put("votingWeight", 1_000));
            Coalition few = CoalitionDocument.parse(Samples.json(heavy).getBytes(StandardCharsets.UTF_8)).coalition();
            try (CoalitionAdvisor generous = CoalitionAdvisor.builder().maxVotingCost(100_000_000_000L).build()) {
                assertThat(generous.votingPower(few, 5_000).power().banzhaf()).hasSize(1_000);
            }
            try {
                Advisors.defaultAdvisor().votingPower(few, 5_000);
                org.assertj.core.api.Assertions.fail("refused expected");
            } catch (InvalidCoalitionException e) {
                assertThat(e.violations()).singleElement().asString().contains("costs 85,000,000,000");
            }
        }
    }

    @Nested
    class Encodings {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"UTF-16|UTF-16 (big-endian)", "UTF-16LE|UTF-16 (little-endian)",
            "UTF-16BE|UTF-16 (big-endian)", "UTF-32|UTF-32 (big-endian)", "UTF-32LE|UTF-32 (little-endian)"})
        void a_document_in_another_encoding_is_refused(String charset, String named) {
            byte[] bytes = Samples.CYBERSECURITY.text().getBytes(Charset.forName(charset));

            assertRejected(Cli.runWithInput(bytes, "evaluate", "-"),
                    "line 1, column 1: the document is " + named + "; coalition reads UTF-8 only: save it as UTF-8");
        }

        @Test
        void utf32_starting_with_a_nul_character_is_refused_as_utf32_not_with_a_decoding_error() {
            byte[] bytes = ("\u0000" + Samples.CYBERSECURITY.text()).getBytes(Charset.forName("UTF-32"));

            assertRejected(Cli.runWithInput(bytes, "evaluate", "-"),
                    "line 1, column 1: the document is UTF-32 (big-endian); coalition reads UTF-8 only: save it as UTF-8");
        }

        @Test
        void utf8_with_a_byte_order_mark_is_read() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            bytes.writeBytes(Samples.CYBERSECURITY.bytes());

            Cli.Result withMark = Cli.runWithInput(bytes.toByteArray(), "evaluate", "-");

            assertThat(withMark.exitCode()).isZero();
            assertThat(withMark.out()).isEqualTo(Cli.evaluate(Samples.CYBERSECURITY.text()).out());
        }

        @Test
        void malformed_utf8_is_refused_where_it_is() {
            byte[] bytes = "{\"name\": \"Cy\u00ffber\"}".getBytes(StandardCharsets.ISO_8859_1);

            Cli.Result result = Cli.runWithInput(bytes, "evaluate", "-");

            Rejections.assertCleanRejection(result);
            assertThat(result.errLines()).singleElement().asString().matches("line 1, column 1[34]: Invalid UTF-8.*");
        }
    }

    @Nested
    class Dates {

        @Test
        void a_conflict_opened_before_the_coalition_was_formed_is_refused() {
            ObjectNode doc = Samples.CONFLICT_IP_RIGHTS.tree();
            ObjectNode conflict = (ObjectNode) doc.get("conflicts").get(0);
            conflict.put("openedOn", "2020-01-01");
            conflict.putArray("history");

            assertRejected(Cli.evaluate(doc), "conflicts[0].openedOn: 2020-01-01 is before the coalition was formed (formedOn "
                    + "2021-06-01); a conflict between its members opens on or after that date");
        }
    }

    @Nested
    class Errors {

        @Test
        void an_error_inside_the_command_is_one_line_and_exit_1() {
            InputStream exhausted = new InputStream() {
                @Override
                public int read() {
                    throw new OutOfMemoryError("Java heap space");
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    throw new OutOfMemoryError("Java heap space");
                }
            };
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int code = CoalitionCommand.run(exhausted, new PrintWriter(out), new PrintWriter(err), "evaluate", "-");

            assertThat(code).isEqualTo(1);
            assertThat(out.toString()).isEmpty();
            assertThat(err.toString()).isEqualTo("internal error: OutOfMemoryError: Java heap space (run with --debug for details)\n");
        }

        @Test
        void a_stack_overflow_is_reported_by_name() {
            StringWriter err = new StringWriter();

            int code = ErrorReporter.internalError(new PrintWriter(err), new StackOverflowError(), false);

            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).isEqualTo("internal error: StackOverflowError (run with --debug for details)\n");
        }
    }
}
