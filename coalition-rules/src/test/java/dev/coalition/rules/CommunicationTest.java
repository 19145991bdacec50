package dev.coalition.rules;

import static dev.coalition.rules.Explanations.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.communication.Cadence;
import dev.coalition.communication.CommunicationEntry;
import dev.coalition.communication.CommunicationPlan;
import dev.coalition.communication.Format;
import dev.coalition.communication.Layer;
import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.CommunicationAdvice;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.value.Fraction;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * operations-communication.drl through the facade: the plan proposed under each mode and size, the
 * meeting share at its boundary, missing layers, members without a channel, and the input errors.
 */
class CommunicationTest {

    private static CoalitionAdvisor advisor;

    /** Two firms (a, b) and a university (u); a sits on the steering body. */
    private static final Coalition TRIO = Coalition.builder("Trio").formedOn(LocalDate.of(2024, 1, 1))
            .member("a", "A", "firm", 1).member("b", "B", "firm", 1).member("u", "U", "university", 1)
            .steeringBody("a").context(0.5, 0.5, 0.5, 0.5).build();

    @BeforeAll
    static void build() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    /** A governance recommendation of the given mode and lead, nothing else. */
    static GovernanceRecommendation governed(GovernanceMode mode, String lead) {
        return new GovernanceRecommendation(mode, lead, List.of(), new EnumMap<>(DecisionDomain.class), List.of(), List.of(),
                List.of());
    }

    private static CommunicationEntry entry(Layer layer, Format format, Fraction hours, String... audience) {
        return CommunicationEntry.of(layer, Cadence.MONTHLY, format, hours, List.of(audience));
    }

    /** Every layer served, every member reached: meetings of {@code meeting} hours, async of {@code async}. */
    private static CommunicationAdvice check(Fraction meeting, Fraction async) {
        return advisor.planCommunication(TRIO, governed(GovernanceMode.DISTRIBUTED, null), CommunicationPlan.of(
                entry(Layer.OPERATIONAL, Format.ASYNC, async, "firm", "university"),
                entry(Layer.TACTICAL, Format.MEETING, meeting, "a"),
                entry(Layer.STRATEGIC, Format.MEETING, meeting, "a"),
                entry(Layer.INNOVATION, Format.MEETING, meeting, "u")));
    }

    private static List<String> described(CommunicationAdvice advice) {
        return advice.plan().stream().map(e -> e.layer() + " " + e.cadence() + " " + e.format() + " " + e.hoursPerMonth()
                + " " + e.audience()).toList();
    }

    @Test
    void aSmallCentralizedCoalitionIsProposedTheArticlesCadenceWithTheLeadershipReviewingStrategy() {
        CommunicationAdvice advice = advisor.planCommunication(TRIO, governed(GovernanceMode.CENTRALIZED, "b"), null);

        assertThat(advice.proposed()).isTrue();
        assertThat(described(advice)).containsExactly(
                "OPERATIONAL DAILY MEETING 5 [a, b, u]",
                "OPERATIONAL DAILY ASYNC 20 [a, b, u]",
                "TACTICAL WEEKLY MEETING 4 [a, b, u]",
                "STRATEGIC MONTHLY MEETING 2 [b, a]",
                "STRATEGIC MONTHLY ASYNC 1 [a, b, u]",
                "INNOVATION QUARTERLY MEETING 2 [a, b, u]");
        assertThat(advice.meetingShare()).isEqualTo(Fraction.of(13, 34));
        assertThat(advice.findings()).isEmpty();
        assertThat(advice.plan().get(3).reason()).isEqualTo("The coalition is governed centrally, so the monthly strategic "
                + "review is held by those who decide, b and a (hours a month: 2, communication.strategicHoursPerMonth).");
        assertThat(advice.plan().get(4).reason()).isEqualTo("The strategic review is held by b and a, not by all 3 members, "
                + "so its written summary goes to every member, who can answer it (hours a month: 1, "
                + "communication.summaryHoursPerMonth).");
        assertThat(advice.plan()).allSatisfy(e -> assertThat(e.reason()).isNotBlank());
        assertThat(ruleIds(advice.explanation())).containsExactly("operations.communication.stand-up",
                "operations.communication.channel", "operations.communication.tactical",
                "operations.communication.strategic-lead", "operations.communication.strategic-summary",
                "operations.communication.innovation", "operations.communication.meetings-in-proportion");
    }

