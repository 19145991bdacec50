package dev.coalition.testkit;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.value.Allocation;
import dev.coalition.value.AllocationPolicy;
import dev.coalition.value.AllocationRequest;
import dev.coalition.value.Principle;
import java.util.Set;

/**
 * An advisor's {@code distribute} seen as an {@link AllocationPolicy} for one coalition, so that
 * the fairness laws ({@link dev.coalition.value.FairnessLaws}, {@link FairnessAssertions}) apply
 * to the rules that choose the policy (your DRL) as to a policy in Java. The allocation request's
 * figures (contributions, needs and need weight, game, sampling) are passed on with the
 * distribution's principles and named policy; the advisor's rules choose the policy.
 */
public final class AdvisorAllocationPolicy implements AllocationPolicy {

    private final CoalitionAdvisor advisor;
    private final Coalition coalition;
    private final DistributionRequest template;

    private AdvisorAllocationPolicy(CoalitionAdvisor advisor, Coalition coalition, DistributionRequest template) {
        this.advisor = Shapes.given(advisor, "advisor", "the advisor whose distributions to check");
        this.coalition = Shapes.given(coalition, "coalition", "the coalition whose members share the amount");
        this.template = Shapes.given(template, "request", "a distribution request, e.g. DistributionRequest.of(Money.parse(\"100.00\", \"EUR\"))");
    }

    /**
     * The advisor dividing among a coalition's members with a distribution's principles and
     * named policy (its figures are replaced by each allocation request's).
     */
    public static AdvisorAllocationPolicy of(CoalitionAdvisor advisor, Coalition coalition, DistributionRequest request) {
        return new AdvisorAllocationPolicy(advisor, coalition, request);
    }

    /** The request an allocation policy would get for this distribution: its members and figures. */
    public AllocationRequest request() {
        return AllocationRequests.of(coalition, template, advisor.settings().integer("value.exactShapleyMaxPlayers"));
    }

    /**
     * Whether a distribution asks the game to decide, so that the laws of a game
     * ({@link FairnessLaw#gameLaw()}) apply to its shares: it names SHAPLEY, or it names no policy,
     * gives a game and states recognition of all value types as its only principle.
     */
    public static boolean asksTheGameToDecide(DistributionRequest request) {
        if (request.policy() != null) {
            return request.policy().equals("SHAPLEY");
        }
        return request.game() != null && request.principles().equals(Set.of(Principle.RECOGNITION_OF_ALL_VALUE_TYPES));
    }

    /** "advisor": the policy it applies is the one its rules choose, named in each allocation. */
    @Override
    public String name() {
        return "advisor";
    }

    /** The advisor's allocation of the request: {@code advisor.distribute(coalition, ...).allocation()}. */
    @Override
    public Allocation allocate(AllocationRequest request) {
        if (!request.members().equals(coalition.members().stream().map(Member::id).toList())) {
            throw new IllegalArgumentException("request.members: " + request.members() + " are not the coalition's members "
                    + coalition.members().stream().map(Member::id).toList() + "; use request() as the starting point");
        }
        DistributionRequest asked = template.withContributions(request.contributions())
                .withNeeds(request.needs(), request.needWeight()).withGame(request.game()).withSampling(request.sampling());
        return advisor.distribute(coalition, asked).allocation();
    }

    /** The exact shares of the advisor's allocation, with its explanation as the steps. */
    @Override
    public Shares shares(AllocationRequest request) {
        Allocation a = allocate(request);
        return new Shares(a.exactShares(), a.guarantee(), a.approximation(), a.explanation());
    }
}
