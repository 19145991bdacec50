package dev.coalition.rules;

import static dev.coalition.rules.Explanations.ruleIds;
import static dev.coalition.rules.Explanations.steps;
import static dev.coalition.rules.ValueCases.withId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.Severity;
import dev.coalition.rules.api.VotingAdvice;
import dev.coalition.value.Fraction;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * voting-findings.drl: null players, members without weight, dictators, unintended and intended
 * vetoes, improper votes.
 */
class VotingFindingsTest {

    private static CoalitionAdvisor advisor;
    /** voting.intendedVetoWeightShare 0.4. */
    private static CoalitionAdvisor lowerIntendedShare;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
        lowerIntendedShare = CoalitionAdvisor.builder().setting("voting.intendedVetoWeightShare", "0.4").build();
    }

    @AfterAll
    static void close() {
        advisor.close();
        lowerIntendedShare.close();
    }

    private static VotingAdvice vote(long quota, long a, long b, long c) {
        return advisor.votingPower(ValueCases.trio(a, b, c), quota);
    }

    // --- NULL_PLAYER ---

    @Test
    void aMemberWithWeightButNoPowerIsANullPlayer() {
        // [8; 4, 4, 2]: c's 2 never turns a losing coalition (0, 4 or 4) into a winning one
        VotingAdvice advice = vote(8, 4, 4, 2);

        assertThat(advice.power().nullPlayers()).containsExactly("c");
        assertThat(advice.power().banzhaf().get("c")).isEqualTo(Fraction.ZERO);
        assertThat(advice.power().shapleyShubik().get("c")).isEqualTo(Fraction.ZERO);
        assertThat(withId(advice.findings(), "NULL_PLAYER")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.subject()).isEqualTo("c");
            assertThat(f.reason()).isEqualTo("\"c\" holds 0.2 of the voting weight but can never change an outcome: change the "
                    + "weights or the quota, or it may leave as the article's three members did.");
        });
        assertThat(steps(advice.explanation(), "voting.finding.null-player")).singleElement()
                .satisfies(s -> assertThat(s.inputs()).containsEntry("finding", "NULL_PLAYER").containsEntry("subject", "c"));
    }

    @Test
    void aLowerQuotaGivesTheSameWeightPower() {
        // [6; 4, 4, 2]: c turns {a} or {b} (4) into a winning coalition (6)
        VotingAdvice advice = vote(6, 4, 4, 2);

        assertThat(advice.power().nullPlayers()).isEmpty();
        assertThat(withId(advice.findings(), "NULL_PLAYER")).isEmpty();
        assertThat(ruleIds(advice.explanation())).doesNotContain("voting.finding.null-player");
    }

    @Test
    void aMemberWithoutWeightIsNotCalledANullPlayer() {
        // [6; 5, 4, 0]: a and b each swing; c, without weight, never does
        VotingAdvice advice = vote(6, 5, 4, 0);

        assertThat(advice.power().nullPlayers()).containsExactly("c");
        assertThat(withId(advice.findings(), "NULL_PLAYER")).isEmpty();
    }

    // --- NO_VOTING_WEIGHT ---

    @Test
    void aMemberWithoutVotingWeightHasNoSay() {
        VotingAdvice advice = vote(6, 5, 4, 0);

        assertThat(withId(advice.findings(), "NO_VOTING_WEIGHT")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.subject()).isEqualTo("c");
            assertThat(f.reason()).isEqualTo("\"c\" has no voting weight, so no power: make sure that is intended.");
        });
        assertThat(steps(advice.explanation(), "voting.finding.no-weight")).hasSize(1);
    }

    @Test
    void membersWithWeightRaiseNoNoWeightFinding() {
        VotingAdvice advice = vote(6, 5, 4, 1);

        assertThat(withId(advice.findings(), "NO_VOTING_WEIGHT")).isEmpty();
        assertThat(ruleIds(advice.explanation())).doesNotContain("voting.finding.no-weight");
    }

    @Test
    void givenWeightsDecideWhoHasNoWeight() {
        VotingAdvice advice = advisor.votingPower(ValueCases.trio(1, 1, 1), 2, Map.of("a", 1L, "b", 0L, "c", 2L));

        assertThat(withId(advice.findings(), "NO_VOTING_WEIGHT")).extracting(Finding::subject).containsExactly("b");
    }

    // --- DICTATOR ---

    @Test
    void aMemberWhoseWeightAloneWinsAndWithoutWhomNothingPassesIsADictator() {
        // [5; 7, 1, 1]: a reaches 5 alone, b and c together have 2
        VotingAdvice advice = vote(5, 7, 1, 1);

        assertThat(withId(advice.findings(), "DICTATOR")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.subject()).isEqualTo("a");
            assertThat(f.reason()).isEqualTo("\"a\" decides alone: with 0.7778 of the weight it reaches the quota by itself, and "
                    + "no decision passes without it, so the other members can never change an outcome. Raise the quota above its "
                    + "weight, or give the others more weight, if the coalition is meant to decide together.");
        });
        assertThat(steps(advice.explanation(), "voting.finding.dictator")).hasSize(1);
        assertThat(withId(advice.findings(), "VETO_PLAYER")).as("not also reported as a veto").isEmpty();
        assertThat(withId(advice.findings(), "NULL_PLAYER")).extracting(Finding::subject).containsExactly("b", "c");
    }

    @Test
    void aDictatorIsNotCalledAnUnintendedVetoWhateverTheIntendedShare() {
        VotingAdvice advice = lowerIntendedShare.votingPower(ValueCases.trio(7, 1, 1), 5);

        assertThat(advice.findings()).extracting(Finding::id).containsExactlyInAnyOrder("DICTATOR", "NULL_PLAYER", "NULL_PLAYER");
    }

    @Test
    void aVetoPlayerWhoCannotWinAloneIsNoDictator() {
        // [8; 7, 1, 1]: a needs b or c, and nothing passes without a
        VotingAdvice advice = vote(8, 7, 1, 1);

        assertThat(withId(advice.findings(), "DICTATOR")).isEmpty();
        assertThat(withId(advice.findings(), "VETO_PLAYER")).extracting(Finding::subject).containsExactly("a");
        assertThat(ruleIds(advice.explanation())).doesNotContain("voting.finding.dictator");
    }

    @Test
    void aMemberWhoWinsAloneButCanBeOutvotedIsNoDictator() {
        // [4; 4, 2, 2]: a wins alone, and so do b and c together
        VotingAdvice advice = vote(4, 4, 2, 2);

        assertThat(withId(advice.findings(), "DICTATOR")).isEmpty();
        assertThat(advice.power().vetoPlayers()).isEmpty();
    }

    // --- IMPROPER_GAME ---

    @Test
    void aQuotaThatACoalitionAndTheMembersOutsideItBothReachMakesTheVoteImproper() {
        // [5; 5, 3, 2]: b and c (5) reach the quota, and so does a (5)
        VotingAdvice advice = vote(5, 5, 3, 2);

        assertThat(withId(advice.findings(), "IMPROPER_GAME")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.subject()).isEqualTo("quota");
            assertThat(f.reason()).isEqualTo("The quota 5 is at most half the total weight 10: b and c (weight 5) reach it, and so "
                    + "do the members outside, a (weight 5), so a proposal and its opposite can both pass. Raise the quota to 6 or "
                    + "more, above half the total weight.");
        });
        assertThat(steps(advice.explanation(), "voting.finding.improper-game")).singleElement()
                .satisfies(s -> assertThat(s.inputs()).containsEntry("finding", "IMPROPER_GAME").containsEntry("subject", "quota"));
    }

    @Test
    void aQuotaAboveHalfTheWeightIsProper() {
        VotingAdvice advice = vote(6, 5, 3, 2);

        assertThat(withId(advice.findings(), "IMPROPER_GAME")).isEmpty();
        assertThat(ruleIds(advice.explanation())).doesNotContain("voting.finding.improper-game");
    }

    @Test
    void aQuotaOfHalfTheWeightIsProperWhenNoCoalitionWeighsExactlyHalf() {
        // [5; 4, 3, 3]: W = 10, and no coalition weighs 5
        assertThat(withId(vote(5, 4, 3, 3).findings(), "IMPROPER_GAME")).isEmpty();
    }

    // --- UNINTENDED_VETO and VETO_PLAYER ---

    @Test
    void aVetoHeldWithAMinorityOfTheWeightIsUnintended() {
        // [71; 40, 30, 30]: without a (60) or without b or c (70) no coalition reaches 71
        VotingAdvice advice = vote(71, 40, 30, 30);

        assertThat(advice.power().vetoPlayers()).containsExactly("a", "b", "c");
        assertThat(withId(advice.findings(), "UNINTENDED_VETO")).extracting(Finding::subject).containsExactly("a", "b", "c");
        assertThat(withId(advice.findings(), "UNINTENDED_VETO")).first().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.reason()).isEqualTo("\"a\" belongs to every winning coalition with only 0.4 of the weight (below 0.5): "
                    + "the quota gives it a veto; lower the quota if that is not intended.");
        });
        assertThat(withId(advice.findings(), "VETO_PLAYER")).isEmpty();
        assertThat(steps(advice.explanation(), "voting.finding.unintended-veto")).hasSize(3);
        assertThat(ruleIds(advice.explanation())).doesNotContain("voting.finding.veto-player");
    }

    @Test
    void aVetoHeldWithHalfTheWeightIsByDesign() {
        // [51; 50, 49, 1]: a holds exactly the intended share 0.5 and every winning coalition needs it
        VotingAdvice advice = vote(51, 50, 49, 1);

        assertThat(advice.power().vetoPlayers()).containsExactly("a");
        assertThat(withId(advice.findings(), "VETO_PLAYER")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.subject()).isEqualTo("a");
            assertThat(f.reason()).isEqualTo("\"a\" can block any decision: it holds 0.5 of the weight.");
        });
        assertThat(withId(advice.findings(), "UNINTENDED_VETO")).isEmpty();
        assertThat(steps(advice.explanation(), "voting.finding.veto-player")).hasSize(1);
        assertThat(ruleIds(advice.explanation())).doesNotContain("voting.finding.unintended-veto");
    }

    @Test
    void aLowerIntendedShareMakesAMinorityVetoIntended() {
        VotingAdvice advice = lowerIntendedShare.votingPower(ValueCases.trio(40, 30, 30), 71);

        assertThat(withId(advice.findings(), "VETO_PLAYER")).extracting(Finding::subject).containsExactly("a");
        assertThat(withId(advice.findings(), "VETO_PLAYER")).singleElement()
                .satisfies(f -> assertThat(f.reason()).isEqualTo("\"a\" can block any decision: it holds 0.4 of the weight."));
        assertThat(withId(advice.findings(), "UNINTENDED_VETO")).extracting(Finding::subject).containsExactly("b", "c");
        assertThat(withId(advice.findings(), "UNINTENDED_VETO")).first()
                .satisfies(f -> assertThat(f.reason()).contains("with only 0.3 of the weight (below 0.4)"));
    }

    @Test
    void withoutAVetoThereIsNoVetoFinding() {
        // [51; 40, 30, 30]: any two members win
        VotingAdvice advice = vote(51, 40, 30, 30);

        assertThat(advice.power().vetoPlayers()).isEmpty();
        assertThat(advice.findings()).isEmpty();
        assertThat(advice.explanation()).isEmpty();
    }
}
