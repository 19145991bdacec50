package dev.coalition.cli;

import static dev.coalition.cli.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.examples.EvolutionExamples;
import dev.coalition.timeline.TimelineJson;
import org.junit.jupiter.api.Test;

/**
 * A {@code timeline} in place of the members: replayed to {@code asOf} and evaluated as the coalition of
 * that day, its renewals feeding the renewal review; each invalid document is rejected with exit code 2
 * and exactly the expected {@code PATH: MESSAGE} lines, the events' problems at {@code timeline[i]} as
 * the core's timeline reader reports them.
 */
class InvalidTimelineSectionTest {

    private static final String FORMED = """
            {"type": "FORMED", "on": "2022-01-10", "name": "Test coalition", "members": [
              {"id": "a", "name": "A", "category": "x", "votingWeight": 1, "trusts": ["b"]},
              {"id": "b", "name": "B", "category": "x", "votingWeight": 1, "trusts": ["a"]},
              {"id": "c", "name": "C", "category": "y", "votingWeight": 1, "trusts": ["a"]}],
             "context": {"decisionUrgency": 0.2, "strategicStability": 0.3, "goalConsensus": 0.9, "networkCompetencyNeed": 0.2}}""";

    private static final String EVENTS = FORMED + """
            ,
                {"type": "RENEWAL_HELD", "on": "2023-03-01"},
                {"type": "MEMBER_ADMITTED", "on": "2023-06-01", "member": {"id": "d", "name": "D", "category": "y",
                 "votingWeight": 1, "trusts": ["a"]}, "trustedBy": ["a"]},
                {"type": "MEMBER_DEPARTED", "on": "2024-02-01", "member": "c"},
                {"type": "RENEWAL_HELD", "on": "2024-05-02"}""";

    private static String document(String asOf, String events, String more) {
        return "{\n  \"schemaVersion\": \"1\",\n" + (asOf == null ? "" : "  \"asOf\": \"" + asOf + "\",\n")
                + "  \"timeline\": [\n    " + events + "\n  ]" + more + "\n}\n";
    }

    private static JsonNode answer(String document) throws Exception {
        Cli.Result result = Cli.evaluate(document);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return Samples.MAPPER.readTree(result.out());
    }

    @Test
    void theStateAsOfADayIsReplayedAndEvaluated() throws Exception {
        JsonNode root = answer(document("2024-03-01", EVENTS, ",\n  \"lifecycle\": {\"currentMode\": \"DISTRIBUTED\"}"));

        JsonNode timeline = root.get("timeline");
        assertThat(timeline.get("events").asInt()).isEqualTo(5);
        assertThat(timeline.get("replayed").asInt()).isEqualTo(4);
        assertThat(timeline.get("replayedTo").asText()).isEqualTo("2024-03-01");
        assertThat(timeline.get("formedOn").asText()).isEqualTo("2022-01-10");
        assertThat(timeline.get("members").toString()).isEqualTo("[\"a\",\"b\",\"d\"]");
        assertThat(timeline.get("renewals").toString()).isEqualTo("[\"2023-03-01\"]");
        assertThat(timeline.at("/membershipChanges/1/kind").asText()).isEqualTo("DEPART");
        JsonNode lifecycle = root.get("lifecycle");
        assertThat(lifecycle.get("lastRenewal").asText()).isEqualTo("2023-03-01");
        assertThat(lifecycle.get("renewalDue").asText()).isEqualTo("2024-06-01");
        assertThat(lifecycle.get("triggers").toString()).contains("MEMBERSHIP_CHANGED").contains("\"subject\":\"d\"")
                .contains("\"subject\":\"c\"");
    }

    @Test
    void aLaterDayReplaysTheLaterRenewal() throws Exception {
        JsonNode root = answer(document("2024-05-02", EVENTS, ",\n  \"lifecycle\": {}"));

        assertThat(root.at("/timeline/replayed").asInt()).isEqualTo(5);
        assertThat(root.at("/lifecycle/lastRenewal").asText()).isEqualTo("2024-05-02");
        assertThat(root.at("/lifecycle/triggers").toString()).doesNotContain("MEMBERSHIP_CHANGED");
    }

    @Test
    void aTimelineIsEvaluatedLikeTheDocumentOfItsMembersThatDay() throws Exception {
        JsonNode replayed = answer(document("2024-03-01", EVENTS, ""));
        String members = """
                {"schemaVersion": "1", "name": "Test coalition", "formedOn": "2022-01-10", "members": [
                  {"id": "a", "name": "A", "category": "x", "votingWeight": 1, "trusts": ["b", "d"]},
                  {"id": "b", "name": "B", "category": "x", "votingWeight": 1, "trusts": ["a"]},
                  {"id": "d", "name": "D", "category": "y", "votingWeight": 1, "trusts": ["a"]}],
                 "context": {"decisionUrgency": 0.2, "strategicStability": 0.3, "goalConsensus": 0.9, "networkCompetencyNeed": 0.2}}""";
        JsonNode given = answer(members);

        assertThat(replayed.get("governance")).isEqualTo(given.get("governance"));
        assertThat(replayed.has("lifecycle")).isFalse();
    }

