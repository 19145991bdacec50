package dev.coalition.rules.api;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a policy does not compile; carries every problem as a {@link PolicyDiagnostic}. */
public final class PolicyCompilationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<PolicyDiagnostic> diagnostics;

    /** @param diagnostics the problems found, at least one */
    public PolicyCompilationException(List<PolicyDiagnostic> diagnostics) {
        super("the policy does not compile:\n" + diagnostics.stream().map(PolicyDiagnostic::toString)
                .collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every problem found, by file and line. */
    public List<PolicyDiagnostic> diagnostics() {
        return diagnostics;
    }
}
