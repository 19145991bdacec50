package dev.coalition.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.conflict.ConflictType;
import dev.coalition.conflict.ExternalMediator;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.governance.GovernanceMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replaying a timeline to any day and back to JSON: the events and every state survive the trip. */
class TimelineJsonTest {

    private final Timeline timeline = Timelines.timeline();

    private static List<Violation> problems(String json) {
        try {
            TimelineJson.read(json);
        } catch (InvalidCoalitionException e) {
            return e.violations();
        }
        throw new AssertionError("no problem found in " + json);
    }

    @Test
    void aTimelineReadsBackEqualFromItsJson() {
        assertThat(TimelineJson.read(TimelineJson.write(timeline))).isEqualTo(timeline);
    }

    @Test
    void theStateOnEveryEventsDayIsTheSameAfterTheRoundTrip() {
        Timeline copy = TimelineJson.read(TimelineJson.write(timeline));

        for (TimelineEvent event : timeline.events()) {
            assertThat(copy.stateAt(event.on())).as("state on %s", event.on()).isEqualTo(timeline.stateAt(event.on()));
        }
    }

    @Test
    void theJsonIsOneEventPerLineWithItsTypeAndDay() {
        String json = TimelineJson.write(timeline);

        assertThat(json.lines()).hasSize(timeline.events().size() + 2);
        assertThat(json).contains("{\"type\": \"MEMBER_DEPARTED\", \"on\": \"2024-09-01\", \"member\": \"bolt\", "
                + "\"conflict\": \"data-ownership\"}");
        assertThat(json).contains("\"pillars\": {\"strategicAlignment\": \"17/20\", \"operationalInteroperability\": \"1/2\", "
                + "\"relationalResilience\": {\"trust\": \"7/10\"}}");
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        String json = """
                {"timeline": [
                  {"type": "FORMED", "on": "2024-01-15", "name": "G", "members": [
                    {"id": "a", "name": "A", "category": "ngo", "votingWeight": 1, "trusts": []},
                    {"id": "b", "name": "B", "category": "ngo", "votingWeight": 1, "trusts": ["a"]}],
                   "context": {"decisionUrgency": 0.2, "strategicStability": 0.3, "goalConsensus": 0.9, "networkCompetencyNeed": 0.2}},
                  {"type": "MEMBER_ADMITTED", "on": "2024-02-01", "member": {"id": "c", "name": "C", "category": "ngo",
                   "votingWeight": 2, "trusts": ["a"]}},
                  {"type": "MEMBER_DEPARTED", "on": "2024-03-01", "member": "b"}
                ]}""";

        Timeline read = TimelineJson.read(json);

        assertThat(read.stateAt(read.lastDay()).coalition().membersById()).containsOnlyKeys("a", "c");
        assertThat(TimelineJson.read(TimelineJson.write(read))).isEqualTo(read);
    }

    @Test
    void malformedJsonIsReportedWithItsLineAndColumn() {
        assertThat(problems("{\"timeline\": [\n  {\"type\" \"FORMED\"}]}")).containsExactly(
                new Violation("", "line 2, column 11: expected ':'"));
    }

    @Test
    void aDocumentWithoutATimelineIsRefused() {
        assertThat(problems("{\"events\": []}")).containsExactly(new Violation("timeline",
                "is required: a list of events, starting with {\"type\": \"FORMED\", ...}"));
    }

    @Test
    void fieldsOfTheWrongShapeAreReportedWithTheirPaths() {
        String json = TimelineJson.write(timeline)
                .replace("\"type\": \"RENEWAL_HELD\", \"on\": \"2025-04-15\"", "\"type\": \"RENEWAL_HELD\", \"on\": \"15/04/2025\"")
                .replace("\"step\": \"DIRECT_NEGOTIATION\", \"outcome\": \"FAILED\"", "\"step\": \"TALKS\", \"outcome\": \"FAILED\"")
                .replace("\"type\": \"PROPOSAL_DECIDED\"", "\"type\": \"PROPOSAL_DECIDED\", \"votes\": 3");

        assertThat(problems(json)).containsExactly(
                new Violation("timeline[6].step", "\"TALKS\" is not one of [DIRECT_NEGOTIATION, WORKING_GROUP, "
                        + "DESIGNATED_MEDIATOR, STEERING_BODY, EXTERNAL_ARBITRATION, DIGNIFIED_DIVERGENCE]"),
                new Violation("timeline[7].votes", "unknown field; allowed here: [domain, on, outcome, proposal, type]"),
                new Violation("timeline[10].on", "\"15/04/2025\" is not a date: write YYYY-MM-DD, e.g. 2024-03-01"));
    }

