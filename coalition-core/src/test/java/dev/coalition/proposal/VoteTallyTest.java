package dev.coalition.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.governance.DecisionDomain;
import dev.coalition.value.Fraction;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counting weighted votes: participation, support, late quorum, votes after the close or after asOf. */
class VoteTallyTest {

    private static final Instant OPENED = Instant.parse("2024-05-01T09:00:00Z");
    private static final Instant CLOSES = Instant.parse("2024-05-08T09:00:00Z");
    private static final Duration LATE = Duration.ofHours(48);
    private static final FrozenRules HALF = rules("1/2", "1/2");

    private static FrozenRules rules(String quorum, String threshold) {
        Map<String, Long> weights = new LinkedHashMap<>();
        weights.put("a", 2L);
        weights.put("b", 1L);
        weights.put("c", 1L);
        return new FrozenRules(Fraction.parse(quorum), Fraction.parse(threshold), weights);
    }

    private static Proposal proposal(Vote... votes) {
        return new Proposal("p1", DecisionDomain.STRATEGIC, "Adopt the charter", OPENED, CLOSES, null, List.of(votes),
                null, List.of());
    }

    private static Vote vote(String member, Choice choice, Instant at) {
        return new Vote(member, choice, at);
    }

    @Test
    void participationIsTheWeightCastOverTheTotalWeightAbstentionsIncluded() {
        VoteTally tally = VoteTally.count(proposal(vote("b", Choice.FOR, OPENED.plusSeconds(60)),
                vote("c", Choice.ABSTAIN, OPENED.plusSeconds(120))), HALF, CLOSES.plusSeconds(1), Duration.ZERO);

        assertThat(tally.castWeight()).isEqualTo(2);
        assertThat(tally.participation()).isEqualTo(Fraction.of(1, 2));
        assertThat(tally.open()).isFalse();
    }

    @Test
    void supportIsForOverForAndAgainstAbstentionsLeftOut() {
        VoteTally tally = VoteTally.count(proposal(vote("a", Choice.FOR, OPENED.plusSeconds(60)),
                vote("b", Choice.AGAINST, OPENED.plusSeconds(120)), vote("c", Choice.ABSTAIN, OPENED.plusSeconds(180))),
                HALF, CLOSES, Duration.ZERO);

        assertThat(tally.support()).isEqualTo(Fraction.of(2, 3));
        assertThat(tally.forWeight()).isEqualTo(2);
        assertThat(tally.againstWeight()).isEqualTo(1);
        assertThat(tally.abstainWeight()).isEqualTo(1);
    }

    @Test
    void supportIsZeroWhenNobodyVotedForOrAgainst() {
        VoteTally tally = VoteTally.count(proposal(vote("a", Choice.ABSTAIN, OPENED.plusSeconds(60))), HALF, CLOSES,
                Duration.ZERO);

        assertThat(tally.support()).isEqualTo(Fraction.ZERO);
    }

    @Test
    void aVoteCastExactlyAtTheCloseCountsAndOneASecondLaterDoesNot() {
        VoteTally tally = VoteTally.count(proposal(vote("b", Choice.FOR, CLOSES), vote("c", Choice.FOR, CLOSES.plusSeconds(1))),
                HALF, CLOSES.plusSeconds(3600), Duration.ZERO);

        assertThat(tally.counted()).extracting(Vote::member).containsExactly("b");
        assertThat(tally.afterClose()).extracting(Vote::member).containsExactly("c");
    }

    @Test
    void theVoteIsOpenUntilItsCloseAndClosedAtIt() {
        assertThat(VoteTally.count(proposal(), HALF, CLOSES.minusSeconds(1), LATE).open()).isTrue();
        assertThat(VoteTally.count(proposal(), HALF, CLOSES, LATE).open()).isFalse();
    }

    @Test
    void votesDatedAfterAsOfAreLeftOut() {
        VoteTally tally = VoteTally.count(proposal(vote("a", Choice.FOR, OPENED.plusSeconds(60)),
                vote("b", Choice.FOR, OPENED.plusSeconds(7200))), HALF, OPENED.plusSeconds(3600), LATE);

        assertThat(tally.counted()).extracting(Vote::member).containsExactly("a");
        assertThat(tally.afterAsOf()).extracting(Vote::member).containsExactly("b");
    }

    @Test
    void aQuorumReachedInsideTheWindowBeforeTheCloseExtendsTheVote() {
        Instant late = CLOSES.minus(Duration.ofHours(47).plusMinutes(59));
        VoteTally tally = VoteTally.count(proposal(vote("a", Choice.FOR, late)), HALF, CLOSES.plus(Duration.ofDays(5)), LATE);

        assertThat(tally.quorumReachedAt()).isEqualTo(late);
        assertThat(tally.extendedTo()).isEqualTo(late.plus(LATE));
        assertThat(tally.closes()).isEqualTo(late.plus(LATE));
        assertThat(tally.closesAt()).isEqualTo(CLOSES);
    }

    @Test
    void aQuorumReachedBeforeTheWindowDoesNotExtendTheVote() {
        Instant early = CLOSES.minus(Duration.ofHours(48).plusMinutes(1));
        VoteTally tally = VoteTally.count(proposal(vote("a", Choice.FOR, early)), HALF, CLOSES.plus(Duration.ofDays(5)), LATE);

        assertThat(tally.extendedTo()).isNull();
        assertThat(tally.closes()).isEqualTo(CLOSES);
    }

    @Test
    void aQuorumReachedExactlyWindowBeforeTheCloseDoesNotExtendIt() {
        Instant edge = CLOSES.minus(LATE);
        VoteTally tally = VoteTally.count(proposal(vote("a", Choice.FOR, edge)), HALF, CLOSES.plus(Duration.ofDays(5)), LATE);

        assertThat(tally.extendedTo()).isNull();
    }

    @Test
    void votesInsideTheExtensionCountAndTheExtensionIsComputedOnceFromTheFirstQuorum() {
        Instant late = CLOSES.minusSeconds(3600);
        VoteTally tally = VoteTally.count(proposal(vote("a", Choice.FOR, late), vote("b", Choice.AGAINST, CLOSES.plusSeconds(7200)),
                vote("c", Choice.AGAINST, late.plus(LATE).plusSeconds(1))), HALF, CLOSES.plus(Duration.ofDays(5)), LATE);

        assertThat(tally.counted()).extracting(Vote::member).containsExactly("a", "b");
        assertThat(tally.afterClose()).extracting(Vote::member).containsExactly("c");
        assertThat(tally.closes()).isEqualTo(late.plus(LATE));
    }

    @Test
    void theQuorumIsReachedWhenTheWeightCastEqualsItsShareExactly() {
        VoteTally tally = VoteTally.count(proposal(vote("b", Choice.FOR, OPENED.plusSeconds(60)),
                vote("c", Choice.FOR, OPENED.plusSeconds(120))), HALF, CLOSES, LATE);

        assertThat(tally.quorumReachedAt()).isEqualTo(OPENED.plusSeconds(120));
    }

    @Test
    void votesAreTakenInTheOrderTheyWereCastWhateverTheOrderGiven() {
        VoteTally tally = VoteTally.count(proposal(vote("c", Choice.FOR, OPENED.plusSeconds(300)),
                vote("a", Choice.FOR, OPENED.plusSeconds(60))), HALF, CLOSES, LATE);

        assertThat(tally.counted()).extracting(Vote::member).containsExactly("a", "c");
        assertThat(tally.quorumReachedAt()).isEqualTo(OPENED.plusSeconds(60));
    }
}
