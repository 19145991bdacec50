package dev.coalition.rules.internal;

import dev.coalition.policy.SettingDefinition;
import dev.coalition.policy.SettingType;
import dev.coalition.policy.Settings;
import dev.coalition.rules.api.PolicyCompilationException;
import dev.coalition.rules.api.PolicyDiagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles DRL policy files into a shared {@link KieBase}, programmatically (no kmodule.xml),
 * and reports every problem as a {@link PolicyDiagnostic} naming file, line and rule.
 *
 * <p>Beyond Drools' own checks it requires that rule names are unique across all files, that
 * every rule carries an {@code @id}, that ids are unique, and that every setting a rule reads
 * exists and has the type its accessor expects.
 */
public final class PolicyCompiler {

    /** How the diagnostic of an import that names no type starts; such problems are listed first. */
    public static final String IMPORT_PROBLEM = "cannot import ";

    private static final String RESOURCES = "src/main/resources/";
    private static final java.util.regex.Pattern BAD_IMPORT = java.util.regex.Pattern.compile("Error importing : '([^']+)'");
    private static final java.util.regex.Pattern PACKAGE =
            java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([A-Za-z_][\\w.]*)\\s*;?");

    private PolicyCompiler() {
    }

    /**
     * Compiles the DRL files of a policy set.
     *
     * @param policies the policy files
     * @param settings the settings the rules may read
     * @return the knowledge base, built once and shared
     * @throws PolicyCompilationException listing every problem
     */
    public static KieBase compile(PolicySet policies, Settings settings) {
        return compile(policies.drlFiles(), settings);
    }

