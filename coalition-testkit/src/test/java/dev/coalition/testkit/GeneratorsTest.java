package dev.coalition.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.network.TrustNetwork;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.value.AllocationPolicy;
import dev.coalition.value.EqualAllocation;
import dev.coalition.value.FairnessLaws;
import dev.coalition.value.Fraction;
import dev.coalition.value.NeedWeightedAllocation;
import dev.coalition.value.ProportionalAllocation;
import dev.coalition.value.Shapley;
import dev.coalition.value.ShapleyAllocation;
import dev.coalition.value.TableGame;
import dev.coalition.voting.WeightedVotingGame;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every generated value is valid input for the library, and the shapes are honoured. */
class GeneratorsTest {

    private static final List<AllocationPolicy> BUNDLED = List.of(new EqualAllocation(), new ProportionalAllocation(),
            new NeedWeightedAllocation(), new ShapleyAllocation());

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void buildAdvisor() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void closeAdvisor() {
        advisor.close();
    }

    @Test
    void theDefaultAdvisorRecommendsAGovernanceModeForEveryGeneratedCoalition() {
        qt().withExamples(200).forAll(TestkitGens.coalitions(CoalitionShape.defaults()))
                .check(c -> advisor.recommendGovernance(c).mode() != null);
    }

    @Test
    void generatedCoalitionsHaveTheShapesMembersCategoriesAndDensity() {
        CoalitionShape shape = CoalitionShape.defaults().members(3, 5).categories(List.of("firm", "ngo"))
                .trustDensity(1, 1).steeringBodyChance(0);
        qt().withExamples(200).forAll(TestkitGens.coalitions(shape)).checkAssert(c -> {
            assertThat(c.size()).isBetween(3, 5);
            assertThat(c.members()).allSatisfy(m -> assertThat(m.category().name()).isIn("firm", "ngo"));
            assertThat(TrustNetwork.of(c).density()).isEqualTo(1.0);
            assertThat(c.hasSteeringBody()).isFalse();
        });
        qt().withExamples(100).forAll(TestkitGens.trustNetworks(CoalitionShape.defaults().trustDensity(0, 0)))
                .checkAssert(network -> assertThat(network.ties()).isLessThanOrEqualTo(network.size() - 1)); // only hub ties
    }

    @Test
    void generatedMembersMakeAValidCoalition() {
        qt().withExamples(200).forAll(TestkitGens.members(CoalitionShape.defaults())).checkAssert(members -> {
            Coalition.Builder b = Coalition.builder("Mine").formedOn(Coalitions.FORMED_ON).context(0.5, 0.5, 0.5, 0.5);
            members.forEach(b::member);
            assertThat(b.violations()).isEmpty();
        });
    }

    @Test
    void theDefaultAdvisorAssessesEveryGeneratedConflict() {
        qt().withExamples(150).forAll(TestkitGens.conflicts(ConflictShape.defaults())).checkAssert(c -> {
            assertThat(advisor.conflictProblems(c.coalition(), c.conflict(), c.asOf())).isEmpty();
            assertThat(advisor.assessConflict(c.coalition(), c.conflict(), c.asOf()).stage()).isBetween(1, 9);
        });
    }

    @Test
    void everyGeneratedGameIsAValidGameWorthMoreThanNothing() {
        qt().withExamples(300).forAll(TestkitGens.games(GameShape.defaults().players(1, 8))).checkAssert(g -> {
            assertThat(g.value(java.util.Set.copyOf(g.players())).signum()).isPositive();
            ShapleyAllocation.checkGame(g);
        });
    }

    @Test
    void monotoneGamesAreMonotoneAndSuperadditiveGamesSuperadditive() {
        qt().withExamples(300).forAll(TestkitGens.games(GameShape.defaults().kinds(GameKind.MONOTONE)))
                .check(FairnessLaws::monotoneAndNonNegative);
        qt().withExamples(300).forAll(TestkitGens.games(GameShape.defaults().kinds(GameKind.SUPERADDITIVE)))
                .check(GeneratorsTest::superadditive);
    }

    @Test
    void arbitraryGamesAreSometimesNeitherMonotoneNorSuperadditive() {
        Random random = new Random(7);
        GameShape arbitrary = GameShape.defaults().players(3, 6).kinds(GameKind.ARBITRARY);
        long notMonotone = 0;
        long notSuperadditive = 0;
        for (int i = 0; i < 100; i++) {
            TableGame g = Games.random(random, arbitrary);
            notMonotone += FairnessLaws.monotoneAndNonNegative(g) ? 0 : 1;
            notSuperadditive += superadditive(g) ? 0 : 1;
        }
        assertThat(notMonotone).isPositive();
        assertThat(notSuperadditive).isPositive();
    }

    @Test
    void theShapesChancesGiveNullPlayersAndInterchangeablePlayers() {
        GameShape always = GameShape.defaults().players(3, 7).nullPlayerChance(1).interchangeableChance(1);
        qt().withExamples(200).forAll(TestkitGens.games(always)).checkAssert(g -> {
            assertThat(Shapley.nullPlayers(g)).isNotEmpty();
            List<String> players = g.players();
            boolean pair = false;
            for (int i = 0; i < players.size(); i++) {
                for (int j = i + 1; j < players.size(); j++) {
                    pair |= FairnessLaws.interchangeable(g, players.get(i), players.get(j));
                }
            }
            assertThat(pair).as("two players are interchangeable in " + Games.describe(g)).isTrue();
        });
    }

