package dev.coalition.rules.api;

import dev.coalition.rules.internal.PolicyChecks;
import dev.coalition.rules.internal.PolicySet;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What checking a policy found: the bundled policy with a policy directory laid over it, every
 * decision area whose DRL it changes compiled from source (the bundled DRL was compiled when the library
 * was built), with every check an advisor's {@code build()} makes (settings
 * files, rule names and ids, the settings rules read, Drools' compilation). What {@code coalition
 * check} prints.
 *
 * <pre>{@code
 * PolicyCheck check = PolicyCheck.of(Path.of("my-policy"));
 * if (!check.ok()) check.problems().forEach(System.out::println);   // FILE:LINE:COLUMN: rule "NAME": MESSAGE
 * }</pre>
 *
 * @param rules    how many rules the policy's DRL files declare
 * @param files    how many DRL files it has
 * @param problems every problem, in load order of the files and by line; empty when the policy is sound
 */
public record PolicyCheck(int rules, int files, List<PolicyDiagnostic> problems) {

    public PolicyCheck {
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }

    /**
     * Checks the bundled policy with a directory of policy files laid over it.
     *
     * @param directory a directory of {@code *.drl} and {@code *.settings.properties} files
     * @throws IllegalArgumentException naming the directory when it does not exist
     */
    public static PolicyCheck of(Path directory) {
        return PolicyChecks.check(PolicySet.bundled().withDirectory(Objects.requireNonNull(directory, "directory")));
    }

    /** Whether the policy has no problem. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** {@code OK: N rules in M files}, or how many problems were found. */
    public String summary() {
        return ok() ? "OK: " + rules + " rules in " + files + " files"
                : problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + files + " files";
    }
}
