package dev.coalition.rules.api;

import dev.coalition.value.ValuePortfolio;
import java.util.List;

/**
 * Members' value portfolios with the findings the rules draw from them (a member whose portfolio
 * serves none of what it seeks). Immutable.
 *
 * @param portfolios  the portfolios assessed
 * @param findings    problems worth acting on
 * @param explanation the rules that fired, in order
 */
public record PortfolioAdvice(List<ValuePortfolio> portfolios, List<Finding> findings, List<ExplanationStep> explanation) {

    public PortfolioAdvice {
        portfolios = List.copyOf(portfolios);
        findings = List.copyOf(findings);
        explanation = List.copyOf(explanation);
    }
}
