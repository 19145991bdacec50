package dev.coalition.rules.api;

import dev.coalition.value.Allocation;
import java.util.List;
import java.util.Objects;

/**
 * An explained distribution: the policy the rules chose or the request named, the allocation
 * (exact shares, whole-unit payouts, guarantee), findings and the steps that produced it. Immutable.
 *
 * @param policy      the allocation policy applied
 * @param allocation  the shares
 * @param findings    fairness problems worth acting on
 * @param explanation the rules that fired and the computation steps, in order
 */
public record DistributionAdvice(String policy, Allocation allocation, List<Finding> findings,
                                 List<ExplanationStep> explanation) {

    public DistributionAdvice {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(allocation, "allocation");
        findings = List.copyOf(findings);
        explanation = List.copyOf(explanation);
    }
}