    @Test
    void theTimelineTheCoreWritesIsReadAsIs() throws Exception {
        ObjectNode doc = (ObjectNode) Samples.MAPPER.readTree(document("2024-10-01", EVENTS, ""));
        JsonNode written = Samples.MAPPER.readTree(TimelineJson.write(EvolutionExamples.manufacturingTimeline()));
        doc.set("timeline", written.get("timeline"));

        JsonNode timeline = answer(Samples.json(doc)).get("timeline");
        assertThat(timeline.get("events").asInt()).isEqualTo(20);
        assertThat(timeline.get("replayed").asInt()).as("the events up to 2024-10-01").isEqualTo(19);
        assertThat(timeline.get("members").toString()).isEqualTo("[\"steelworks\",\"polymers\",\"castings\",\"logistics\","
                + "\"techinstitute\",\"softworks\",\"cloudplatform\"]");
        assertThat(timeline.get("mode").asText()).isEqualTo("HYBRID");
    }

    @Test
    void aTimelineNeedsAsOf() {
        assertRejected(Cli.evaluate(document(null, EVENTS, "")),
                "asOf: is required with a timeline: give the day to replay it to, e.g. \"2024-06-01\" (events on that day included)");
    }

    @Test
    void aTimelineAndMembersTogetherAreRejectedNamingBoth() {
        String text = document("2024-03-01", EVENTS, ",\n  \"members\": [],\n  \"formedOn\": \"2022-01-10\"");

        assertRejected(Cli.evaluate(text),
                "members: is given with \"timeline\": the timeline's FORMED event gives the coalition's members; give either "
                        + "\"members\" (with the other fields of a coalition) or \"timeline\"",
                "formedOn: is given with \"timeline\": the timeline's FORMED event gives the coalition's formedOn; give either "
                        + "\"formedOn\" (with the other fields of a coalition) or \"timeline\"");
    }

    @Test
    void renewalsAndMembershipChangesBesideATimelineAreRejected() {
        assertRejected(Cli.evaluate(document("2024-03-01", EVENTS, """
                ,
                  "lifecycle": {"renewals": ["2023-03-01"]},
                  "membershipChanges": []""")),
                "lifecycle.renewals: is given with a timeline: the renewals are the timeline's RENEWAL_HELD events; remove "
                        + "lifecycle.renewals or give members instead of the timeline",
                "membershipChanges: is given with a timeline: give the changes as the timeline's MEMBER_ADMITTED and "
                        + "MEMBER_DEPARTED events, or give members instead of the timeline");
    }

    @Test
    void anEventBeforeFormationAndAnUnknownMemberAreRejectedAtTheirEvents() {
        String events = FORMED + """
                ,
                    {"type": "RENEWAL_HELD", "on": "2021-03-01"},
                    {"type": "MEMBER_ADMITTED", "on": "2023-06-01", "member": {"id": "d", "name": "D", "category": "y",
                     "votingWeight": 1, "trusts": ["a"]}, "trustedBy": ["ghost"]}""";

        Cli.Result result = Cli.evaluate(document("2024-03-01", events, ""));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).hasSize(2);
        assertThat(result.errLines().get(0)).startsWith("timeline[1].on: 2021-03-01 is before");
        assertThat(result.errLines().get(1)).startsWith("timeline[2].trustedBy[0]: \"ghost\" is not a member");
    }

    @Test
    void anEventOfTheWrongShapeIsRejectedAsTheCoreReaderReportsIt() {
        Cli.Result result = Cli.evaluate(document("2024-03-01", FORMED + ",\n {\"type\": \"RENEWED\", \"on\": \"2023-01-01\"}", ""));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().startsWith("timeline[1].type: \"RENEWED\" is not an event type");
    }

    @Test
    void anUnknownKeyThatIsNotAPlainWordIsQuotedInThePathAsTheDocumentWritesIt() {
        String events = FORMED + ",\n {\"type\": \"RENEWAL_HELD\", \"on\": \"2023-01-01\", \"held.by\": \"a\"}";

        Cli.Result result = Cli.evaluate(document("2024-03-01", events, ""));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().startsWith("timeline[1][\"held.by\"]: unknown field");
    }

    @Test
    void aDayBeforeFormationIsRejectedAtAsOf() {
        assertRejected(Cli.evaluate(document("2021-12-31", EVENTS, "")),
                "asOf: 2021-12-31 is before the coalition was formed on 2022-01-10: there is no coalition to replay yet; "
                        + "give a day on or after formation");
    }

    @Test
    void aTimelineThatIsNotAnArrayIsRejected() {
        assertRejected(Cli.evaluate("{\"schemaVersion\": \"1\", \"asOf\": \"2024-03-01\", \"timeline\": {}}"),
                "timeline: must be an array of events, starting with {\"type\": \"FORMED\", ...}, not an object");
    }

    @Test
    void aTimelineBeyondTheEventsLimitIsRefusedBeforeItIsRead() throws Exception {
        ObjectNode doc = (ObjectNode) Samples.MAPPER.readTree(document("2024-03-01", EVENTS, ""));
        ArrayNode events = (ArrayNode) doc.get("timeline");

        assertRejected(Cli.evaluate(Samples.json(doc), "--limit", "timeline-events=4"),
                "timeline: has 5 events, more than the timeline-events limit of 4; raise it with --limit timeline-events=5 "
                        + "if you need more");
        assertThat(Cli.evaluate(Samples.json(doc), "--limit", "timeline-events=" + events.size()).exitCode()).isZero();
    }
}