    @Test
    void anUnknownEventTypeNamesTheTypesAllowed() {
        String json = TimelineJson.write(timeline).replace("\"RENEWAL_HELD\"", "\"RETREAT\"");

        assertThat(problems(json)).containsExactly(new Violation("timeline[10].type", "\"RETREAT\" is not an event type; "
                + "use one of [CONFLICT_OPENED, CONFLICT_STEP, CONTEXT_CHANGED, FORMED, HEALTH_ASSESSED, MEMBER_ADMITTED, "
                + "MEMBER_DEPARTED, PROPOSAL_DECIDED, RENEWAL_HELD, STEERING_BODY_CHANGED]"));
    }

    @Test
    void aMemberIsCheckedWhereItIsWritten() {
        String json = TimelineJson.write(timeline).replace("\"Org delta\", \"category\": \"manufacturer\", \"votingWeight\": 1",
                "\"Org delta\", \"category\": \"manufacturer\", \"votingWeight\": -1");

        assertThat(problems(json)).containsExactly(new Violation("timeline[1].member.votingWeight",
                "-1 is negative; a voting weight is an integer >= 0"));
    }

    @Test
    void aReadTimelineIsCheckedLikeABuiltOne() {
        String json = TimelineJson.write(timeline).replace("\"member\": \"bolt\"", "\"member\": \"zed\"");

        assertThat(problems(json)).extracting(Violation::path).containsExactly("timeline[8].member");
    }

    @Test
    void foundingMediatorsAndARenewalsPurposeAndModeAreRead() {
        String json = """
                {"timeline": [
                  {"type": "FORMED", "on": "2021-03-01", "name": "G", "members": [
                    {"id": "a", "name": "A", "category": "ngo", "votingWeight": 1, "trusts": []},
                    {"id": "b", "name": "B", "category": "ngo", "votingWeight": 1, "trusts": ["a"]}],
                   "context": {"decisionUrgency": 0.2, "strategicStability": 0.3, "goalConsensus": 0.9, "networkCompetencyNeed": 0.2},
                   "externalMediators": [{"id": "ombuds", "expertise": ["RELATIONSHIP", "GOAL"]}]},
                  {"type": "RENEWAL_HELD", "on": "2022-06-01", "purpose": "innovation sharing", "mode": "HYBRID"}
                ]}""";

        Timeline read = TimelineJson.read(json);
        TimelineState state = read.stateAt(read.lastDay());

        assertThat(state.coalition().externalMediators()).extracting(ExternalMediator::id).containsExactly("ombuds");
        assertThat(state.mode()).isEqualTo(GovernanceMode.HYBRID);
        assertThat(read.events().get(1)).isEqualTo(new TimelineEvent.RenewalHeld(LocalDate.of(2022, 6, 1),
                "innovation sharing", GovernanceMode.HYBRID));
        assertThat(TimelineJson.read(TimelineJson.write(read))).isEqualTo(read);
    }

    @Test
    void aFoundingMediatorAndARenewalsModeAreCheckedWhereTheyAreWritten() {
        String json = TimelineJson.write(timeline)
                .replace("\"externalMediators\": []", "\"externalMediators\": [{\"id\": \"a b\", \"expertise\": [\"GOSSIP\"]}, 7]")
                .replace("\"mode\": null", "\"mode\": \"ANARCHY\"");

        assertThat(problems(json)).containsExactly(
                new Violation("timeline[0].externalMediators[0].expertise[0]", "\"GOSSIP\" is not one of "
                        + Arrays.stream(ConflictType.values()).map(Enum::name).toList()),
                new Violation("timeline[0].externalMediators[0].id", "\"a b\" is not a valid id: use 1 to 64 letters, "
                        + "digits, '_' or '-'"),
                new Violation("timeline[0].externalMediators[1]", "is not an object; give {\"id\": ..., \"expertise\": [...]}"),
                new Violation("timeline[10].mode", "\"ANARCHY\" is not one of [CENTRALIZED, HYBRID, DISTRIBUTED]"));
    }
}
