package dev.coalition.rules.governance;

import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.policy.Explained;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result fact: how decisions in one domain are taken: centrally or by all members. A policy must
 * route every domain exactly once.
 *
 * @param domain the decision domain
 * @param mode   {@link GovernanceMode#CENTRALIZED} or {@link GovernanceMode#DISTRIBUTED}
 * @param reason why
 */
public record DomainRoute(DecisionDomain domain, GovernanceMode mode, CharSequence reason) implements Explained {

    public DomainRoute {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(reason, "reason");
        if (mode == GovernanceMode.HYBRID) {
            throw new IllegalArgumentException("mode: a decision domain is routed CENTRALIZED or DISTRIBUTED, not HYBRID ("
                    + domain + ")");
        }
    }

    @Override
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("domain", domain.name());
        inputs.put("mode", mode.name());
        return inputs;
    }
}