    @Test
    void theDefaultAdvisorAnswersEveryGeneratedVote() {
        qt().withExamples(200).forAll(TestkitGens.votingGames(VotingShape.defaults())).checkAssert(g -> {
            Coalition c = Coalitions.ofIds(g.players());
            assertThat(advisor.votingPower(c, g.quota(), g.weights()).power().banzhaf()).hasSize(g.size());
        });
        WeightedVotingGame large = VotingGames.random(new Random(3), VotingShape.defaults().players(1_000, 1_000).maxWeight(1_000));
        assertThat(WeightedVotingGame.cost(large.size(), large.quota())).isLessThanOrEqualTo(WeightedVotingGame.DEFAULT_MAX_COST);
    }

    @Test
    void everyBundledPolicyAnswersEveryGeneratedAllocationRequest() {
        qt().withExamples(300).forAll(TestkitGens.allocationRequests(RequestShape.defaults()))
                .checkAssert(r -> BUNDLED.forEach(p -> assertThat(p.allocate(r).paidOut()).hasSize(r.members().size())));
    }

    @Test
    void theDefaultAdvisorAnswersEveryGeneratedDistribution() {
        qt().withExamples(200).forAll(TestkitGens.distributions(RequestShape.forAdvisor()))
                .checkAssert(d -> assertThat(advisor.distribute(d.coalition(), d.request()).allocation().paidOut())
                        .hasSize(d.coalition().size()));
    }

    @Test
    void interchangeableMembersOfARequestHaveEqualFiguresAndAreInterchangeableInTheGame() {
        RequestShape shape = RequestShape.defaults().interchangeableChance(1);
        qt().withExamples(200).forAll(TestkitGens.allocationRequests(shape))
                .check(r -> FairnessLaws.interchangeable(r, r.members().get(0), r.members().get(1)));
    }

    @Test
    void theSameSeedGivesTheSameValue() {
        assertThat(Coalitions.random(new Random(5))).isEqualTo(Coalitions.random(new Random(5)));
        assertThat(Conflicts.random(new Random(5))).isEqualTo(Conflicts.random(new Random(5)));
        assertThat(Games.describe(Games.random(new Random(5)))).isEqualTo(Games.describe(Games.random(new Random(5))));
        assertThat(VotingGames.random(new Random(5)).toString()).isEqualTo(VotingGames.random(new Random(5)).toString());
        assertThat(AllocationRequests.describe(AllocationRequests.random(new Random(5))))
                .isEqualTo(AllocationRequests.describe(AllocationRequests.random(new Random(5))));
        assertThat(Coalitions.random(new Random(5))).isNotEqualTo(Coalitions.random(new Random(6)));
    }

    @Test
    void aShapeOutOfRangeIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> CoalitionShape.defaults().members(1, 5))
                .hasMessage("members: 1..5 is not a range within 2..1000; give a minimum no larger than the maximum, e.g. 2..7");
        assertThatThrownBy(() -> CoalitionShape.defaults().trustDensity(0.8, 0.2))
                .hasMessage("trustDensity: 0.8..0.2 is not a range; give the lower density first");
        assertThatThrownBy(() -> GameShape.defaults().players(2, 16))
                .hasMessage("players: 2..16 is not a range within 1..15; give a minimum no larger than the maximum, e.g. 1..6");
        assertThatThrownBy(() -> GameShape.defaults().nullPlayerChance(1.5))
                .hasMessage("nullPlayerChance: 1.5 is not a chance; give a number from 0 (never) to 1 (always)");
        assertThatThrownBy(() -> CoalitionShape.defaults().categories(List.of(" firm")))
                .hasMessage("categories: \" firm\" has leading or trailing whitespace; remove it");
        assertThatThrownBy(() -> Games.random(new Random(1), List.of("a", "a"), GameShape.defaults()))
                .hasMessage("players: [a, a] must be 1 to 15 distinct ids (a table game's limit)");
    }

    /** v(S + T) >= v(S) + v(T) for every pair of disjoint coalitions. */
    static boolean superadditive(TableGame g) {
        int n = g.players().size();
        for (int s = 1; s < (1 << n); s++) {
            for (int t = 1; t < (1 << n); t++) {
                if ((s & t) == 0 && g.value(s | t).compareTo(g.value(s).add(g.value(t))) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void membersOfAGeneratedCoalitionTrustOnlyOtherMembers() {
        qt().withExamples(100).forAll(TestkitGens.coalitions(CoalitionShape.defaults())).checkAssert(c -> {
            List<String> ids = c.members().stream().map(Member::id).toList();
            c.members().forEach(m -> assertThat(ids).containsAll(m.trusts()).doesNotContain((String) null));
            assertThat(c.members()).allSatisfy(m -> assertThat(m.trusts()).doesNotContain(m.id()));
        });
    }

    @Test
    void aGeneratedGameOnGivenPlayersHasThemAsPlayers() {
        TableGame g = Games.random(new Random(2), List.of("acme", "bolt", "campus"), GameShape.defaults());
        assertThat(g.players()).containsExactly("acme", "bolt", "campus");
        assertThat(g.value(java.util.Set.of("acme", "bolt", "campus"))).isGreaterThan(Fraction.ZERO);
    }
}
