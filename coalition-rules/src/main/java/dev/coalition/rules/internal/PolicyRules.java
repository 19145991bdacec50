package dev.coalition.rules.internal;

import dev.coalition.rules.api.PolicyRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rules a policy set puts in force, read from its DRL files in load order (nothing is compiled). */
public final class PolicyRules {

    /** The area of a rule whose file names no area: it takes part in every one. */
    public static final String ALL_AREAS = "all";

    private PolicyRules() {
    }

    /** Every rule of the set's DRL files, in load order, files then rules as each file declares them. */
    public static List<PolicyRule> of(PolicySet policies) {
        Map<String, PolicySource> bundled = PolicySet.bundled().files().stream()
                .collect(Collectors.toMap(PolicySource::fileName, Function.identity()));
        List<PolicyRule> rules = new ArrayList<>();
        for (PolicySource drl : policies.drlFiles()) {
            PolicySource original = bundled.get(drl.fileName());
            PolicyRule.Origin origin = original == null ? PolicyRule.Origin.ADDED
                    : original.equals(drl) ? PolicyRule.Origin.BUNDLED : PolicyRule.Origin.REPLACED;
            String area = PolicySet.areaOf(drl.fileName());
            for (DrlOutline.RuleDeclaration rule : DrlOutline.of(drl).rules()) {
                rules.add(new PolicyRule(rule.id() == null ? "" : rule.id(), rule.name(), area == null ? ALL_AREAS : area,
                        drl.fileName(), rule.line(), rule.source() == null ? "" : rule.source(), origin));
            }
        }
        return List.copyOf(rules);
    }
}
