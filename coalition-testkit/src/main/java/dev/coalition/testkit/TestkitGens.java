package dev.coalition.testkit;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.network.TrustNetwork;
import dev.coalition.value.AllocationRequest;
import dev.coalition.value.TableGame;
import dev.coalition.voting.WeightedVotingGame;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of the testkit's values: each draws a seed and hands a
 * {@link Random} seeded with it to the plain generator ({@link Coalitions}, {@link Games}, ...),
 * so a falsified property reports a value that the same seed gives again. Values are described
 * readably in QuickTheories' report.
 *
 * <pre>{@code
 * qt().forAll(TestkitGens.allocationRequests(RequestShape.defaults()))
 *     .checkAssert(request -> FairnessAssertions.assertFair(myPolicy, request));
 * }</pre>
 */
public final class TestkitGens {

    private TestkitGens() {
    }

    /** Any seeded generator as a QuickTheories {@link Gen}: {@code TestkitGens.from(r -> myValue(r))}. */
    public static <T> Gen<T> from(Function<Random, T> generator) {
        return SourceDSL.longs().all().map(seed -> generator.apply(new Random(seed)));
    }

    /** Valid coalitions of the given shape ({@link Coalitions#random(Random, CoalitionShape)}). */
    public static Gen<Coalition> coalitions(CoalitionShape shape) {
        return from(r -> Coalitions.random(r, shape)).describedAs(Coalitions::describe);
    }

    /** The members of valid coalitions of the given shape ({@link Coalitions#members}). */
    public static Gen<List<Member>> members(CoalitionShape shape) {
        return from(r -> Coalitions.members(r, shape));
    }

    /** Trust networks of coalitions of the given shape ({@link TrustNetworks#random}). */
    public static Gen<TrustNetwork> trustNetworks(CoalitionShape shape) {
        return from(r -> TrustNetworks.random(r, shape));
    }

    /** Valid conflict cases of the given shape ({@link Conflicts#random(Random, ConflictShape)}). */
    public static Gen<ConflictCase> conflicts(ConflictShape shape) {
        return from(r -> Conflicts.random(r, shape)).describedAs(ConflictCase::toString);
    }

    /** Cooperative games of the given shape ({@link Games#random(Random, GameShape)}). */
    public static Gen<TableGame> games(GameShape shape) {
        return from(r -> Games.random(r, shape)).describedAs(Games::describe);
    }

    /** Weighted voting games of the given shape ({@link VotingGames#random(Random, VotingShape)}). */
    public static Gen<WeightedVotingGame> votingGames(VotingShape shape) {
        return from(r -> VotingGames.random(r, shape)).describedAs(WeightedVotingGame::toString);
    }

    /** Allocation requests of the given shape, for an allocation policy ({@link AllocationRequests#random(Random, RequestShape)}). */
    public static Gen<AllocationRequest> allocationRequests(RequestShape shape) {
        return from(r -> AllocationRequests.random(r, shape)).describedAs(AllocationRequests::describe);
    }

    /** Coalitions with a distribution among their members, for an advisor ({@link AllocationRequests#distribution}). */
    public static Gen<Distribution> distributions(RequestShape shape) {
        return from(r -> AllocationRequests.distribution(r, shape)).describedAs(Distribution::toString);
    }
}
