package dev.coalition.cli;

import static dev.coalition.cli.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Games a reviewer would question, as documents: a game worth nothing or less as a whole, a game
 * whose values give shares beyond a payout, negative shares member by member, a dictator, an
 * improper quota, and whole numbers written as integers.
 */
class GameTheoryEvaluationTest {

    /** Two members a and b, each with voting weight 1. */
    private static final String PAIR = """
            {
              "schemaVersion": "1",
              "name": "Pair",
              "formedOn": "2024-01-15",
              "members": [
                {"id": "a", "name": "A", "category": "x", "votingWeight": 1, "trusts": ["b"]},
                {"id": "b", "name": "B", "category": "x", "votingWeight": 1, "trusts": ["a"]}
              ],
              "context": {"decisionUrgency": 0.2, "strategicStability": 0.3, "goalConsensus": 0.9, "networkCompetencyNeed": 0.2}
            }
            """;

    /** Three members a, b and c. */
    private static final String TRIO = """
            {
              "schemaVersion": "1",
              "name": "Trio",
              "formedOn": "2024-01-15",
              "members": [
                {"id": "a", "name": "A", "category": "x", "votingWeight": 1, "trusts": ["b"]},
                {"id": "b", "name": "B", "category": "x", "votingWeight": 1, "trusts": ["a"]},
                {"id": "c", "name": "C", "category": "y", "votingWeight": 1, "trusts": ["a"]}
              ],
              "context": {"decisionUrgency": 0.2, "strategicStability": 0.3, "goalConsensus": 0.9, "networkCompetencyNeed": 0.2}
            }
            """;

    private static ObjectNode object(String json) {
        try {
            return (ObjectNode) Samples.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode pairSharing(String values) {
        ObjectNode doc = object(PAIR);
        doc.set("distribution", object("{\"amount\": \"100.00\", \"currency\": \"EUR\", \"policy\": \"SHAPLEY\", "
                + "\"game\": {\"players\": [\"a\", \"b\"], \"values\": " + values + "}}"));
        return doc;
    }

    private static String vNotAboveZero(String grand) {
        return "distribution.game: v(N), the value of all 2 players together, is " + grand + "; SHAPLEY divides the amount in "
                + "proportion to the players' Shapley values, which add up to v(N), so v(N) must be above 0 (with v(N) < 0 every "
                + "share would change sign): check the value of the coalition of all players";
    }

    @Test
    void aGameWorthLessThanNothingIsRefusedRatherThanMakingItsBestMemberPay() {
        // a raises every coalition it joins; with v(N) = -5 the shares would be a -250.00 EUR, b 350.00 EUR
        assertRejected(Cli.evaluate(pairSharing("{\"a\": 10, \"b\": -20, \"a,b\": -5}")), vNotAboveZero("-5"));
    }

    @Test
    void aGameInWhichBothMembersDestroyValueIsRefusedRatherThanPayingBoth() {
        // Shapley values -5/2 and -7/2 of v(N) = -6: both would be paid, b more
        assertRejected(Cli.evaluate(pairSharing("{\"a\": -1, \"b\": -2, \"a,b\": -6}")), vNotAboveZero("-6"));
    }

    @Test
    void aGameWhoseValuesGiveSharesBeyondAPayoutIsRefusedNamingEachMember() {
        ObjectNode doc = Samples.HEALTH_DATA_SHAPLEY.tree();
        ((ObjectNode) doc.at("/distribution/game/values")).put("startup", new BigDecimal("100000000000000000"));

        String beyond = ", more than a payout can hold (at most 92233720368547758.07 EUR either way): the game's values are "
                + "out of proportion to v(N) = 120; check them";
        assertRejected(Cli.evaluate(doc),
                "distribution.game: gives \"hospital\" a share of about -138888888888888347.22 EUR" + beyond,
                "distribution.game: gives \"insurer\" a share of about -138888888888888597.22 EUR" + beyond,
                "distribution.game: gives \"startup\" a share of about 277777777777777944.44 EUR" + beyond);
    }

    @Test
    void eachMemberWithANegativeShareHasItsOwnFindingAndThePayoutsAddUp() {
        ObjectNode doc = object(TRIO);
        // Shapley values a 7, b -2, c -2 of v(N) = 3
        doc.set("distribution", object("""
                {"amount": "30.00", "currency": "EUR", "policy": "SHAPLEY",
                 "game": {"players": ["a", "b", "c"],
                          "values": {"a": 12, "b": 0, "c": 0, "a,b": 6, "a,c": 6, "b,c": 0, "a,b,c": 3}}}
                """));

        JsonNode distribution = Cli.answer(doc).get("distribution");

        assertThat(Cli.texts(distribution.get("shares"))).containsExactly(entry("a", "70.00"), entry("b", "-20.00"), entry("c", "-20.00"));
        assertThat(Cli.texts(distribution.get("exactShares"))).containsExactly(entry("a", "70"), entry("b", "-20"), entry("c", "-20"));
        assertThat(distribution.get("findings")).extracting(f -> f.get("id").asText() + " " + f.get("subject").asText())
                .containsExactly("NEGATIVE_SHARES b", "NEGATIVE_SHARES c", "SHARES_NOT_IN_CORE a",
                        "NUCLEOLUS_OMITTED distribution.stability.nucleolus");
        // a alone makes 12 but gets 7; the members' own values (12) are more than v(N) = 3: no imputation
        assertThat(distribution.at("/stability/blockingCoalitions/0/gain").asText()).isEqualTo("5");
        assertThat(distribution.at("/stability/nucleolus").isNull()).isTrue();
    }

    @Test
    void aDictatorIsReportedAsSuchAndNotAsAVetoPlayer() {
        ObjectNode doc = object(TRIO);
        doc.set("voting", object("{\"quota\": 5, \"weights\": {\"a\": 7, \"b\": 1, \"c\": 1}}"));

        JsonNode power = Cli.answer(doc).get("votingPower");

        assertThat(power.get("findings")).extracting(f -> f.get("id").asText() + " " + f.get("subject").asText())
                .containsExactly("NULL_PLAYER b", "NULL_PLAYER c", "DICTATOR a");
        assertThat(Cli.texts(power.get("banzhaf"))).containsExactly(entry("a", "1"), entry("b", "0"), entry("c", "0"));
    }

    @Test
    void aQuotaThatACoalitionAndTheOthersBothReachIsAnImproperGame() {
        ObjectNode doc = object(TRIO);
        doc.set("voting", object("{\"quota\": 5, \"weights\": {\"a\": 5, \"b\": 3, \"c\": 2}}"));

        JsonNode power = Cli.answer(doc).get("votingPower");

        assertThat(power.get("findings")).filteredOn(f -> f.get("id").asText().equals("IMPROPER_GAME")).singleElement()
                .satisfies(f -> {
                    assertThat(f.get("subject").asText()).isEqualTo("quota");
                    assertThat(f.get("reason").asText()).isEqualTo("The quota 5 is at most half the total weight 10: b and c "
                            + "(weight 5) reach it, and so do the members outside, a (weight 5), so a proposal and its "
                            + "opposite can both pass. Raise the quota to 6 or more, above half the total weight.");
                });
    }
}
