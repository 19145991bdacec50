package dev.coalition.rules.api;

import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An explained recommendation of how a coalition should govern itself. Immutable.
 *
 * @param mode        the recommended governance mode
 * @param lead        for {@link GovernanceMode#CENTRALIZED}, the id of the member to lead (the most trusted);
 *                    otherwise {@code null}
 * @param fit         one entry per contingency, in {@link dev.coalition.governance.Contingency} order: the figure,
 *                    the band the recommended mode wants, and whether it matched
 * @param domains     every decision domain, mapped to {@link GovernanceMode#CENTRALIZED} or
 *                    {@link GovernanceMode#DISTRIBUTED}
 * @param safeguards  the safeguards the mode needs, in the order the policy raised them
 * @param findings    problems worth acting on
 * @param explanation the rules that fired, in firing order, each with its reason and inputs
 */
public record GovernanceRecommendation(GovernanceMode mode, String lead, List<FitEntry> fit,
                                       Map<DecisionDomain, GovernanceMode> domains, List<Safeguard> safeguards,
                                       List<Finding> findings, List<ExplanationStep> explanation) {

    public GovernanceRecommendation {
        Objects.requireNonNull(mode, "mode");
        fit = List.copyOf(fit);
        domains = Collections.unmodifiableMap(new EnumMap<>(domains));
        safeguards = List.copyOf(safeguards);
        findings = List.copyOf(findings);
        explanation = List.copyOf(explanation);
    }

    /** The lead member's id, when the mode has a lead. */
    public Optional<String> leadMember() {
        return Optional.ofNullable(lead);
    }

    /** The safeguard with the given id, if the recommendation requires it. */
    public Optional<Safeguard> safeguard(String id) {
        return safeguards.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The findings with the given id. */
    public List<Finding> findings(String id) {
        return findings.stream().filter(f -> f.id().equals(id)).toList();
    }

    /** A readable, multi-line account of the recommendation and why it was made. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("Mode: ").append(mode).append(" (").append(mode.description()).append(")");
        if (lead != null) {
            text.append(", led by ").append(lead);
        }
        text.append('\n').append("Fit:\n");
        fit.forEach(f -> text.append("  ").append(f.matched() ? "[x] " : "[ ] ").append(f.reason()).append('\n'));
        text.append("Decision domains:\n");
        domains.forEach((d, m) -> text.append("  ").append(d).append(" -> ").append(m).append('\n'));
        text.append("Safeguards:\n");
        safeguards.forEach(s -> text.append("  ").append(s.id()).append(s.parameters().isEmpty() ? "" : " " + s.parameters())
                .append(": ").append(s.reason()).append('\n'));
        text.append("Findings:").append(findings.isEmpty() ? " none\n" : "\n");
        findings.forEach(f -> text.append("  ").append(f.severity()).append(' ').append(f.id()).append(" (")
                .append(f.subject()).append("): ").append(f.reason()).append('\n'));
        text.append("Why:\n");
        explanation.forEach(e -> text.append("  ").append(e).append('\n'));
        return text.toString();
    }
}
