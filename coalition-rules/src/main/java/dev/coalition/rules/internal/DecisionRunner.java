package dev.coalition.rules.internal;

import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.PolicyRuntimeException;
import dev.coalition.rules.api.RuleListener;
import dev.coalition.rules.policy.Explained;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs one decision: inserts the input facts into a new stateless session of the shared
 * knowledge base, fires the rules (at most a capped number of times) and collects, in insertion
 * order, the facts the rules inserted and the explanation they give. Thread-safe: every call has
 * its own session and listeners.
 */
public final class DecisionRunner {

    private final KieBase kieBase;
    private final int maxRuleFirings;
    private final List<RuleListener> listeners;

    /**
     * @param kieBase        the compiled policy, shared
     * @param maxRuleFirings how many rule firings one decision may take before the policy is called runaway
     * @param listeners      hooks to call, in order
     */
    public DecisionRunner(KieBase kieBase, int maxRuleFirings, List<RuleListener> listeners) {
        this.kieBase = Objects.requireNonNull(kieBase, "kieBase");
        this.maxRuleFirings = maxRuleFirings;
        this.listeners = List.copyOf(listeners);
    }

    /** What a decision produced. */
    public record Outcome(List<Object> results, List<ExplanationStep> explanation, int rulesFired) {

        /** The results of one type, in insertion order. */
        public <T> List<T> all(Class<T> type) {
            return results.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    /**
     * Runs the rules over the given facts.
     *
     * @param decision the decision's name, for listeners and messages
     * @param subject  what it concerns, for listeners
     * @param facts    the input facts, inserted in order
     * @throws PolicyRuntimeException when a rule fails or the rules run away
     */
    public Outcome run(String decision, String subject, List<Object> facts) {
        listeners.forEach(l -> l.beforeDecision(decision, subject));
        StatelessKieSession session = kieBase.newStatelessKieSession();
        Map<Object, ExplanationStep> inserted = new IdentityHashMap<>();
        List<Object> order = new ArrayList<>();
        List<ExplanationStep> steps = new ArrayList<>();
        int[] fired = {0};
        List<String> lastRules = new ArrayList<>();
        boolean[] runaway = {false};
        RuntimeException[] listenerFailure = {null};
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                Rule rule = event.getRule();
                if (rule == null) {
                    return;
                }
                Object fact = event.getObject();
                ExplanationStep step = step(rule, fact);
                order.add(fact);
                inserted.put(fact, step);
                if (step != null) {
                    steps.add(step);
                    if (listenerFailure[0] == null) {
                        try {
                            listeners.forEach(l -> l.afterRuleFired(step));
                        } catch (RuntimeException e) {
                            listenerFailure[0] = e; // the caller's failure, not the policy's: rethrown as it is
                            event.getKieRuntime().halt();
                        }
                    }
                }
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
                Object fact = event.getOldObject();
                ExplanationStep step = inserted.remove(fact);
                if (step != null || order.contains(fact)) {
                    order.removeIf(o -> o == fact);
                    steps.remove(step);
                }
            }
        });
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired[0]++;
                if (lastRules.size() == 5) {
                    lastRules.remove(0);
                }
                lastRules.add(event.getMatch().getRule().getName());
                if (fired[0] >= maxRuleFirings) {
                    runaway[0] = true;
                    event.getKieRuntime().halt();
                }
            }
        });
        try {
            session.execute(facts);
        } catch (PolicyRuntimeException e) {
            throw e;
        } catch (RuntimeException e) {
            if (listenerFailure[0] != null) {
                throw listenerFailure[0];
            }
            throw new PolicyRuntimeException("the " + decision + " policy failed" + ruleOf(e) + ": " + rootMessage(e), e);
        }
        if (listenerFailure[0] != null) {
            throw listenerFailure[0];
        }
        if (runaway[0]) {
            throw new PolicyRuntimeException("the " + decision + " policy fired " + fired[0]
                    + " rules without settling (the cap is " + maxRuleFirings + "): a rule probably re-triggers itself; last rules fired: "
                    + lastRules);
        }
        listeners.forEach(l -> l.afterDecision(decision, fired[0]));
        return new Outcome(List.copyOf(order), List.copyOf(steps), fired[0]);
    }

    private static ExplanationStep step(Rule rule, Object fact) {
        if (!(fact instanceof Explained explained)) {
            return null;
        }
        Object id = rule.getMetaData().get("id");
        Map<String, Object> inputs = new LinkedHashMap<>(explained.inputs());
        return new ExplanationStep(id == null ? rule.getName() : id.toString(), rule.getName(), explained.reason(), inputs);
    }

    private static String ruleOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConsequenceException consequence && consequence.getMatch() != null) {
                return " in rule \"" + consequence.getMatch().getRule().getName() + "\"";
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return "";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return root.getClass().getSimpleName();
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
