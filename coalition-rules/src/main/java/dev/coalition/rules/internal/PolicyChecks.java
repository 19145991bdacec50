package dev.coalition.rules.internal;

import dev.coalition.policy.SettingDefinition;
import dev.coalition.policy.Settings;
import dev.coalition.policy.SettingsLayers;
import dev.coalition.rules.api.PolicyCheck;
import dev.coalition.rules.api.PolicyCompilationException;
import dev.coalition.rules.api.PolicyDiagnostic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a whole policy: its settings files, the checks across DRL files, and each decision area
 * whose DRL differs from the bundled files compiled from source (an area whose DRL files are the
 * bundled ones was compiled when the library was built, and Drools' verdict on DRL does not depend
 * on the settings' values). An area's compilation problems are remembered
 * for the same files and setting definitions, so checking again in the same process, after fixing
 * one area, compiles only what changed.
 */
public final class PolicyChecks {

    private static final int REMEMBERED = 32;
    private static final Map<String, List<PolicyDiagnostic>> COMPILED = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<PolicyDiagnostic>> eldest) {
                    return size() > REMEMBERED;
                }
            });

    private PolicyChecks() {
    }

    /** Every problem of a policy set, with its rule and file counts. */
    public static PolicyCheck check(PolicySet policies) {
        List<PolicyDiagnostic> problems = new ArrayList<>();
        SettingsLayers.Result layers = policies.readSettings();
        problems.addAll(PolicySet.diagnosticsOf(layers));
        Settings settings = layers.settings();
        for (String relation : settings.relationProblems()) {
            PolicySet.locate(relation, settings, layers.sources()).ifPresent(problems::add);
        }
        try {
            PolicyCompiler.check(policies.drlFiles(), settings);
        } catch (PolicyCompilationException e) {
            problems.addAll(e.diagnostics());
        }
        for (String area : PolicySet.areas()) {
            List<PolicySource> drls = policies.drlFiles(area);
            if (PrebuiltPolicies.prebuiltFrom(area, PolicySet.fingerprintOf(drls))) {
                continue;   // the checks across files above cover its settings; Drools compiled it at build time
            }
            String key = PolicySet.hashOf(drls) + "|" + settings.definitions().stream()
                    .map(SettingDefinition::name).collect(Collectors.joining(","))
                    + "|" + settings.definitions().stream().map(d -> d.type().name()).collect(Collectors.joining(","));
            problems.addAll(COMPILED.computeIfAbsent(key, k -> PolicyCompiler.problems(drls, settings)));
        }
        List<String> order = policies.files().stream().map(PolicySource::fileName).distinct().toList();
        List<PolicyDiagnostic> sorted = problems.stream().distinct()
                .sorted(Comparator.comparing((PolicyDiagnostic d) -> !d.message().startsWith(PolicyCompiler.IMPORT_PROBLEM))
                        .thenComparingInt(d -> order.indexOf(d.file()) < 0 ? order.size() : order.indexOf(d.file()))
                        .thenComparingInt(PolicyDiagnostic::line)
                        .thenComparingInt(PolicyDiagnostic::column))
                .toList();
        int rules = policies.drlFiles().stream().mapToInt(f -> DrlOutline.of(f).rules().size()).sum();
        return new PolicyCheck(rules, policies.drlFiles().size(), sorted);
    }
}
