package dev.coalition.rules.api;

import dev.coalition.value.Allocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An explained distribution: the policy the rules chose or the request named, the allocation
 * (exact shares, whole-unit payouts, guarantee), findings and the steps that produced it. Immutable.
 *
 * @param policy      the allocation policy applied
 * @param allocation  the shares
 * @param findings    fairness problems worth acting on
 * @param explanation the rules that fired and the computation steps, in order
 * @param stability   whether any group of members would do better on its own, when the request gives a game table
 *                    and a positive amount; its findings are among {@code findings}
 */
public record DistributionAdvice(String policy, Allocation allocation, List<Finding> findings,
                                 List<ExplanationStep> explanation, Optional<DivisionStability> stability) {

    public DistributionAdvice {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(allocation, "allocation");
        findings = List.copyOf(findings);
        explanation = List.copyOf(explanation);
        Objects.requireNonNull(stability, "stability");
    }

    /** An explained distribution without a stability part. */
    public DistributionAdvice(String policy, Allocation allocation, List<Finding> findings, List<ExplanationStep> explanation) {
        this(policy, allocation, findings, explanation, Optional.empty());
    }
}
