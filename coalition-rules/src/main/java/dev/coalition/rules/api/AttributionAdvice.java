package dev.coalition.rules.api;

import dev.coalition.value.PeerAttribution;
import java.util.List;
import java.util.Objects;

/**
 * An impartial peer attribution of credit with its findings (reports that disagree so much that
 * credit is left unallocated, or a negative share). Immutable.
 *
 * @param attribution the shares of the whole, the unallocated rest and the rule applied
 * @param findings    problems worth acting on
 * @param explanation the computation steps and the rules that fired
 */
public record AttributionAdvice(PeerAttribution.Attribution attribution, List<Finding> findings,
                                List<ExplanationStep> explanation) {

    public AttributionAdvice {
        Objects.requireNonNull(attribution, "attribution");
        findings = List.copyOf(findings);
        explanation = List.copyOf(explanation);
    }
}
