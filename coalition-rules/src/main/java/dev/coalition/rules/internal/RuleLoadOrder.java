package dev.coalition.rules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Gives the rules of a knowledge base their declared load order: files in the policy's load order
 * ({@code policies.index}, then a policy directory's other files by name), rules in the order the
 * file declares them. Among activations of equal salience Drools fires the rule loaded first, so
 * this order decides which of two equally urgent rules fires (and explains) first.
 *
 * <p>Drools numbers rules in an order of its own, which differs between a knowledge base compiled
 * from DRL and one built from the pre-built model; numbering them here makes both fire in the
 * same, documented order.
 */
final class RuleLoadOrder {

    private RuleLoadOrder() {
    }

    /** Renumbers the rules of {@code kieBase}, built from {@code drls}, before any session uses it. */
    static KieBase apply(KieBase kieBase, List<PolicySource> drls) {
        Map<String, Integer> declared = new HashMap<>();
        for (PolicySource drl : drls) {
            for (DrlOutline.RuleDeclaration rule : DrlOutline.of(drl).rules()) {
                declared.putIfAbsent(rule.name(), declared.size());
            }
        }
        List<Rule> rules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            rules.addAll(kiePackage.getRules());
        }
        // Rules the outline did not see (none in a well-formed policy) keep Drools' order, after the rest.
        rules.sort(Comparator.<Rule>comparingInt(r -> declared.getOrDefault(r.getName(), Integer.MAX_VALUE))
                .thenComparingInt(Rule::getLoadOrder));
        int order = 0;
        for (Rule rule : rules) {
            if (rule instanceof RuleImpl impl) {
                impl.setLoadOrder(order++);
            }
        }
        return kieBase;
    }
}