    /**
     * Checks what Drools does not: unique rule names and ids across the files, an {@code @id} on
     * every rule, and settings that exist with the type their accessor expects.
     *
     * @throws PolicyCompilationException listing every problem
     */
    public static void check(List<PolicySource> drls, Settings settings) {
        Map<String, DrlOutline> outlines = new LinkedHashMap<>();
        for (PolicySource drl : drls) {
            outlines.put(drl.fileName(), DrlOutline.of(drl));
        }
        List<PolicyDiagnostic> problems = new ArrayList<>();
        checkOutlines(outlines, settings, problems);
        PolicyLint.refuseUnsafe(drls, problems);   // Java a policy may not use: refused before Drools compiles anything
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing((PolicyDiagnostic d) -> fileOrder(drls, d.file()))
                    .thenComparingInt(PolicyDiagnostic::line));
            throw new PolicyCompilationException(dedupe(problems));
        }
    }

    /**
     * Compiles DRL files from source into one knowledge base.
     *
     * @param drls     the DRL files, in load order
     * @param settings the settings the rules may read
     * @throws PolicyCompilationException listing every problem
     */
    public static KieBase compile(List<PolicySource> drls, Settings settings) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("dev.coalition.policies", "policy-" + UUID.randomUUID(), "1.0.0");
        try {
            List<PolicyDiagnostic> problems = build(services, releaseId, drls, settings);
            if (!problems.isEmpty()) {
                throw new PolicyCompilationException(problems);
            }
            KieContainer container = services.newKieContainer(releaseId);
            return container.getKieBase();
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * Every problem of DRL files compiled from source into one knowledge base, which is then
     * dropped: the checks of {@link #check} and Drools' compilation, readable (see {@link CompileMessages}).
     *
     * @param drls     the DRL files, in load order
     * @param settings the settings the rules may read
     * @return the problems, in file and line order (imports first); empty when the files compile
     */
    public static List<PolicyDiagnostic> problems(List<PolicySource> drls, Settings settings) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("dev.coalition.policies", "policy-" + UUID.randomUUID(), "1.0.0");
        try {
            return build(services, releaseId, drls, settings);
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    private static List<PolicyDiagnostic> build(KieServices services, ReleaseId releaseId, List<PolicySource> drls,
                                                Settings settings) {
        Map<String, DrlOutline> outlines = new LinkedHashMap<>();
        Map<String, PolicySource> byName = new LinkedHashMap<>();
        List<PolicyDiagnostic> problems = new ArrayList<>();
        for (PolicySource drl : drls) {
            outlines.put(drl.fileName(), DrlOutline.of(drl));
            byName.put(drl.fileName(), drl);
        }
        checkOutlines(outlines, settings, problems);
        List<PolicyDiagnostic> refused = PolicyLint.check(drls);
        if (!refused.isEmpty()) {   // Java a policy may not use: refused before Drools compiles anything
            problems.addAll(refused);
            problems.sort(Comparator.comparing((PolicyDiagnostic d) -> fileOrder(drls, d.file()))
                    .thenComparingInt(PolicyDiagnostic::line));
            return dedupe(problems);
        }

        KieFileSystem fileSystem = services.newKieFileSystem();
        fileSystem.generateAndWritePomXML(releaseId);
        Map<String, String> fileOfPath = new HashMap<>();
        for (PolicySource drl : drls) {
            String path = RESOURCES + folderOf(drl.text()) + drl.fileName();
            fileOfPath.put(path, drl.fileName());
            fileSystem.write(path, drl.text());
        }
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
        List<PolicyDiagnostic> engine = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? "" : message.getPath();
            String file = fileOfPath.getOrDefault(path, fileOfPath.getOrDefault(RESOURCES + path,
                    path.isEmpty() ? "(policy)" : path.substring(path.lastIndexOf('/') + 1)));
            int line = Math.max(0, message.getLine());
            DrlOutline outline = outlines.get(file);
            String rule = outline == null ? null : outline.ruleAt(line);
            engine.add(new PolicyDiagnostic(file, line, rule, clean(message.getText())));
        }
        // Drools adds "Parser returned a null Package" (line 0) for a file whose syntax errors it already reported
        engine.removeIf(d -> d.message().contains("Parser returned a null Package")
                && engine.stream().anyMatch(other -> other != d && other.file().equals(d.file())
                        && !other.message().contains("Parser returned a null Package")));
        // our own duplicate-name diagnostic says it once; Drools adds internal class names for the same problem
        if (problems.stream().anyMatch(d -> d.message().startsWith("duplicate rule name"))) {
            engine.removeIf(d -> d.message().contains("is already defined") || d.message().contains("Duplicate rule name"));
        }
        // a bad import breaks every rule of its package, in every file: report the import, not each rule it broke
        List<String> badImports = engine.stream().map(PolicyDiagnostic::message)
                .map(m -> BAD_IMPORT.matcher(m)).filter(java.util.regex.Matcher::find).map(m -> m.group(1)).toList();
        if (!badImports.isEmpty()) {
            engine.removeIf(d -> d.message().contains("Only a type can be imported")
                    && badImports.stream().anyMatch(d.message()::contains));
        }
        problems.addAll(CompileMessages.readable(engine, byName, outlines));
        problems.sort(Comparator.comparing((PolicyDiagnostic d) -> !d.message().startsWith(CompileMessages.BAD_IMPORT))
                .thenComparing(d -> fileOrder(drls, d.file()))
                .thenComparingInt(PolicyDiagnostic::line));
        return dedupe(problems);
    }

    private static void checkOutlines(Map<String, DrlOutline> outlines, Settings settings, List<PolicyDiagnostic> problems) {
        Map<String, String> nameSeen = new HashMap<>();
        Map<String, String> idSeen = new HashMap<>();
        for (DrlOutline outline : outlines.values()) {
            for (DrlOutline.RuleDeclaration rule : outline.rules()) {
                String where = outline.fileName() + ":" + rule.line();
                String earlier = nameSeen.putIfAbsent(rule.name(), where);
                if (earlier != null) {
                    problems.add(new PolicyDiagnostic(outline.fileName(), rule.line(), rule.name(),
                            "duplicate rule name: \"" + rule.name() + "\" is already declared at " + earlier
                                    + "; give each rule its own name"));
                }
                if (rule.id() == null) {
                    problems.add(new PolicyDiagnostic(outline.fileName(), rule.line(), rule.name(),
                            "the rule has no @id(\"...\") metadata; give it a stable id such as @id(\"governance.my-rule\")"));
                } else {
                    String earlierId = idSeen.putIfAbsent(rule.id(), where);
                    if (earlierId != null) {
                        problems.add(new PolicyDiagnostic(outline.fileName(), rule.line(), rule.name(),
                                "duplicate rule id \"" + rule.id() + "\": already used at " + earlierId));
                    }
                }
            }
            for (DrlOutline.SettingReference reference : outline.settings()) {
                String rule = outline.ruleAt(reference.line());
                if (!settings.defines(reference.name())) {
                    String message;
                    try {
                        settings.definition(reference.name());
                        message = "unknown setting \"" + reference.name() + "\"";
                    } catch (IllegalArgumentException e) {
                        message = e.getMessage();
                    }
                    problems.add(new PolicyDiagnostic(outline.fileName(), reference.line(), reference.column(), rule,
                            message.replace(Settings.UNKNOWN_SETTING_HINT,
                                    "; define it in a *.settings.properties file beside the DRL")));
                    continue;
                }
                SettingDefinition definition = settings.definition(reference.name());
                boolean fits = switch (reference.accessor()) {
                    case "number" -> definition.type() == SettingType.DECIMAL || definition.type() == SettingType.INTEGER;
                    case "integer" -> definition.type() == SettingType.INTEGER;
                    case "words" -> definition.type() == SettingType.WORDS;
                    case "line" -> definition.type() == SettingType.TEXT;
                    default -> definition.type() == SettingType.DOMAINS;
                };
                if (!fits) {
                    String accessor = switch (definition.type()) {
                        case DECIMAL -> "number";
                        case INTEGER -> "integer";
                        case DOMAINS -> "domains";
                        case WORDS -> "words";
                        case TEXT -> "line";
                    };
                    problems.add(new PolicyDiagnostic(outline.fileName(), reference.line(), reference.column(), rule,
                            "setting \"" + reference.name() + "\" is " + definition.type().description() + "; read it with "
                                    + accessor + "(\"" + reference.name() + "\"), not " + reference.accessor() + "(...)"));
                }
            }
        }
    }

    /** The folder matching a DRL file's package (Drools warns when they differ), e.g. {@code dev/coalition/policies/governance/}. */
    static String folderOf(String drl) {
        java.util.regex.Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    private static int fileOrder(List<PolicySource> drls, String file) {
        for (int i = 0; i < drls.size(); i++) {
            if (drls.get(i).fileName().equals(file)) {
                return i;
            }
        }
        return drls.size();
    }

    private static List<PolicyDiagnostic> dedupe(List<PolicyDiagnostic> problems) {
        return problems.stream().distinct().toList();
    }

    private static String clean(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.isEmpty() ? "compilation error" : oneLine;
    }
}