    @Test
    void aDistributedCoalitionReviewsStrategyWithAllMembersAndNeedsNoSummary() {
        CommunicationAdvice advice = advisor.planCommunication(TRIO, governed(GovernanceMode.DISTRIBUTED, null), null);

        assertThat(described(advice)).contains("STRATEGIC MONTHLY MEETING 2 [a, b, u]")
                .noneMatch(e -> e.startsWith("STRATEGIC MONTHLY ASYNC"));
        assertThat(advice.meetingShare()).isEqualTo(Fraction.of(13, 33));
        assertThat(advice.plan().get(3).reason()).isEqualTo("Authority is shared by all members, so the leaders of all 3 "
                + "members hold the monthly strategic review together (hours a month: 2, communication.strategicHoursPerMonth).");
    }

    @Test
    void aHybridCoalitionsSteeringBodyReviewsStrategyAndWithoutOneAllMembersDo() {
        CommunicationAdvice layered = advisor.planCommunication(TRIO, governed(GovernanceMode.HYBRID, null), null);
        Coalition noSteering = Coalition.builder("Trio").formedOn(TRIO.formedOn()).member("a", "A", "firm", 1)
                .member("b", "B", "firm", 1).member("u", "U", "university", 1).context(TRIO.context()).build();
        CommunicationAdvice flat = advisor.planCommunication(noSteering, governed(GovernanceMode.HYBRID, null), null);

        assertThat(described(layered)).contains("STRATEGIC MONTHLY MEETING 2 [a]", "STRATEGIC MONTHLY ASYNC 1 [a, b, u]");
        assertThat(ruleIds(layered.explanation())).contains("operations.communication.strategic-steering");
        assertThat(described(flat)).contains("STRATEGIC MONTHLY MEETING 2 [a, b, u]")
                .noneMatch(e -> e.startsWith("STRATEGIC MONTHLY ASYNC"));
        assertThat(ruleIds(flat.explanation())).contains("operations.communication.strategic-without-leadership");
        assertThat(flat.findings()).isEmpty();
    }

    @Test
    void aCoalitionAboveTheStandUpSizeStandsUpInWritingAndAtItHoldsAMeeting() {
        Coalition.Builder eleven = Coalition.builder("Eleven").formedOn(LocalDate.of(2024, 1, 1)).context(0.5, 0.5, 0.5, 0.5);
        for (int i = 1; i <= 11; i++) {
            eleven.member("m" + i, "M" + i, "firm", 1);
        }
        CommunicationAdvice large = advisor.planCommunication(eleven.build(), governed(GovernanceMode.DISTRIBUTED, null), null);

        assertThat(large.plan().get(0).format()).isEqualTo(Format.ASYNC);
        assertThat(large.plan().get(0).reason()).startsWith("With 11 members, more than 10 (communication.meetingStandUpMaxMembers)");
        assertThat(large.meetingShare()).isEqualTo(Fraction.of(8, 33));
        assertThat(large.findings()).isEmpty();
        try (CoalitionAdvisor roomier = CoalitionAdvisor.builder().setting("communication.meetingStandUpMaxMembers", 11).build()) {
            CommunicationAdvice atTheSize = roomier.planCommunication(eleven.build(), governed(GovernanceMode.DISTRIBUTED, null), null);
            assertThat(atTheSize.plan().get(0).format()).isEqualTo(Format.MEETING);
        }
    }

    @Test
    void meetingsTakingExactlyTheMaximumShareAreNotAFinding() {
        CommunicationAdvice advice = check(Fraction.ONE, Fraction.of(3));

        assertThat(advice.meetingShare()).isEqualTo(Fraction.of(1, 2));
        assertThat(advice.proposed()).isFalse();
        assertThat(advice.findings()).isEmpty();
        assertThat(advice.explanation().get(0).reason()).isEqualTo("Formal meetings take 3 of the plan's 6 hours a month, "
                + "a share of 1/2, at most 0.5 (communication.maxMeetingShare).");
    }

