package dev.coalition.rules.internal;

import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.policy.Settings;
import dev.coalition.rules.api.RuleListener;
import dev.coalition.rules.governance.DomainOption;
import dev.coalition.rules.governance.ModeOption;
import java.util.ArrayList;
import java.util.List;

/**
 * One decision area of one advisor (governance, value, voting, conflict, assessment, health, formation or operations): its knowledge base,
 * taken from {@link KnowledgeBases} on first use, and its policy constants, derived once for the
 * advisor's settings. Thread-safe; {@link #close()} gives the knowledge base back.
 */
public final class DecisionArea implements AutoCloseable {

    private final String area;
    private final List<PolicySource> drls;
    private final Settings settings;
    private final int maxRuleFirings;
    private final List<RuleListener> listeners;
    private volatile DecisionRunner runner;
    private KnowledgeBases.Lease lease;   // guarded by this
    private boolean closed;               // guarded by this

    /**
     * @param area           the area's name, e.g. {@code governance}
     * @param policies       the advisor's policy files
     * @param settings       the advisor's settings
     * @param maxRuleFirings the firing cap of one decision
     * @param listeners      the advisor's listeners
     */
    public DecisionArea(String area, PolicySet policies, Settings settings, int maxRuleFirings, List<RuleListener> listeners) {
        this.area = area;
        this.drls = policies.drlFiles(area);
        this.settings = settings;
        this.maxRuleFirings = maxRuleFirings;
        this.listeners = List.copyOf(listeners);
    }

    /** Whether the area's DRL files are the bundled ones (its knowledge base is pre-built and shared). */
    public boolean bundled() {
        return KnowledgeBases.isBundled(area, drls);
    }

    /** The area's name. */
    public String name() {
        return area;
    }

    /**
     * The runner of the area's decisions; the first call builds (or shares) the knowledge base
     * and derives the constants.
     *
     * @throws dev.coalition.rules.api.PolicyCompilationException if the area's DRL does not compile
     * @throws IllegalStateException if the area was closed
     */
    public DecisionRunner runner() {
        DecisionRunner ready = runner;
        if (ready == null) {
            ready = prepare();
        }
        return ready;
    }

    /** Builds what {@link #runner()} needs now, so that a policy that does not compile fails here. */
    public synchronized DecisionRunner prepare() {
        if (closed) {
            throw new IllegalStateException(DecisionRunner.CLOSED);
        }
        if (runner == null) {
            KnowledgeBases.Lease taken = KnowledgeBases.acquire(area, drls, settings);
            try {
                DecisionRunner ready = new DecisionRunner(taken.kieBase(), maxRuleFirings, listeners);
                try {
                    ready.withConstantsOf(area, constantInputs());
                } catch (RuntimeException | Error e) {
                    ready.close();
                    throw e;
                }
                runner = ready;
                lease = taken;
            } catch (RuntimeException | Error e) {
                taken.release();
                throw e;
            }
        }
        return runner;
    }

    /** Whether the area's knowledge base has been built (or taken from the shared ones) for this advisor. */
    public synchronized boolean built() {
        return lease != null;
    }

    /** Whether the area's knowledge base came from classes generated at build time; false until built. */
    public synchronized boolean prebuilt() {
        return lease != null && lease.prebuilt();
    }

    /** The facts policy constants are derived from: the settings and the options a decision chooses among. */
    private List<Object> constantInputs() {
        List<Object> facts = new ArrayList<>();
        facts.add(settings);
        if (area.equals("governance")) {
            for (GovernanceMode mode : GovernanceMode.values()) {
                facts.add(new ModeOption(mode));
            }
            for (DecisionDomain domain : DecisionDomain.values()) {
                facts.add(new DomainOption(domain));
            }
        }
        return facts;
    }

    /** Gives the knowledge base back; decisions already running finish. Idempotent; never throws. */
    @Override
    public synchronized void close() {
        closed = true;
        DecisionRunner running = runner;
        runner = null;
        try {
            if (running != null) {
                running.close();
            }
        } finally {
            if (lease != null) {
                lease.release();
                lease = null;
            }
        }
    }
}
