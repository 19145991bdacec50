package dev.coalition.rules;

import dev.coalition.conflict.Conflict;
import dev.coalition.core.Coalition;
import dev.coalition.ledger.CreditLedger;
import dev.coalition.policy.Settings;
import dev.coalition.rules.api.ConflictAssessment;
import dev.coalition.rules.internal.ConflictDecision;
import dev.coalition.rules.internal.DecisionRunner;
import dev.coalition.rules.internal.PolicyCompiler;
import dev.coalition.rules.internal.PolicySet;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

/**
 * Runs the conflict decision on the bundled policy (default settings) and records, from the rule
 * engine's agenda, the id of every rule that fired: also the rules whose result is not explained
 * (a rung's terms, a type's count), which the explanation and {@code RuleListener}s do not see.
 * Compiled once, on first use.
 */
final class FiredRules {

    private FiredRules() {
    }

    /** What a run decided and which rules fired, in firing order. */
    record Run(ConflictAssessment assessment, List<String> fired) {
    }

    private static final class Holder {
        static final Settings SETTINGS = PolicySet.bundled().defaultSettings();
        static final KieBase KIE_BASE = PolicyCompiler.compile(PolicySet.bundled(), SETTINGS);
    }

    /** Assesses a conflict as the facade does, recording every rule that fired. */
    static Run conflict(Coalition coalition, Conflict conflict, LocalDate asOf) {
        List<String> fired = new ArrayList<>();
        DecisionRunner runner = new DecisionRunner(recording(fired), 10_000, List.of());
        ConflictAssessment assessment = ConflictDecision.assess(runner, Holder.SETTINGS, coalition, conflict, asOf, CreditLedger.empty());
        return new Run(assessment, List.copyOf(fired));
    }

    /** The shared knowledge base, whose stateless sessions report each firing to {@code fired}. */
    private static KieBase recording(List<String> fired) {
        KieBase real = Holder.KIE_BASE;
        return (KieBase) Proxy.newProxyInstance(KieBase.class.getClassLoader(), new Class<?>[] {KieBase.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    return recording(result, fired);
                });
    }

    /** A session that reports each firing to {@code fired}, or a session pool whose sessions do. */
    private static Object recording(Object result, List<String> fired) {
        if (result instanceof StatelessKieSession session) {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    Object id = event.getMatch().getRule().getMetaData().get("id");
                    fired.add(id == null ? event.getMatch().getRule().getName() : id.toString());
                }
            });
        }
        if (result instanceof KieSessionsPool pool) {
            return Proxy.newProxyInstance(KieSessionsPool.class.getClassLoader(), new Class<?>[] {KieSessionsPool.class},
                    (proxy, method, args) -> {
                        try {
                            return recording(method.invoke(pool, args), fired);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
        return result;
    }
}
