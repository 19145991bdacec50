package dev.coalition.rules.governance;

import dev.coalition.governance.DecisionDomain;

/**
 * Input fact: a decision domain the policy must route; one per {@link DecisionDomain}.
 *
 * @param domain the domain
 */
public record DomainOption(DecisionDomain domain) {
}
