package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.VotingAdvice;
import dev.coalition.value.Fraction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code coalition evaluate} with {@code "principles"}, {@code "distribution"} and {@code "voting"}:
 * the same figures as the Java facade, in the documented shape, deterministic.
 */
class ValueEvaluationTest {

    /** Three members with weights 50, 49 and 1: the [51; 50, 49, 1] game. */
    private static final String THREE = """
            {
              "name": "Three members",
              "formedOn": "2024-01-15",
              "members": [
                {"id": "a", "name": "A", "category": "x", "votingWeight": 50, "trusts": ["b"]},
                {"id": "b", "name": "B", "category": "y", "votingWeight": 49, "trusts": []},
                {"id": "c", "name": "C", "category": "x", "votingWeight": 1, "trusts": ["a"]}
              ],
              "context": {"decisionUrgency": 0.5, "strategicStability": 0.5, "goalConsensus": 0.5, "networkCompetencyNeed": 0.5}
            }
            """;

    private static ObjectNode three() {
        try {
            return (ObjectNode) Samples.MAPPER.readTree(THREE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode evaluateOk(Samples sample) {
        return Cli.answer(sample.tree());
    }

    private static ObjectNode object(String json) {
        try {
            return (ObjectNode) Samples.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> fractions(Map<String, Fraction> fractions) {
        Map<String, String> texts = new LinkedHashMap<>();
        fractions.forEach((id, f) -> texts.put(id, f.toString()));
        return texts;
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    // ---------------------------------------------------------------- agreement with the Java facade

    @ParameterizedTest
    @EnumSource(value = Samples.class, names = {"TECHNOLOGY_DISTRIBUTION", "HEALTH_DATA_SHAPLEY"})
    void a_sample_distribution_has_the_figures_of_the_java_facade(Samples sample) {
        CoalitionAdvisor advisor = Advisors.defaultAdvisor();
        Coalition coalition = sample.javaTwin();
        DistributionAdvice expected = advisor.distribute(coalition, sample.distribution());

        JsonNode distribution = evaluateOk(sample).get("distribution");

        assertThat(distribution.get("policy").asText()).isEqualTo(expected.policy());
        Map<String, String> shares = new LinkedHashMap<>();
        expected.allocation().paidOut().keySet().forEach(id -> shares.put(id, expected.allocation().formatted(id)));
        assertThat(Cli.texts(distribution.get("shares"))).containsExactlyEntriesOf(shares);
        Map<String, String> exact = new LinkedHashMap<>();
        expected.allocation().exactShares()
                .forEach((id, f) -> exact.put(id, expected.allocation().amount().inMajorUnits(f).toString()));
        assertThat(Cli.texts(distribution.get("exactShares"))).containsExactlyEntriesOf(exact);
        assertThat(distribution.get("guarantee").asText()).isEqualTo(expected.allocation().guarantee().name());
        assertThat(distribution.get("findings")).hasSameSizeAs(expected.findings());
        assertThat(distribution.get("explanation")).hasSameSizeAs(expected.explanation());
        for (int i = 0; i < expected.explanation().size(); i++) {
            assertThat(distribution.get("explanation").get(i).get("reason").asText())
                    .isEqualTo(expected.explanation().get(i).reason());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Samples.class, names = {"TECHNOLOGY_DISTRIBUTION", "HEALTH_DATA_SHAPLEY"})
    void a_sample_voting_power_has_the_figures_of_the_java_facade(Samples sample) {
        VotingAdvice expected = Advisors.defaultAdvisor().votingPower(sample.javaTwin(), sample.voting().quota());

        JsonNode power = evaluateOk(sample).get("votingPower");

        assertThat(Cli.texts(power.get("banzhaf"))).containsExactlyEntriesOf(fractions(expected.power().banzhaf()));
        assertThat(Cli.texts(power.get("banzhafRaw"))).containsExactlyEntriesOf(fractions(expected.power().banzhafRaw()));
        assertThat(Cli.texts(power.get("shapleyShubik"))).containsExactlyEntriesOf(fractions(expected.power().shapleyShubik()));
        expected.power().banzhaf().forEach((id, f) -> assertThat(power.at("/banzhafDecimal/" + id).decimalValue())
                .isEqualByComparingTo(f.toBigDecimal(4)));
        expected.power().shapleyShubik().forEach((id, f) -> assertThat(power.at("/shapleyShubikDecimal/" + id).decimalValue())
                .isEqualByComparingTo(f.toBigDecimal(4)));
        assertThat(power.get("vetoPlayers")).extracting(JsonNode::asText).containsExactlyElementsOf(expected.power().vetoPlayers());
        assertThat(power.get("nullPlayers")).extracting(JsonNode::asText).containsExactlyElementsOf(expected.power().nullPlayers());
        assertThat(power.get("findings")).extracting(f -> f.get("id").asText())
                .containsExactlyElementsOf(expected.findings().stream().map(f -> f.id()).toList());
    }

    @Test
    void the_technology_revenue_is_shared_in_proportion_to_contributions() {
        JsonNode distribution = evaluateOk(Samples.TECHNOLOGY_DISTRIBUTION).get("distribution");

        assertThat(distribution.get("policy").asText()).isEqualTo("PROPORTIONAL");
        assertThat(Cli.texts(distribution.get("shares"))).containsExactly(entry("cloudco", "400.00"), entry("chipworks", "250.00"),
                entry("devhouse", "200.00"), entry("startup", "150.00"));
        assertThat(Cli.texts(distribution.get("exactShares"))).containsExactly(entry("cloudco", "400"),
                entry("chipworks", "250"), entry("devhouse", "200"), entry("startup", "150"));
    }

    @Test
    void the_shapley_sample_pays_each_member_its_shapley_value_to_the_cent() {
        JsonNode distribution = evaluateOk(Samples.HEALTH_DATA_SHAPLEY).get("distribution");

        assertThat(distribution.get("policy").asText()).isEqualTo("SHAPLEY");
        assertThat(distribution.get("guarantee").asText()).isEqualTo("EXACT");
        assertThat(distribution.has("approximation")).isFalse();
        // phi = (65, 35, 20) of v(N) = 120; 1000.00 EUR x phi / 120
        assertThat(Cli.texts(distribution.get("exactShares"))).containsExactly(entry("hospital", "1625/3"),
                entry("insurer", "875/3"), entry("startup", "500/3"));
        assertThat(Cli.texts(distribution.get("shares"))).containsExactly(entry("hospital", "541.67"), entry("insurer", "291.67"),
                entry("startup", "166.66"));
    }

    @Test
    void the_51_50_49_1_game_gives_the_textbook_indices() {
        ObjectNode doc = three();
        doc.set("voting", object("{\"quota\": 51}"));

        JsonNode power = Cli.answer(doc).get("votingPower");

        assertThat(keys(power)).containsExactly("banzhaf", "banzhafRaw", "shapleyShubik", "banzhafDecimal",
                "shapleyShubikDecimal", "vetoPlayers", "nullPlayers", "findings", "explanation");
        assertThat(Cli.texts(power.get("banzhaf"))).containsExactly(entry("a", "3/5"), entry("b", "1/5"), entry("c", "1/5"));
        assertThat(Cli.texts(power.get("banzhafRaw"))).containsExactly(entry("a", "3/4"), entry("b", "1/4"), entry("c", "1/4"));
        assertThat(Cli.texts(power.get("shapleyShubik"))).containsExactly(entry("a", "2/3"), entry("b", "1/6"), entry("c", "1/6"));
        assertThat(power.at("/banzhafDecimal/a").isNumber()).isTrue();
        assertThat(power.at("/banzhafDecimal/a").decimalValue()).isEqualByComparingTo("0.6");
        assertThat(power.at("/banzhafDecimal/c").decimalValue()).isEqualByComparingTo("0.2");
        assertThat(power.at("/shapleyShubikDecimal/a").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(power.at("/shapleyShubikDecimal/b").decimalValue()).isEqualByComparingTo("0.1667");
        assertThat(power.get("vetoPlayers")).extracting(JsonNode::asText).containsExactly("a");
        assertThat(power.get("nullPlayers")).isEmpty();
    }

    @Test
    void given_weights_replace_the_members_voting_weights() {
        ObjectNode doc = three();
        doc.set("voting", object("{\"quota\": 3, \"weights\": {\"c\": 1, \"b\": 1, \"a\": 1}}"));

        JsonNode power = Cli.answer(doc).get("votingPower");

        assertThat(Cli.texts(power.get("banzhaf"))).containsExactly(entry("a", "1/3"), entry("b", "1/3"), entry("c", "1/3"));
        assertThat(power.get("vetoPlayers")).extracting(JsonNode::asText).containsExactly("a", "b", "c");
    }

    @Test
    void a_member_with_weight_but_no_power_is_a_null_player_with_a_finding() {
        ObjectNode doc = three();
        doc.set("voting", object("{\"quota\": 4, \"weights\": {\"a\": 2, \"b\": 2, \"c\": 1}}"));

        JsonNode power = Cli.answer(doc).get("votingPower");

        assertThat(power.get("nullPlayers")).extracting(JsonNode::asText).containsExactly("c");
        assertThat(Cli.texts(power.get("shapleyShubik"))).containsExactly(entry("a", "1/2"), entry("b", "1/2"), entry("c", "0"));
        assertThat(power.get("findings")).extracting(f -> f.get("id").asText()).contains("NULL_PLAYER");
    }

    // ---------------------------------------------------------------- amounts and numbers

    @Test
    void credits_are_shared_as_whole_credits() {
        ObjectNode doc = three();
        doc.set("distribution", object("{\"amount\": \"100\", \"currency\": \"CREDITS\", \"policy\": \"EQUAL\"}"));

        JsonNode distribution = Cli.answer(doc).get("distribution");

        assertThat(Cli.texts(distribution.get("shares"))).containsExactly(entry("a", "34"), entry("b", "33"), entry("c", "33"));
        assertThat(Cli.texts(distribution.get("exactShares"))).containsExactly(entry("a", "100/3"), entry("b", "100/3"),
                entry("c", "100/3"));
    }

    @Test
    void a_currency_without_decimals_pays_whole_units() {
        ObjectNode doc = three();
        doc.set("distribution", object("{\"amount\": \"1000\", \"currency\": \"JPY\", \"policy\": \"EQUAL\"}"));

        JsonNode distribution = Cli.answer(doc).get("distribution");

        assertThat(Cli.texts(distribution.get("shares"))).containsExactly(entry("a", "334"), entry("b", "333"), entry("c", "333"));
    }

    @Test
    void exact_shares_are_in_the_major_unit() {
        ObjectNode doc = three();
        doc.set("distribution", object("{\"amount\": \"0.10\", \"currency\": \"EUR\", \"policy\": \"EQUAL\"}"));

        JsonNode distribution = Cli.answer(doc).get("distribution");

        assertThat(Cli.texts(distribution.get("exactShares"))).containsEntry("a", "1/30");
        assertThat(Cli.texts(distribution.get("shares"))).containsExactly(entry("a", "0.04"), entry("b", "0.03"), entry("c", "0.03"));
    }

    @Test
    void decimal_contributions_are_read_exactly() {
        ObjectNode doc = three();
        doc.set("distribution", object("""
                {"amount": "3.00", "currency": "EUR", "policy": "PROPORTIONAL",
                 "contributions": {"a": 0.1, "b": 0.2, "c": 0}}
                """));

        JsonNode distribution = Cli.answer(doc).get("distribution");

        // 0.1 and 0.2 as doubles would not give exactly 1 and 2; whole numbers are written as integers
        assertThat(Cli.texts(distribution.get("exactShares"))).containsExactly(entry("a", "1"), entry("b", "2"), entry("c", "0"));
        assertThat(Cli.texts(distribution.get("shares"))).containsExactly(entry("a", "1.00"), entry("b", "2.00"), entry("c", "0.00"));
    }

    @Test
    void need_weighted_shares_follow_contributions_and_needs() {
        ObjectNode doc = three();
        doc.set("principles", Samples.MAPPER.createArrayNode().add("NEED"));
        doc.set("distribution", object("""
                {"amount": "900.00", "currency": "EUR", "contributions": {"a": 1, "b": 1, "c": 1},
                 "needs": {"a": 0, "b": 0, "c": 3}, "needWeight": 0.5}
                """));

        JsonNode distribution = Cli.answer(doc).get("distribution");

        assertThat(distribution.get("policy").asText()).isEqualTo("NEED_WEIGHTED");
        assertThat(Cli.texts(distribution.get("shares"))).containsExactly(entry("a", "150.00"), entry("b", "150.00"),
                entry("c", "600.00"));
    }

    @Test
    void the_policy_named_wins_over_the_principles() {
        ObjectNode doc = three();
        doc.set("principles", Samples.MAPPER.createArrayNode().add("PROPORTIONALITY"));
        doc.set("distribution", object("""
                {"amount": "30.00", "currency": "EUR", "policy": "EQUAL", "contributions": {"a": 3, "b": 2, "c": 1}}
                """));

        JsonNode distribution = Cli.answer(doc).get("distribution");

        assertThat(distribution.get("policy").asText()).isEqualTo("EQUAL");
        assertThat(Cli.texts(distribution.get("shares"))).containsExactly(entry("a", "10.00"), entry("b", "10.00"), entry("c", "10.00"));
    }

    @Test
    void a_distribution_has_the_documented_keys_in_order() {
        ObjectNode doc = three();
        doc.set("distribution", object("{\"amount\": \"10.00\", \"currency\": \"EUR\"}"));

        JsonNode root = Cli.answer(doc);

        assertThat(keys(root)).containsExactly("schemaVersion", "provenance", "governance", "distribution");
        assertThat(keys(root.get("distribution")))
                .containsExactly("policy", "shares", "exactShares", "guarantee", "findings", "explanation");
        assertThat(root.at("/distribution/policy").asText()).isEqualTo("EQUAL");
        for (JsonNode step : root.at("/distribution/explanation")) {
            assertThat(keys(step)).containsExactly("rule", "reason", "inputs");
        }
    }

    @Test
    void only_a_voting_section_gives_only_voting_power() {
        ObjectNode doc = three();
        doc.set("voting", object("{\"quota\": 51}"));

        assertThat(keys(Cli.answer(doc))).containsExactly("schemaVersion", "provenance", "governance", "votingPower");
    }

    // ---------------------------------------------------------------- sampled Shapley values

    private static ObjectNode sampledGame(String sampling) {
        ObjectNode doc = three();
        doc.set("distribution", object("""
                {"amount": "1000.00", "currency": "EUR", "policy": "SHAPLEY",
                 "game": {"players": ["a", "b", "c"],
                          "values": {"a": 40, "b": 20, "c": 0, "a,b": 80, "a,c": 70, "b,c": 30, "a,b,c": 120}},
                 "sampling": %s}
                """.formatted(sampling)));
        return doc;
    }

    @Test
    void a_game_beyond_the_exact_limit_is_sampled_and_labelled_approximate() {
        ObjectNode doc = sampledGame("{\"epsilon\": 12, \"delta\": 0.05, \"seed\": 42}");

        JsonNode distribution = Cli.answer(doc, "--set", "value.exactShapleyMaxPlayers=2").get("distribution");

        assertThat(keys(distribution)).containsExactly("policy", "shares", "exactShares", "guarantee", "approximation",
                "stability", "findings", "explanation");
        assertThat(distribution.get("guarantee").asText()).isEqualTo("APPROXIMATE");
        JsonNode approximation = distribution.get("approximation");
        assertThat(keys(approximation)).containsExactly("epsilon", "delta", "permutations", "seed", "range");
        assertThat(approximation.get("epsilon").decimalValue()).isEqualByComparingTo("12");
        assertThat(approximation.get("delta").decimalValue()).isEqualByComparingTo("0.05");
        // m = ceil(120^2 ln(2*3/0.05) / (2*12^2)) = ceil(50 ln 120)
        assertThat(approximation.get("permutations").asLong()).isEqualTo((long) Math.ceil(50 * Math.log(120)));
        assertThat(approximation.get("seed").asLong()).isEqualTo(42);
        assertThat(approximation.get("range").asText()).isEqualTo("120");
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode share : distribution.get("shares")) {
            total = total.add(new BigDecimal(share.asText()));
        }
        assertThat(total).isEqualByComparingTo("1000.00");
    }

    @Test
    void the_same_seed_gives_the_same_bytes() {
        String doc = Samples.json(sampledGame("{\"epsilon\": 12, \"delta\": 0.05, \"seed\": 7}"));

        Cli.Result first = Cli.evaluate(doc, "--set", "value.exactShapleyMaxPlayers=2");
        Cli.Result second = Cli.evaluate(doc, "--set", "value.exactShapleyMaxPlayers=2");

        assertThat(first.exitCode()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void a_game_within_the_exact_limit_ignores_its_sampling() {
        JsonNode distribution = Cli.answer(sampledGame("{\"epsilon\": 12, \"delta\": 0.05, \"seed\": 42}")).get("distribution");

        assertThat(distribution.get("guarantee").asText()).isEqualTo("EXACT");
        assertThat(Cli.texts(distribution.get("exactShares"))).containsExactly(entry("a", "1625/3"), entry("b", "875/3"),
                entry("c", "500/3"));
    }

    @Test
    void a_game_table_may_name_its_coalitions_in_any_order() {
        ObjectNode doc = three();
        doc.set("distribution", object("""
                {"amount": "1000.00", "currency": "EUR", "policy": "SHAPLEY",
                 "game": {"players": ["c", "a", "b"],
                          "values": {"c,b,a": 120, "b, a": 80, "a": 40, "c,a": 70, "b": 20, "c,b": 30, "c": 0}}}
                """));

        JsonNode distribution = Cli.answer(doc).get("distribution");

        assertThat(Cli.texts(distribution.get("exactShares"))).containsExactly(entry("a", "1625/3"), entry("b", "875/3"),
                entry("c", "500/3"));
    }

    // ---------------------------------------------------------------- determinism and failures

    @ParameterizedTest
    @EnumSource(value = Samples.class, names = {"TECHNOLOGY_DISTRIBUTION", "HEALTH_DATA_SHAPLEY"})
    void the_same_document_gives_the_same_bytes(Samples sample) {
        Cli.Result first = Cli.evaluate(sample.text());
        Cli.Result second = Cli.evaluate(sample.text());

        assertThat(first.exitCode()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void a_value_policy_that_fails_is_an_internal_error_of_one_line(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("boom.drl"), """
                package dev.coalition.policies.extra;

                import dev.coalition.rules.value.DistributionAsked;

                rule "A value rule that fails"
                    @id("extra.value-boom")
                when
                    DistributionAsked()
                then
                    throw new IllegalStateException("boom");
                end
                """);

        Cli.Result result = Cli.evaluate(Samples.TECHNOLOGY_DISTRIBUTION.text(), "--policy", dir.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString().startsWith("the policy failed: ")
                .endsWith("(run with --debug for details)");
    }
}
