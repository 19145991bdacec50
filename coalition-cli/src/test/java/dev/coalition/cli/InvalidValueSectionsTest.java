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

/**
 * One test per validation rule of the {@code "principles"}, {@code "distribution"} and
 * {@code "voting"} sections: each invalid document is rejected with exit code 2 and exactly the
 * expected {@code PATH: MESSAGE} lines on stderr, in document order, nothing else. The rules the
 * document alone shows are the command's; those that depend on the policy or on the members
 * (a policy that does not exist, a figure missing for a member, a quota above the total weight)
 * are the facade's, reported the same way.
 */
class InvalidValueSectionsTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A valid document with every value section; total voting weight 3. */
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
              "context": {"decisionUrgency": 0.5, "strategicStability": 0.5, "goalConsensus": 0.5, "networkCompetencyNeed": 0.5},
              "principles": ["PROPORTIONALITY"],
              "distribution": {
                "amount": "1000.00",
                "currency": "EUR",
                "contributions": {"a": 3, "b": 2, "c": 1}
              },
              "voting": {"quota": 2}
            }
            """;

    private static final String GAME = """
            {"players": ["a", "b", "c"],
             "values": {"a": 1, "b": 2, "c": 0, "a,b": 4, "a,c": 1, "b,c": 2, "a,b,c": 6}}
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

    private static ObjectNode distribution(ObjectNode doc) {
        return (ObjectNode) doc.get("distribution");
    }

    private static ObjectNode voting(ObjectNode doc) {
        return (ObjectNode) doc.get("voting");
    }

    private static ObjectNode contributions(ObjectNode doc) {
        return (ObjectNode) distribution(doc).get("contributions");
    }

    private static ObjectNode withGame(ObjectNode doc) {
        distribution(doc).set("game", parse(GAME));
        return (ObjectNode) distribution(doc).get("game");
    }

    private static ObjectNode values(ObjectNode game) {
        return (ObjectNode) game.get("values");
    }

    private static ObjectNode sampling(ObjectNode doc) {
        ObjectNode sampling = parse("{\"epsilon\": 0.5, \"delta\": 0.05, \"seed\": 1}");
        distribution(doc).set("sampling", sampling);
        return sampling;
    }


    @Test
    void the_valid_base_document_is_accepted() {
        Cli.Result result = Cli.evaluate(VALID);

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
    }

    @Nested
    class Principles {

        @Test
        void a_principle_is_one_of_the_four() {
            ObjectNode doc = valid();
            ((ArrayNode) doc.get("principles")).add("FAIRNESS");

            assertRejected(evaluate(doc), "principles[1]: \"FAIRNESS\" is not a principle; use one of NEED, RECOGNITION_OF_ALL_VALUE_TYPES, "
                    + "PROPORTIONALITY, EQUALITY");
        }

        @Test
        void a_principle_is_stated_once() {
            ObjectNode doc = valid();
            ((ArrayNode) doc.get("principles")).add("EQUALITY").add("PROPORTIONALITY");

            assertRejected(evaluate(doc), "principles[2]: \"PROPORTIONALITY\" is repeated; state each principle once");
        }

        @Test
        void principles_are_an_array_of_strings() {
            ObjectNode doc = valid();
            doc.put("principles", "PROPORTIONALITY");

            assertRejected(evaluate(doc), "principles: must be an array of principles, e.g. [\"PROPORTIONALITY\"], not a string");
        }

        @Test
        void a_principle_is_a_string() {
            ObjectNode doc = valid();
            ((ArrayNode) doc.get("principles")).add(3);

            assertRejected(evaluate(doc), "principles[1]: must be a string (a principle), not a number");
        }
    }

    @Nested
    class Amount {

        @Test
        void the_amount_is_required() {
            ObjectNode doc = valid();
            distribution(doc).remove("amount");

            assertRejected(evaluate(doc),
                    "distribution.amount: is required: give the amount to distribute as a decimal string, e.g. \"1000.00\"");
        }

        @Test
        void the_currency_is_required() {
            ObjectNode doc = valid();
            distribution(doc).remove("currency");

            assertRejected(evaluate(doc),
                    "distribution.currency: is required: give an ISO 4217 currency code such as EUR, or CREDITS for whole credits");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"EURO", "eur", "''", "CREDIT"})
        void the_currency_is_an_iso_4217_code_or_credits(String currency) {
            ObjectNode doc = valid();
            distribution(doc).put("currency", currency);

            assertRejected(evaluate(doc), "distribution.currency: \"" + currency
                    + "\" is not an ISO 4217 currency code such as EUR, nor CREDITS for whole credits");
        }

        @Test
        void the_currency_has_a_minor_unit() {
            ObjectNode doc = valid();
            distribution(doc).put("currency", "XAU");

            assertRejected(evaluate(doc),
                    "distribution.currency: \"XAU\" has no fixed minor unit; use a currency such as EUR, USD or JPY");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"10.005|EUR|2", "10.5|JPY|0", "1.0001|BHD|3"})
        void the_amount_has_no_more_decimals_than_the_currency(String amount, String currency, int digits) {
            ObjectNode doc = valid();
            distribution(doc).put("amount", amount).put("currency", currency);

            assertRejected(evaluate(doc), "distribution.amount: \"" + amount + "\" has more decimals than " + currency
                    + " allows (" + digits + ")");
        }

        @Test
        void trailing_zeros_beyond_the_currency_digits_are_fine() {
            ObjectNode doc = valid();
            distribution(doc).put("amount", "1000.000");

            assertThat(evaluate(doc).exitCode()).isZero();
        }

        @Test
        void credits_are_whole() {
            ObjectNode doc = valid();
            distribution(doc).put("amount", "10.5").put("currency", "CREDITS");

            assertRejected(evaluate(doc), "distribution.amount: \"10.5\" is not a whole number of credits");
        }

        @Test
        void the_amount_is_a_string() {
            ObjectNode doc = valid();
            distribution(doc).put("amount", 1000);

            assertRejected(evaluate(doc), "distribution.amount: must be a string, not a number");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"1e3", "1,000.00", "' 10.00'", ".5", "ten", "''"})
        void the_amount_is_a_plain_decimal(String amount) {
            ObjectNode doc = valid();
            distribution(doc).put("amount", amount);

            assertRejected(evaluate(doc),
                    "distribution.amount: \"" + amount + "\" is not a decimal amount; write it like \"1000.00\"");
        }

        @Test
        void the_amount_is_not_negative() {
            ObjectNode doc = valid();
            distribution(doc).put("amount", "-5.00");

            assertRejected(evaluate(doc), "distribution.amount: \"-5.00\" is negative; distribute an amount >= 0");
        }

        @Test
        void the_amount_fits_in_minor_units() {
            ObjectNode doc = valid();
            distribution(doc).put("amount", "99999999999999999999.00");

            assertRejected(evaluate(doc), "distribution.amount: \"99999999999999999999.00\" is too large");
        }
    }

    @Nested
    class Policy {

        @Test
        void the_policy_is_an_allocation_policy() {
            ObjectNode doc = valid();
            distribution(doc).put("policy", "FAIR");

            assertRejected(evaluate(doc), "distribution.policy: \"FAIR\" is not an allocation policy; use one of "
                    + "[EQUAL, PROPORTIONAL, NEED_WEIGHTED, SHAPLEY, NUCLEOLUS]");
        }

        @Test
        void the_policy_is_a_string() {
            ObjectNode doc = valid();
            distribution(doc).put("policy", 1);

            assertRejected(evaluate(doc), "distribution.policy: must be a string, not a number");
        }

        @Test
        void an_unknown_field_of_the_distribution_is_refused_with_a_suggestion() {
            ObjectNode doc = valid();
            distribution(doc).put("polcy", "EQUAL");

            assertRejected(evaluate(doc), "distribution.polcy: unknown field (did you mean \"policy\"?); allowed fields here are "
                    + "amount, currency, policy, contributions, needs, needWeight, game, sampling");
        }

        @Test
        void the_distribution_is_an_object() {
            ObjectNode doc = valid();
            doc.put("distribution", "1000 EUR");

            assertRejected(evaluate(doc), "distribution: must be an object with amount, currency, policy, contributions, needs, "
                    + "needWeight, game, sampling, not a string");
        }
    }

    @Nested
    class Contributions {

        @Test
        void a_contribution_is_not_negative() {
            ObjectNode doc = valid();
            contributions(doc).put("b", -2);

            assertRejected(evaluate(doc), "distribution.contributions.b: -2 is negative");
        }

        @Test
        void a_need_is_not_negative() {
            ObjectNode doc = valid();
            distribution(doc).set("needs", parse("{\"a\": 1, \"b\": -0.5, \"c\": 0}"));

            assertRejected(evaluate(doc), "distribution.needs.b: -0.5 is negative");
        }

        @Test
        void a_contribution_is_for_a_member() {
            ObjectNode doc = valid();
            contributions(doc).put("x", 1);

            assertRejected(evaluate(doc), "distribution.contributions.x: unknown member \"x\"");
        }

        @Test
        void a_contribution_is_a_number() {
            ObjectNode doc = valid();
            contributions(doc).put("a", "3");

            assertRejected(evaluate(doc), "distribution.contributions.a: must be a number >= 0, not a string");
        }

        @Test
        void contributions_are_an_object() {
            ObjectNode doc = valid();
            distribution(doc).set("contributions", NODES.arrayNode().add(3).add(2).add(1));

            assertRejected(evaluate(doc), "distribution.contributions: must be an object of numbers by member id, e.g. {\"a\": 40}, "
                    + "not an array");
        }

        @Test
        void a_contribution_has_at_most_30_digits_before_the_point() {
            String text = VALID.replace("\"a\": 3, \"b\": 2", "\"a\": 3, \"b\": 1e400");

            assertRejected(Cli.evaluate(text),
                    "distribution.contributions.b: 1e400 is too large; give at most 30 digits before the decimal point");
        }

        @Test
        void a_contribution_has_at_most_20_decimals() {
            String text = VALID.replace("\"a\": 3, \"b\": 2", "\"a\": 3, \"b\": 1e-400");

            assertRejected(Cli.evaluate(text), "distribution.contributions.b: 1e-400 has too many decimals; give at most 20");
        }

        @Test
        void proportional_shares_need_a_contribution_for_every_member() {
            ObjectNode doc = valid();
            distribution(doc).put("policy", "PROPORTIONAL");
            contributions(doc).remove("c");

            assertRejected(evaluate(doc), "distribution.contributions.c: is missing: give a number >= 0 for every member");
        }

        @Test
        void proportional_shares_need_a_positive_contribution() {
            ObjectNode doc = valid();
            distribution(doc).put("policy", "PROPORTIONAL");
            distribution(doc).set("contributions", parse("{\"a\": 0, \"b\": 0, \"c\": 0}"));

            assertRejected(evaluate(doc),
                    "distribution.contributions: are all zero; PROPORTIONAL needs at least one positive contribution");
        }

        @Test
        void the_need_weight_is_from_0_to_1() {
            ObjectNode doc = valid();
            distribution(doc).put("needWeight", 1.5);

            assertRejected(evaluate(doc), "distribution.needWeight: 1.5 is outside 0..1");
        }

        @Test
        void need_weighted_shares_need_the_need_weight() {
            ObjectNode doc = valid();
            distribution(doc).put("policy", "NEED_WEIGHTED");
            distribution(doc).set("needs", parse("{\"a\": 1, \"b\": 1, \"c\": 1}"));

            assertRejected(evaluate(doc),
                    "distribution.needWeight: is required for NEED_WEIGHTED: give a number from 0 to 1");
        }

        @Test
        void a_member_id_that_is_not_a_plain_word_is_quoted_in_the_facade_path_too() {
            String text = VALID.replace("\"id\": \"c\"", "\"id\": \"c-3\"").replace("\"c\": 1}", "\"c-3\": 1}");
            ObjectNode doc = parse(text);
            distribution(doc).put("policy", "PROPORTIONAL");
            contributions(doc).remove("c-3");

            assertRejected(evaluate(doc), "distribution.contributions[\"c-3\"]: is missing: give a number >= 0 for every member");
        }
    }

    @Nested
    class Game {

        @Test
        void a_game_table_lists_every_coalition() {
            ObjectNode doc = valid();
            values(withGame(doc)).remove("a,c");

            assertRejected(evaluate(doc), "distribution.game.values: 1 coalition is missing, e.g. \"a,c\"; "
                    + "give the value of every non-empty coalition");
        }

        @Test
        void a_coalition_names_only_players() {
            ObjectNode doc = valid();
            values(withGame(doc)).put("a,x", 3);

            assertRejected(evaluate(doc),
                    "distribution.game.values[\"a,x\"]: unknown player \"x\"; the game's players are a, b, c");
        }

        @Test
        void a_coalition_names_each_player_once() {
            ObjectNode doc = valid();
            values(withGame(doc)).put("a,a", 3);

            assertRejected(evaluate(doc), "distribution.game.values[\"a,a\"]: names player \"a\" twice");
        }

        @Test
        void a_coalition_is_given_once() {
            ObjectNode doc = valid();
            values(withGame(doc)).put("b,a", 4);

            assertRejected(evaluate(doc),
                    "distribution.game.values[\"b,a\"]: is the same coalition as \"a,b\"; give each coalition once");
        }

        @Test
        void a_coalition_names_players_separated_by_commas() {
            ObjectNode doc = valid();
            values(withGame(doc)).put("a,,b", 4);

            assertRejected(evaluate(doc), "distribution.game.values[\"a,,b\"]: \"a,,b\" is not a coalition: "
                    + "name its players separated by commas, e.g. \"a,b\"");
        }

        @Test
        void a_value_is_a_number() {
            ObjectNode doc = valid();
            values(withGame(doc)).put("a,b", "4");

            assertRejected(evaluate(doc), "distribution.game.values[\"a,b\"]: must be a number, not a string");
        }

        @Test
        void the_players_are_members() {
            ObjectNode doc = valid();
            ((ArrayNode) withGame(doc).get("players")).add("x");

            assertRejected(evaluate(doc), "distribution.game.players[3]: unknown member \"x\"");
        }

        @Test
        void a_player_is_listed_once() {
            ObjectNode doc = valid();
            ((ArrayNode) withGame(doc).get("players")).add("a");

            assertRejected(evaluate(doc), "distribution.game.players[3]: \"a\" is repeated; list each player once");
        }

        @Test
        void a_game_table_has_at_most_15_players() {
            StringBuilder members = new StringBuilder();
            ArrayNode players = NODES.arrayNode();
            for (int i = 0; i < 16; i++) {
                members.append(i == 0 ? "" : ",").append("{\"id\": \"m").append(i)
                        .append("\", \"name\": \"M\", \"category\": \"x\", \"votingWeight\": 1, \"trusts\": []}");
                players.add("m" + i);
            }
            ObjectNode doc = parse(VALID.replaceFirst("(?s)\"members\": \\[.*?\\],\\s*\"context\"",
                    "\"members\": [" + members + "], \"context\""));
            doc.remove("voting");
            distribution(doc).remove("contributions");
            ObjectNode game = NODES.objectNode();
            game.set("players", players);
            game.set("values", NODES.objectNode().put("m0", 1));
            distribution(doc).set("game", game);

            assertRejected(evaluate(doc), "distribution.game.players: has 16 players; a game table holds at most 15");
        }

        @Test
        void a_game_has_players_and_values() {
            ObjectNode doc = valid();
            distribution(doc).set("game", NODES.objectNode());

            assertRejected(evaluate(doc),
                    "distribution.game.players: is required: list the game's players, the members",
                    "distribution.game.values: is required: give the value of every non-empty coalition of the players, "
                            + "e.g. {\"a\": 10, \"b\": 20, \"a,b\": 40}");
        }

        @Test
        void an_unknown_field_of_the_game_is_refused() {
            ObjectNode doc = valid();
            withGame(doc).put("value", 1);

            assertRejected(evaluate(doc),
                    "distribution.game.value: unknown field (did you mean \"values\"?); allowed fields here are players, values");
        }

        @Test
        void shapley_shares_need_a_game() {
            ObjectNode doc = valid();
            distribution(doc).put("policy", "SHAPLEY");

            assertRejected(evaluate(doc), "distribution.game: is required for SHAPLEY: give the value of every coalition");
        }

        @Test
        void shapley_shares_need_a_game_of_exactly_the_members() {
            ObjectNode doc = valid();
            distribution(doc).put("policy", "SHAPLEY");
            ObjectNode game = parse("{\"players\": [\"a\", \"b\"], \"values\": {\"a\": 1, \"b\": 1, \"a,b\": 3}}");
            distribution(doc).set("game", game);

            assertRejected(evaluate(doc), "distribution.game.players: must be exactly the members [a, b, c], not [a, b]");
        }

        @Test
        void a_game_whose_grand_coalition_is_worth_nothing_cannot_share_an_amount() {
            ObjectNode doc = valid();
            distribution(doc).put("policy", "SHAPLEY");
            ObjectNode values = values(withGame(doc));
            for (String key : new String[] {"a", "b", "c", "a,b", "a,c", "b,c", "a,b,c"}) {
                values.put(key, 0);
            }

            assertRejected(evaluate(doc), "distribution.game: v(N), the value of all 3 players together, is 0; SHAPLEY divides "
                    + "the amount in proportion to the players' Shapley values, which add up to v(N), so v(N) must be above 0 "
                    + "(with v(N) < 0 every share would change sign): check the value of the coalition of all players");
        }

        @Test
        void a_game_whose_grand_coalition_is_worth_less_than_nothing_is_refused_whichever_policy_applies() {
            ObjectNode doc = valid();
            values(withGame(doc)).put("a,b,c", -6);

            assertRejected(evaluate(doc), "distribution.game: v(N), the value of all 3 players together, is -6; SHAPLEY divides "
                    + "the amount in proportion to the players' Shapley values, which add up to v(N), so v(N) must be above 0 "
                    + "(with v(N) < 0 every share would change sign): check the value of the coalition of all players");
        }

        @Test
        void a_game_whose_values_give_a_share_beyond_a_payout_is_refused() {
            ObjectNode doc = valid();
            distribution(doc).put("policy", "SHAPLEY");
            values(withGame(doc)).put("c", new java.math.BigDecimal("100000000000000000"));

            Cli.Result result = evaluate(doc);

            Rejections.assertCleanRejection(result);
            assertThat(result.errLines()).first().asString().startsWith("distribution.game: gives \"a\" a share of about -")
                    .endsWith(" EUR, more than a payout can hold (at most 92233720368547758.07 EUR either way): "
                            + "the game's values are out of proportion to v(N) = 6; check them");
        }
    }

    @Nested
    class Sampling {

        @Test
        void epsilon_is_positive() {
            ObjectNode doc = valid();
            sampling(doc).put("epsilon", 0);

            assertRejected(evaluate(doc),
                    "distribution.sampling.epsilon: 0 is not positive; give the largest error wanted, e.g. 0.01");
        }

        @ParameterizedTest
        @CsvSource({"0", "1", "1.5", "-0.1"})
        void delta_is_between_0_and_1(String delta) {
            ObjectNode doc = valid();
            sampling(doc).put("delta", new java.math.BigDecimal(delta));

            assertRejected(evaluate(doc),
                    "distribution.sampling.delta: " + delta + " is outside (0, 1): give a probability such as 0.05");
        }

        @Test
        void the_seed_is_an_integer() {
            ObjectNode doc = valid();
            sampling(doc).put("seed", 1.5);

            assertRejected(evaluate(doc), "distribution.sampling.seed: 1.5 is not an integer; a seed is an integer");
        }

        @Test
        void epsilon_delta_and_seed_are_required() {
            ObjectNode doc = valid();
            distribution(doc).set("sampling", NODES.objectNode());

            assertRejected(evaluate(doc),
                    "distribution.sampling.epsilon: is required: give the largest error wanted, e.g. 0.01",
                    "distribution.sampling.delta: is required: give the chance allowed of missing it, e.g. 0.05",
                    "distribution.sampling.seed: is required: give the seed of the random orderings, an integer");
        }

        @Test
        void the_range_is_positive() {
            ObjectNode doc = valid();
            sampling(doc).put("range", -1);

            assertRejected(evaluate(doc),
                    "distribution.sampling.range: -1 is not positive; give the range of a marginal contribution");
        }

        @Test
        void a_game_beyond_the_exact_limit_needs_sampling() {
            ObjectNode doc = valid();
            distribution(doc).put("policy", "SHAPLEY");
            withGame(doc);

            assertRejected(evaluate(doc, "--set", "value.exactShapleyMaxPlayers=2"), "distribution.sampling: is required: "
                    + "3 players are more than the 2 solved exactly; give epsilon, delta and seed");
        }

        @Test
        void a_sampled_game_that_is_not_monotone_needs_a_range() {
            ObjectNode doc = valid();
            distribution(doc).put("policy", "SHAPLEY");
            values(withGame(doc)).put("a,b", -5);
            sampling(doc);

            Cli.Result result = evaluate(doc, "--set", "value.exactShapleyMaxPlayers=2");

            Rejections.assertCleanRejection(result);
            assertThat(result.errLines()).singleElement().asString().startsWith("distribution.game: ")
                    .contains("is not monotone with v >= 0; give sampling.range");
        }

        @Test
        void an_unknown_field_of_the_sampling_is_refused() {
            ObjectNode doc = valid();
            sampling(doc).put("seeds", 1);

            assertRejected(evaluate(doc), "distribution.sampling.seeds: unknown field (did you mean \"seed\"?); "
                    + "allowed fields here are epsilon, delta, seed, range");
        }
    }

    @Nested
    class Voting {

        @Test
        void the_quota_is_at_most_the_total_weight() {
            ObjectNode doc = valid();
            voting(doc).put("quota", 4);

            assertRejected(evaluate(doc),
                    "voting.quota: 4 is above the total weight 3; no coalition could win: use a quota from 1 to 3");
        }

        @Test
        void given_weights_name_every_member() {
            ObjectNode doc = valid();
            voting(doc).set("weights", parse("{\"a\": 1, \"b\": 1}"));

            assertRejected(evaluate(doc), "voting.weights.c: is missing: given weights replace the members' voting weights, "
                    + "so give one for every member");
        }

        @Test
        void a_weight_is_for_a_member() {
            ObjectNode doc = valid();
            voting(doc).set("weights", parse("{\"a\": 1, \"b\": 1, \"c\": 1, \"x\": 1}"));

            assertRejected(evaluate(doc), "voting.weights.x: unknown member \"x\"");
        }

        @Test
        void a_weight_is_not_negative() {
            ObjectNode doc = valid();
            voting(doc).set("weights", parse("{\"a\": 1, \"b\": -1, \"c\": 1}"));

            assertRejected(evaluate(doc), "voting.weights.b: -1 is negative; a weight is an integer >= 0");
        }

        @Test
        void a_weight_is_an_integer() {
            ObjectNode doc = valid();
            voting(doc).set("weights", parse("{\"a\": 1, \"b\": 1.5, \"c\": 1}"));

            assertRejected(evaluate(doc), "voting.weights.b: 1.5 is not an integer; a weight is an integer >= 0");
        }

        @Test
        void a_weight_fits_an_int() {
            ObjectNode doc = valid();
            voting(doc).set("weights", parse("{\"a\": 1, \"b\": 3000000000, \"c\": 1}"));

            assertRejected(evaluate(doc), "voting.weights.b: 3000000000 is too large; the largest weight is 2147483647");
        }

        @Test
        void the_quota_is_required() {
            ObjectNode doc = valid();
            voting(doc).remove("quota");

            assertRejected(evaluate(doc), "voting.quota: is required: give the weight a decision needs to pass, e.g. 51");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "0|voting.quota: 0 is not positive; the quota must be above 0",
            "-3|voting.quota: -3 is not positive; the quota must be above 0",
            "1.5|voting.quota: 1.5 is not an integer; the quota is a whole number above 0",
            "1e30|voting.quota: 1e30 is too large; the quota is a whole number above 0"
        })
        void the_quota_is_a_whole_number_above_0(String quota, String line) {
            String text = VALID.replace("\"quota\": 2", "\"quota\": " + quota);

            assertRejected(Cli.evaluate(text), line);
        }

        @Test
        void a_quota_too_large_for_the_memory_is_a_problem_not_a_crash() {
            ObjectNode doc = valid();
            voting(doc).put("quota", Integer.MAX_VALUE - 1)
                    .set("weights", parse("{\"a\": 2147483647, \"b\": 2147483647, \"c\": 1}"));

            assertRejected(evaluate(doc), "voting.quota: 2147483646 with 3 players is too large for exact power indices (they "
                    + "count coalitions by weight up to the quota); scale the weights and the quota down, e.g. to percentages");
        }

        @Test
        void the_quota_is_a_number() {
            ObjectNode doc = valid();
            voting(doc).put("quota", "51");

            assertRejected(evaluate(doc), "voting.quota: must be an integer, not a string");
        }

        @Test
        void an_unknown_field_of_the_voting_section_is_refused() {
            ObjectNode doc = valid();
            voting(doc).put("weight", 1);

            assertRejected(evaluate(doc),
                    "voting.weight: unknown field (did you mean \"weights\"?); allowed fields here are quota, weights");
        }

        @Test
        void the_voting_section_is_an_object() {
            ObjectNode doc = valid();
            doc.put("voting", 51);

            assertRejected(evaluate(doc), "voting: must be an object with quota and optionally weights, not a number");
        }

        @Test
        void a_member_id_that_is_not_a_plain_word_is_quoted_in_the_facade_path() {
            ObjectNode doc = parse(VALID.replace("\"id\": \"c\"", "\"id\": \"c-3\"").replace("\"c\": 1}", "\"c-3\": 1}"));
            voting(doc).set("weights", parse("{\"a\": 1, \"b\": 1}"));

            assertRejected(evaluate(doc), "voting.weights[\"c-3\"]: is missing: given weights replace the members' "
                    + "voting weights, so give one for every member");
        }
    }

    @Nested
    class AllProblems {

        @Test
        void every_problem_of_every_section_is_reported_in_document_order() {
            ObjectNode doc = valid();
            ((ObjectNode) doc.get("members").get(1)).put("votingWeight", -1);
            ((ArrayNode) doc.get("principles")).add("FAIRNESS");
            distribution(doc).put("currency", "EURO");
            contributions(doc).put("b", -2);
            voting(doc).put("quota", 0);

            assertRejected(evaluate(doc),
                    "members[1].votingWeight: -1 is negative; a voting weight is an integer >= 0",
                    "principles[1]: \"FAIRNESS\" is not a principle; use one of NEED, RECOGNITION_OF_ALL_VALUE_TYPES, "
                            + "PROPORTIONALITY, EQUALITY",
                    "distribution.currency: \"EURO\" is not an ISO 4217 currency code such as EUR, nor CREDITS for whole credits",
                    "distribution.contributions.b: -2 is negative",
                    "voting.quota: 0 is not positive; the quota must be above 0");
        }

        @Test
        void the_facades_problems_of_one_section_come_with_the_commands_problems_of_another() {
            ObjectNode doc = valid();
            distribution(doc).put("amount", "1.001");
            voting(doc).put("quota", 9);

            assertRejected(evaluate(doc),
                    "distribution.amount: \"1.001\" has more decimals than EUR allows (2)",
                    "voting.quota: 9 is above the total weight 3; no coalition could win: use a quota from 1 to 3");
        }

        @Test
        void the_facades_problems_of_both_sections_are_reported_in_document_order() {
            ObjectNode doc = valid();
            doc.set("voting", doc.remove("voting"));
            doc.set("distribution", doc.remove("distribution"));
            distribution(doc).put("policy", "FAIR");
            voting(doc).put("quota", 9);

            assertRejected(evaluate(doc),
                    "voting.quota: 9 is above the total weight 3; no coalition could win: use a quota from 1 to 3",
                    "distribution.policy: \"FAIR\" is not an allocation policy; use one of "
                            + "[EQUAL, PROPORTIONAL, NEED_WEIGHTED, SHAPLEY, NUCLEOLUS]");
        }

        @Test
        void a_key_given_twice_in_a_value_section_is_refused() {
            String text = VALID.replace("\"quota\": 2", "\"quota\": 2, \"quota\": 3");

            assertRejected(Cli.evaluate(text), "voting.quota: is given twice in the same object; give each field once");
        }
    }
}
