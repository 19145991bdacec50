package dev.coalition.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.KieBaseMutabilityOption;

/**
 * The bundled policies, compiled when the project is built: for each decision area,
 * {@link PolicyModelGenerator} turns the area's DRL files into Drools executable-model classes and
 * writes an index, {@code dev/coalition/policies/prebuilt/AREA.properties}, naming the model
 * classes and the fingerprint of the DRL files they were generated from. A knowledge base built from
 * them compiles nothing at run time; it is used only when the advisor's DRL files for the area
 * have exactly that fingerprint (else it is compiled from them, as a custom policy is).
 */
final class PrebuiltPolicies {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PrebuiltPolicies.class);

    /** Where the index of an area is, on the classpath. */
    static final String INDEX = "dev/coalition/policies/prebuilt/%s.properties";

    private PrebuiltPolicies() {
    }

    /**
     * The pre-built knowledge base of an area, if the build generated one for DRL files with this
     * fingerprint, with the Drools version that is running; empty otherwise (with a warning when
     * the classes are there but cannot serve), so that the caller compiles the DRL instead.
     *
     * @param area the decision area, e.g. {@code governance}
     * @param fingerprint the fingerprint of the area's DRL files ({@link PolicySet#fingerprintOf})
     */
    static Optional<KieBase> load(String area, String fingerprint) {
        Properties index = read(String.format(INDEX, area));
        if (index == null || !fingerprint.equals(index.getProperty("fingerprint"))) {
            return Optional.empty();
        }
        String builtWith = index.getProperty("drools", "");
        String running = org.drools.base.util.Drools.getFullVersion();
        if (!builtWith.equals(running)) {
            LOG.warn("The pre-built {} policy was generated with Drools {} but Drools {} is running; compiling the "
                    + "bundled DRL instead (slower to start, same answers). Use Drools {} to start quickly.", area, builtWith,
                    running, builtWith);
            return Optional.empty();
        }
        try {
            return Optional.of(build(index));
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("The pre-built {} policy cannot be loaded ({}); compiling the bundled DRL instead.", area, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Whether the build pre-built (and so compiled without a problem) an area from DRL files with this
     * fingerprint: a check need not compile those files again.
     */
    static boolean prebuiltFrom(String area, String fingerprint) {
        Properties index = read(String.format(INDEX, area));
        return index != null && fingerprint.equals(index.getProperty("fingerprint"));
    }

    private static KieBase build(Properties index) {
        List<Model> models = new ArrayList<>();
        for (String name : index.getProperty("models", "").split(",")) {
            if (!name.isBlank()) {
                models.add(instantiate(name.strip()));
            }
        }
        KieBaseConfiguration configuration = KieServices.Factory.get().newKieBaseConfiguration();
        configuration.setOption(KieBaseMutabilityOption.DISABLED);
        return KieBaseBuilder.createKieBaseFromModel(models, configuration);
    }

    /**
     * The SHA-256 digest of all bundled policy files, computed at build time, if the build's
     * fingerprint of them equals {@code fingerprint}; else null (compute it).
     */
    static String bundledHash(String fingerprint) {
        Properties index = read(String.format(INDEX, "policy"));
        return index != null && fingerprint.equals(index.getProperty("fingerprint")) ? index.getProperty("hash") : null;
    }

    private static Properties read(String resource) {
        Properties index = new Properties();
        try (InputStream in = PrebuiltPolicies.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            index.load(in);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pre-built policy index " + resource, e);
        }
    }

    private static Model instantiate(String className) {
        try {
            return (Model) Class.forName(className, true, PrebuiltPolicies.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the pre-built policy model " + className + " cannot be loaded ("
                    + e + "); rebuild coalition-rules with 'mvn package'", e);
        }
    }
}
