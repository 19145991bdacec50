package dev.coalition.rules.internal;

import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.PolicyRuntimeException;
import dev.coalition.rules.api.RuleListener;
import dev.coalition.rules.policy.Explained;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
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
import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs one decision: inserts the input facts, and the policy constants derived once from the
 * settings, into a stateless session of the area's shared knowledge base (taken from a pool that
 * Drools resets between decisions), fires the rules (at most a capped number of times) and
 * collects, in insertion order, the facts the rules inserted and the explanation they give.
 * Thread-safe: every call has a session of its own while it runs, and its own listeners;
 * {@link #close()} lets running decisions finish.
 */
public final class DecisionRunner {

    /**
     * The agenda group of the rules that derive policy constants: what depends only on the
     * settings (the governance bands). Its rules fire once per advisor and area, in
     * {@link #withConstantsOf}, never in a decision; their facts and explanation steps join every
     * decision.
     */
    public static final String CONSTANTS_GROUP = "policy-constants";

    /** What a decision on a closed advisor is refused with. */
    public static final String CLOSED = "this CoalitionAdvisor is closed; build a new one with CoalitionAdvisor.builder()";

    private final KieBase kieBase;
    private final int maxRuleFirings;
    private final List<RuleListener> listeners;
    private volatile Constants constants = Constants.NONE;
    private final KieSessionsPool sessions;
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean shutDown = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile boolean closing;

    /**
     * @param kieBase        the compiled policy, shared
     * @param maxRuleFirings how many rule firings one decision may take before the policy is called runaway
     * @param listeners      hooks to call, in order
     */
    public DecisionRunner(KieBase kieBase, int maxRuleFirings, List<RuleListener> listeners) {
        this.kieBase = Objects.requireNonNull(kieBase, "kieBase");
        this.maxRuleFirings = maxRuleFirings;
        this.listeners = List.copyOf(listeners);
        this.sessions = kieBase.newKieSessionsPool(2);
    }

    /**
     * Refuses new decisions and releases the pooled sessions once the decisions already running
     * have finished (the last of them releases them). Idempotent; never throws.
     */
    public void close() {
        closing = true;
        if (inFlight.get() == 0) {
            shutDownSessions();
        }
    }

    private void shutDownSessions() {
        if (shutDown.compareAndSet(false, true)) {
            try {
                sessions.shutdown();
            } catch (RuntimeException e) {
                // the pool is dropped with this runner either way; nothing a caller could do about it
            }
        }
    }

    /** The knowledge base decisions run in (for benchmarks that compare the facade with a bare session). */
    public KieBase kieBase() {
        return kieBase;
    }

    /** The policy constants every decision receives. */
    public Constants constants() {
        return constants;
    }

    /** What a decision produced. */
    public record Outcome(List<Object> results, List<ExplanationStep> explanation, int rulesFired) {

        /** The results of one type, in insertion order. */
        public <T> List<T> all(Class<T> type) {
            List<T> matching = new ArrayList<>();
            for (Object result : results) {
                if (type.isInstance(result)) {
                    matching.add(type.cast(result));
                }
            }
            return matching;
        }
    }

    /**
     * Policy constants: the facts the {@value #CONSTANTS_GROUP} rules inserted from the settings
     * alone, and the steps explaining them, in firing order.
     */
    public record Constants(List<Object> facts, List<ExplanationStep> steps, int rulesFired) {

        /** No constants: a policy without {@value #CONSTANTS_GROUP} rules. */
        public static final Constants NONE = new Constants(List.of(), List.of(), 0);

        public Constants {
            facts = List.copyOf(facts);
            steps = List.copyOf(steps);
        }
    }

    /**
     * Fires the {@value #CONSTANTS_GROUP} rules once, in one of this runner's pooled sessions (so
     * that the first decision finds a session ready), over facts that depend only on the settings,
     * and gives what they derive to every later decision. Call once, before the runner is shared.
     *
     * @param decision the area's name, for messages
     * @param facts    the settings and the options the constants are derived for
     * @throws PolicyRuntimeException when a rule fails or the rules run away
     */
    public DecisionRunner withConstantsOf(String decision, List<Object> facts) {
        if (!hasConstantRules(kieBase)) {
            return this;
        }
        KieSession session = sessions.newKieSession();
        Recorder recorder = new Recorder(List.of(), maxRuleFirings);
        try {
            session.addEventListener(recorder.inserts());
            session.addEventListener(recorder.firings());
            facts.forEach(session::insert);
            session.getAgenda().getAgendaGroup(CONSTANTS_GROUP).setFocus();
            session.fireAllRules(match -> match.getRule() instanceof org.drools.base.definitions.rule.impl.RuleImpl rule
                    && CONSTANTS_GROUP.equals(rule.getAgendaGroup()));
        } catch (RuntimeException e) {
            throw new PolicyRuntimeException("the " + decision + " policy failed while deriving its constants"
                    + ruleOf(e) + ": " + rootMessage(e), e);
        } finally {
            session.dispose();
        }
        recorder.checkRunaway(decision, maxRuleFirings);
        constants = new Constants(recorder.results(), recorder.steps(), recorder.fired);
        return this;
    }

    private static boolean hasConstantRules(KieBase kieBase) {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .anyMatch(r -> r instanceof org.drools.base.definitions.rule.impl.RuleImpl rule
                        && CONSTANTS_GROUP.equals(rule.getAgendaGroup()));
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
        inFlight.incrementAndGet();
        try {
            if (closing) {
                throw new IllegalStateException(CLOSED);
            }
            return decide(decision, subject, facts);
        } finally {
            if (inFlight.decrementAndGet() == 0 && closing) {
                shutDownSessions();
            }
        }
    }

    private Outcome decide(String decision, String subject, List<Object> facts) {
        listeners.forEach(l -> l.beforeDecision(decision, subject));
        for (ExplanationStep step : constants.steps()) {
            listeners.forEach(l -> l.afterRuleFired(step));
        }
        StatelessKieSession session = sessions.newStatelessKieSession();
        Recorder recorder = new Recorder(listeners, maxRuleFirings);
        session.addEventListener(recorder.inserts());
        session.addEventListener(recorder.firings());
        List<Object> all = facts;
        if (!constants.facts().isEmpty()) {
            all = new ArrayList<>(facts.size() + constants.facts().size());
            all.addAll(constants.facts());
            all.addAll(facts);
        }
        try {
            session.execute(all);
        } catch (PolicyRuntimeException e) {
            throw e;
        } catch (RuntimeException e) {
            if (recorder.listenerFailure != null) {
                throw recorder.listenerFailure;
            }
            throw new PolicyRuntimeException("the " + decision + " policy failed" + ruleOf(e) + ": " + rootMessage(e), e);
        }
        if (recorder.listenerFailure != null) {
            throw recorder.listenerFailure;
        }
        recorder.checkRunaway(decision, maxRuleFirings);
        int fired = recorder.fired + constants.rulesFired();
        listeners.forEach(l -> l.afterDecision(decision, fired));
        List<Object> results = recorder.results();
        List<ExplanationStep> steps = recorder.steps();
        if (!constants.facts().isEmpty()) {
            List<Object> withConstants = new ArrayList<>(constants.facts());
            withConstants.addAll(results);
            results = withConstants;
            List<ExplanationStep> stepsWithConstants = new ArrayList<>(constants.steps());
            stepsWithConstants.addAll(steps);
            steps = stepsWithConstants;
        }
        return new Outcome(List.copyOf(results), List.copyOf(steps), fired);
    }

    /**
     * Records what the rules insert (and retract) in insertion order, with each inserted fact's
     * explanation step, and counts firings against the cap. Each fact's position is indexed, so a
     * retraction costs O(1); retracted places are dropped once, when the results are read.
     */
    private static final class Recorder {
        private static final Object GONE = new Object();

        private final List<RuleListener> listeners;
        private final int maxRuleFirings;
        private final List<Object> order = new ArrayList<>();
        private final List<ExplanationStep> stepAt = new ArrayList<>();
        private final Map<Object, Integer> position = new IdentityHashMap<>();
        private final ArrayDeque<String> lastRules = new ArrayDeque<>(5);
        private int fired;
        private int retracted;
        private boolean runaway;
        private RuntimeException listenerFailure;

        Recorder(List<RuleListener> listeners, int maxRuleFirings) {
            this.listeners = listeners;
            this.maxRuleFirings = maxRuleFirings;
        }

        DefaultRuleRuntimeEventListener inserts() {
            return new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    Rule rule = event.getRule();
                    if (rule != null) {
                        inserted(rule, event.getObject(), event.getKieRuntime());
                    }
                }

                @Override
                public void objectDeleted(ObjectDeletedEvent event) {
                    Integer at = position.remove(event.getOldObject());
                    if (at != null) {
                        order.set(at, GONE);
                        stepAt.set(at, null);
                        retracted++;
                    }
                }
            };
        }

        DefaultAgendaEventListener firings() {
            return new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired++;
                    if (lastRules.size() == 5) {
                        lastRules.removeFirst();
                    }
                    lastRules.addLast(event.getMatch().getRule().getName());
                    if (fired >= maxRuleFirings) {
                        runaway = true;
                        event.getKieRuntime().halt();
                    }
                }
            };
        }

        private void inserted(Rule rule, Object fact, KieRuntime runtime) {
            ExplanationStep step = step(rule, fact);
            position.put(fact, order.size());
            order.add(fact);
            stepAt.add(step);
            if (step != null && listenerFailure == null && !listeners.isEmpty()) {
                try {
                    for (RuleListener listener : listeners) {
                        listener.afterRuleFired(step);
                    }
                } catch (RuntimeException e) {
                    listenerFailure = e; // the caller's failure, not the policy's: rethrown as it is
                    runtime.halt();
                }
            }
        }

        void checkRunaway(String decision, int cap) {
            if (runaway) {
                throw new PolicyRuntimeException("the " + decision + " policy fired " + fired
                        + " rules without settling (the cap is " + cap + "): a rule probably re-triggers itself, or the input is "
                        + "too large for the cap (raise it with CoalitionAdvisor.builder().maxRuleFirings(n)); last rules fired: "
                        + List.copyOf(lastRules));
            }
        }

        List<Object> results() {
            if (retracted == 0) {
                return order;
            }
            List<Object> kept = new ArrayList<>(order.size() - retracted);
            for (Object o : order) {
                if (o != GONE) {
                    kept.add(o);
                }
            }
            return kept;
        }

        List<ExplanationStep> steps() {
            List<ExplanationStep> steps = new ArrayList<>(stepAt.size());
            for (ExplanationStep step : stepAt) {
                if (step != null) {
                    steps.add(step);
                }
            }
            return steps;
        }
    }

    private static ExplanationStep step(Rule rule, Object fact) {
        if (!(fact instanceof Explained explained)) {
            return null;
        }
        Object id = rule.getMetaData().get("id");
        return ExplanationStep.of(id == null ? rule.getName() : id.toString(), rule.getName(), explained.reason(),
                explained.inputs());
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