    @Test
    void meetingsTakingJustMoreThanTheMaximumShareAreMeetingHeavy() {
        CommunicationAdvice advice = check(Fraction.of(1001, 1000), Fraction.of(3));

        assertThat(advice.meetingShare()).isEqualTo(Fraction.of(3003, 6003));
        assertThat(advice.findings()).containsExactly(new Finding("FORMAL_MEETINGS_HEAVY", dev.coalition.rules.api.Severity.WARNING,
                "communication", "Formal meetings take 3003/1000 of the plan's 6003/1000 hours a month, a share of 1001/2001, "
                + "more than 0.5 (communication.maxMeetingShare): the most successful coalitions spent about 30% of their "
                + "communication time in meetings; move work to written, asynchronous channels."));
        assertThat(ruleIds(advice.explanation())).containsExactly("operations.communication.meetings-heavy");
    }

    @Test
    void theMaximumShareIsASetting() {
        try (CoalitionAdvisor strict = CoalitionAdvisor.builder().setting("communication.maxMeetingShare", "0.3").build()) {
            CommunicationAdvice advice = strict.planCommunication(TRIO, governed(GovernanceMode.DISTRIBUTED, null), CommunicationPlan.of(
                    entry(Layer.OPERATIONAL, Format.ASYNC, Fraction.of(7), "firm", "university"),
                    entry(Layer.TACTICAL, Format.MEETING, Fraction.ONE, "a"),
                    entry(Layer.STRATEGIC, Format.MEETING, Fraction.ONE, "a"),
                    entry(Layer.INNOVATION, Format.MEETING, Fraction.ONE, "u")));
            assertThat(advice.meetingShare()).isEqualTo(Fraction.of(3, 10));
            assertThat(advice.findings()).isEmpty();
        }
        try (CoalitionAdvisor strict = CoalitionAdvisor.builder().setting("communication.maxMeetingShare", "0.29").build()) {
            assertThat(strict.planCommunication(TRIO, governed(GovernanceMode.DISTRIBUTED, null), CommunicationPlan.of(
                    entry(Layer.OPERATIONAL, Format.ASYNC, Fraction.of(7), "firm", "university"),
                    entry(Layer.TACTICAL, Format.MEETING, Fraction.ONE, "a"),
                    entry(Layer.STRATEGIC, Format.MEETING, Fraction.ONE, "a"),
                    entry(Layer.INNOVATION, Format.MEETING, Fraction.ONE, "u"))).findings(FINDING_HEAVY)).hasSize(1);
        }
    }

    private static final String FINDING_HEAVY = "FORMAL_MEETINGS_HEAVY";

    @Test
    void theArticlesMonthlyMeetingOnlyPlanMissesThreeLayersAndIsAllMeetings() {
        CommunicationAdvice advice = advisor.planCommunication(TRIO, governed(GovernanceMode.DISTRIBUTED, null),
                CommunicationPlan.of(entry(Layer.STRATEGIC, Format.MEETING, Fraction.of(2), "firm")));

        assertThat(advice.meetingShare()).isEqualTo(Fraction.ONE);
        assertThat(advice.findings()).extracting(Finding::id, Finding::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FORMAL_MEETINGS_HEAVY", "communication"),
                org.assertj.core.groups.Tuple.tuple("LAYER_MISSING", "OPERATIONAL"),
                org.assertj.core.groups.Tuple.tuple("LAYER_MISSING", "TACTICAL"),
                org.assertj.core.groups.Tuple.tuple("LAYER_MISSING", "INNOVATION"),
                org.assertj.core.groups.Tuple.tuple("MEMBER_WITHOUT_CHANNEL", "u"));
        assertThat(advice.findings("LAYER_MISSING").get(0).reason()).isEqualTo("No entry of the plan serves the OPERATIONAL "
                + "layer: add one (the article's cadence: daily operational, weekly tactical, monthly strategic, quarterly "
                + "innovation).");
        assertThat(advice.findings("MEMBER_WITHOUT_CHANNEL").get(0).reason())
                .isEqualTo("No entry of the plan reaches u: add it, or its category, to an audience.");
    }

