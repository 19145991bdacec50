package dev.coalition.rules.api;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ReloadingAdvisor#reload(CoalitionAdvisor.Builder)} did: swapped a new policy in, or
 * kept the one in service and says why. Immutable.
 *
 * @param reloaded    whether the new advisor is now in service
 * @param policyHash  the policy hash of the advisor in service after the call (the new one, or the old one kept)
 * @param generation  the generation in service after the call: 0 for the first advisor, one more per reload
 * @param problems    why the new advisor was not built, one sentence each; empty when reloaded
 * @param diagnostics the policy's problems by file, line and rule, when it did not compile; empty otherwise
 */
public record ReloadResult(boolean reloaded, String policyHash, long generation, List<String> problems,
                          List<PolicyDiagnostic> diagnostics) {

    public ReloadResult {
        Objects.requireNonNull(policyHash, "policyHash");
        problems = List.copyOf(problems);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A reload that put a new advisor in service. */
    static ReloadResult swapped(String policyHash, long generation) {
        return new ReloadResult(true, policyHash, generation, List.of(), List.of());
    }

    /** A reload that failed: the advisor in service stays. */
    static ReloadResult kept(String policyHash, long generation, List<String> problems, List<PolicyDiagnostic> diagnostics) {
        return new ReloadResult(false, policyHash, generation, problems, diagnostics);
    }

    /** The result as a person reads it: what is in service, and each problem on a line of its own. */
    public String describe() {
        StringBuilder text = new StringBuilder(reloaded
                ? "reloaded: generation " + generation + ", policy " + policyHash
                : "not reloaded; generation " + generation + " (policy " + policyHash + ") stays in service because:");
        problems.forEach(p -> text.append("\n  ").append(p));
        return text.toString();
    }
}
