package dev.coalition.rules.internal;

import dev.coalition.policy.Settings;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kie.api.KieBase;

/**
 * The knowledge bases in use, one per decision area and policy content, shared by every advisor
 * built from the same DRL files whatever its settings (settings are facts, not part of the rules).
 *
 * <p>The bundled policy's knowledge bases are built on first use, from the classes generated when
 * the project was built ({@link PrebuiltPolicies}), and kept for the life of the class loader.
 * Knowledge bases of a custom policy are compiled from source and kept while an advisor holds a
 * {@link Lease} on them: the last {@link Lease#release()} drops them, so building and closing
 * advisors does not accumulate knowledge bases.
 */
public final class KnowledgeBases {

    private static final Map<String, Entry> ENTRIES = new ConcurrentHashMap<>();

    private KnowledgeBases() {
    }

    /** An advisor's hold on a knowledge base; release it when the advisor closes. */
    public static final class Lease {
        private final String key;
        private final Entry entry;
        private final KieBase kieBase;
        private final AtomicBoolean released = new AtomicBoolean();

        private Lease(String key, Entry entry, KieBase kieBase) {
            this.key = key;
            this.entry = entry;
            this.kieBase = kieBase;
        }

        /** The knowledge base. */
        public KieBase kieBase() {
            return kieBase;
        }

        /** Whether it was built from classes generated at build time rather than compiled from DRL now. */
        public boolean prebuilt() {
            return entry.prebuilt;
        }

        /** Gives the knowledge base back; the last lease on a custom policy's knowledge base drops it. Idempotent. */
        public void release() {
            if (released.compareAndSet(false, true)) {
                KnowledgeBases.release(key, entry);
            }
        }
    }

    /**
     * The knowledge base of an area's DRL files: the pre-built one when they are the bundled files,
     * else one compiled from source (or shared with an advisor that compiled the same files).
     *
     * @throws dev.coalition.rules.api.PolicyCompilationException if the files do not compile
     */
    public static Lease acquire(String area, List<PolicySource> drls, Settings settings) {
        boolean bundled = isBundled(area, drls);
        String key = area + "@" + (bundled ? "bundled" : PolicySet.hashOf(drls));
        Entry entry = ENTRIES.compute(key, (k, existing) -> {
            Entry e = existing == null ? new Entry(bundled) : existing;
            e.leases++;
            return e;
        });
        try {
            return new Lease(key, entry, entry.kieBase(area, drls, settings));
        } catch (RuntimeException | Error e) {
            release(key, entry);
            throw e;
        }
    }

    /** Whether these are exactly the bundled DRL files of the area (whose knowledge base is pre-built). */
    public static boolean isBundled(String area, List<PolicySource> drls) {
        return drls.equals(PolicySet.bundled().drlFiles(area));
    }

    /** How many knowledge bases are held now (bundled ones included), for tests and diagnostics. */
    public static int held() {
        return ENTRIES.size();
    }

    private static void release(String key, Entry entry) {
        ENTRIES.computeIfPresent(key, (k, e) -> {
            if (e != entry) {
                return e;
            }
            e.leases--;
            return e.leases <= 0 && !e.pinned ? null : e;
        });
    }

    /** One knowledge base, built once by the first advisor that needs it. */
    private static final class Entry {
        private final boolean pinned;
        private int leases;                 // guarded by the map's compute
        private volatile KieBase kieBase;
        private volatile boolean prebuilt;

        Entry(boolean pinned) {
            this.pinned = pinned;
        }

        KieBase kieBase(String area, List<PolicySource> drls, Settings settings) {
            KieBase built = kieBase;
            if (built == null) {
                synchronized (this) {
                    built = kieBase;
                    if (built == null) {
                        KieBase fromModel = pinned ? PrebuiltPolicies.load(area, PolicySet.fingerprintOf(drls)).orElse(null) : null;
                        prebuilt = fromModel != null;
                        built = RuleLoadOrder.apply(fromModel != null ? fromModel : PolicyCompiler.compile(drls, settings), drls);
                        kieBase = built;
                    }
                }
            }
            return built;
        }
    }
}