    @Test
    void aPlanWithoutEntriesMissesEveryLayerAndEveryMember() {
        CommunicationAdvice advice = advisor.planCommunication(TRIO, governed(GovernanceMode.DISTRIBUTED, null), CommunicationPlan.of());

        assertThat(advice.meetingShare()).isEqualTo(Fraction.ZERO);
        assertThat(advice.findings("LAYER_MISSING")).hasSize(4);
        assertThat(advice.findings("MEMBER_WITHOUT_CHANNEL")).extracting(Finding::subject).containsExactly("a", "b", "u");
        assertThat(advice.findings(FINDING_HEAVY)).isEmpty();
    }

    @Test
    void anInvalidPlanIsRefusedWithEveryProblemAtItsPath() {
        InvalidCoalitionException e = catchThrowableOfType(() -> advisor.planCommunication(TRIO, CommunicationPlan.of(
                entry(Layer.TACTICAL, Format.MEETING, Fraction.ZERO, "a", "x"))), InvalidCoalitionException.class);

        assertThat(e.violations()).extracting(Violation::path)
                .containsExactly("communication[0].hoursPerMonth", "communication[0].audience[1]");
    }

    @Test
    void theAdviceCannotBeChanged() {
        CommunicationAdvice advice = advisor.planCommunication(TRIO, null);

        assertThat(advice.plan()).isUnmodifiable();
        assertThat(advice.plan().get(0).audience()).isUnmodifiable();
        assertThat(advice.findings()).isUnmodifiable();
        assertThat(advice.explanation()).isUnmodifiable();
    }

    /** The rules that fire on this class's cases: all of the file's. */
    static Set<String> rulesFired(CoalitionAdvisor advisor) {
        Set<String> fired = new TreeSet<>();
        Coalition noSteering = Coalition.builder("Pair").formedOn(LocalDate.of(2024, 1, 1)).member("a", "A", "firm", 1)
                .member("b", "B", "firm", 1).context(0.5, 0.5, 0.5, 0.5).build();
        Coalition.Builder eleven = Coalition.builder("Eleven").formedOn(LocalDate.of(2024, 1, 1)).context(0.5, 0.5, 0.5, 0.5);
        for (int i = 1; i <= 11; i++) {
            eleven.member("m" + i, "M" + i, "firm", 1);
        }
        fired.addAll(ruleIds(advisor.planCommunication(TRIO, governed(GovernanceMode.CENTRALIZED, "b"), null).explanation()));
        fired.addAll(ruleIds(advisor.planCommunication(TRIO, governed(GovernanceMode.HYBRID, null), null).explanation()));
        fired.addAll(ruleIds(advisor.planCommunication(noSteering, governed(GovernanceMode.HYBRID, null), null).explanation()));
        fired.addAll(ruleIds(advisor.planCommunication(eleven.build(), governed(GovernanceMode.DISTRIBUTED, null), null)
                .explanation()));
        fired.addAll(ruleIds(advisor.planCommunication(TRIO, governed(GovernanceMode.DISTRIBUTED, null), CommunicationPlan.of(
                entry(Layer.STRATEGIC, Format.MEETING, Fraction.of(2), "firm"))).explanation()));
        return fired;
    }

    @Test
    void everyRuleFires() {
        assertThat(rulesFired(advisor)).containsExactlyInAnyOrder("operations.communication.stand-up",
                "operations.communication.written-stand-up", "operations.communication.channel",
                "operations.communication.tactical", "operations.communication.strategic-lead",
                "operations.communication.strategic-steering", "operations.communication.strategic-all",
                "operations.communication.strategic-without-leadership", "operations.communication.strategic-summary",
                "operations.communication.innovation", "operations.communication.meetings-heavy",
                "operations.communication.meetings-in-proportion", "operations.communication.layer-missing",
                "operations.communication.member-without-channel");
    }
}
