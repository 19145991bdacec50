package dev.coalition.testkit;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.value.Allocation;
import dev.coalition.value.AllocationPolicy;
import dev.coalition.value.AllocationRequest;
import dev.coalition.value.FairnessLaws;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The fairness laws as assertions for tests: each throws an {@link AssertionError} whose message
 * is the {@link Counterexample} (which law, which input, the shares, and why), so that any test
 * framework reports it. The verdicts are those of {@link FairnessLaws}.
 *
 * <pre>{@code
 * FairnessAssertions.assertFair(new MyPolicy(), request);                  // every law a policy keeps
 * FairnessAssertions.assertFair(advisor, coalition, distributionRequest);  // the policy your DRL chooses
 * }</pre>
 */
public final class FairnessAssertions {

    private FairnessAssertions() {
    }

    /**
     * Asserts the laws every allocation policy keeps ({@link FairnessLaw#everyPolicy()}) for one
     * request: it is answered; shares add up; payouts add up and follow the shares; members the
     * request cannot tell apart are treated alike; a raised contribution never lowers a share; the
     * same request gets the same allocation.
     *
     * @throws AssertionError listing a counterexample for each law broken
     */
    public static void assertFair(AllocationPolicy policy, AllocationRequest request) {
        assertLaws(policy, request, FairnessLaw.everyPolicy());
    }

    /**
     * Asserts the given laws for one request (the laws of a game too, if you list them: for a
     * policy whose shares follow the request's game).
     *
     * @throws AssertionError listing a counterexample for each law broken
     */
    public static void assertLaws(AllocationPolicy policy, AllocationRequest request, Collection<FairnessLaw> laws) {
        Shapes.given(policy, "policy", "the allocation policy to check");
        Shapes.given(request, "request", "a request, e.g. AllocationRequests.random(new Random(1))");
        Shapes.given(laws, "laws", "the laws to check, e.g. FairnessLaw.everyPolicy()");
        fail(LawChecks.check(policy, request, laws, AllocationRequests::describe, null));
    }

    /**
     * Asserts every law for an advisor's distribution among a coalition's members, the laws of a
     * game only when the request asks the game to decide
     * ({@link AdvisorAllocationPolicy#asksTheGameToDecide}). Use it with an advisor built from your
     * own DRL: {@code CoalitionAdvisor.builder().policyDirectory(dir).build()}.
     *
     * @throws AssertionError listing a counterexample for each law broken
     */
    public static void assertFair(CoalitionAdvisor advisor, Coalition coalition, DistributionRequest request) {
        AdvisorAllocationPolicy policy = AdvisorAllocationPolicy.of(advisor, coalition, request);
        Distribution distribution = new Distribution(coalition, request);
        List<FairnessLaw> laws = AdvisorAllocationPolicy.asksTheGameToDecide(request) ? FairnessLaw.all() : FairnessLaw.everyPolicy();
        fail(LawChecks.check(policy, policy.request(), laws, r -> describe(distribution, r), null));
    }

    /** Asserts that the exact shares add up to the amount. */
    public static void assertEfficient(Allocation allocation) {
        assertOn(allocation, FairnessLaw.EFFICIENT);
    }

    /** Asserts that the paid-out units add up exactly to the amount. */
    public static void assertPaidOutAddsUp(Allocation allocation) {
        assertOn(allocation, FairnessLaw.PAID_OUT_ADDS_UP);
    }

    /** Asserts that each member is paid within one unit of its exact share. */
    public static void assertWithinOneUnit(Allocation allocation) {
        assertOn(allocation, FairnessLaw.WITHIN_ONE_UNIT);
    }

    /** Asserts that members the request cannot tell apart get equal exact shares. */
    public static void assertSymmetric(AllocationPolicy policy, AllocationRequest request) {
        assertLaws(policy, request, List.of(FairnessLaw.SYMMETRIC));
    }

    /** Asserts that members the request cannot tell apart are paid at most one unit apart. */
    public static void assertInterchangeablePaidWithinOneUnit(AllocationPolicy policy, AllocationRequest request) {
        assertLaws(policy, request, List.of(FairnessLaw.INTERCHANGEABLE_PAID_WITHIN_ONE_UNIT));
    }

    /** Asserts that raising any member's contribution (by 1, and by the total contribution plus 1) never lowers its exact share. */
    public static void assertMonotoneInContribution(AllocationPolicy policy, AllocationRequest request) {
        assertLaws(policy, request, List.of(FairnessLaw.MONOTONE_IN_CONTRIBUTION));
    }

    /** Asserts that the same request gives the same allocation. */
    public static void assertDeterministic(AllocationPolicy policy, AllocationRequest request) {
        assertLaws(policy, request, List.of(FairnessLaw.DETERMINISTIC));
    }

    /** Asserts that a member who adds nothing to any coalition of the request's game gets an exact share of 0. */
    public static void assertNullPlayerGetsNothing(AllocationPolicy policy, AllocationRequest request) {
        assertLaws(policy, request, List.of(FairnessLaw.NULL_PLAYER_GETS_NOTHING));
    }

    /** Asserts that no exact share is negative when the request's game is monotone with values &ge; 0. */
    public static void assertNoNegativeShareInMonotoneGame(AllocationPolicy policy, AllocationRequest request) {
        assertLaws(policy, request, List.of(FairnessLaw.NO_NEGATIVE_SHARE_IN_MONOTONE_GAME));
    }

    private static void assertOn(Allocation allocation, FairnessLaw law) {
        Shapes.given(allocation, "allocation", "the allocation to check");
        AllocationPolicy given = new AllocationPolicy() {
            @Override
            public String name() {
                return allocation.policy();
            }

            @Override
            public Shares shares(AllocationRequest request) {
                return new Shares(allocation.exactShares(), allocation.guarantee(), allocation.approximation(),
                        allocation.explanation());
            }

            @Override
            public Allocation allocate(AllocationRequest request) {
                return allocation;
            }
        };
        AllocationRequest request = AllocationRequest.of(List.copyOf(allocation.exactShares().keySet()), allocation.amount());
        fail(LawChecks.check(given, request, List.of(law), r -> "an allocation of " + allocation.amount() + " among "
                + r.members(), null));
    }

    static String describe(Distribution distribution, AllocationRequest request) {
        DistributionRequest r = distribution.request().withContributions(request.contributions())
                .withNeeds(request.needs(), request.needWeight()).withGame(request.game());
        return new Distribution(distribution.coalition(), r).toString();
    }

    private static void fail(List<LawChecks.Result> results) {
        List<Counterexample> broken = new ArrayList<>();
        results.stream().filter(r -> r.counterexample() != null).forEach(r -> broken.add(r.counterexample()));
        if (!broken.isEmpty()) {
            throw new AssertionError(broken.stream().map(Counterexample::message).collect(Collectors.joining("\n")));
        }
    }
}
