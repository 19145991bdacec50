package dev.coalition.rules.assessment;

import java.util.List;
import java.util.Objects;

/**
 * Input fact: a group of candidates whose figures the rules read: all the candidates (scope
 * {@value #ALL}) or those who remain when a composition option leaves some out. Every other
 * assessment fact names its group's scope.
 *
 * @param scope   {@value #ALL}, or {@code without:} and the ids left out joined by {@code +}
 * @param leftOut the candidates left out, by id; empty for all
 * @param size    how many candidates the group has
 */
public record AssessedGroup(String scope, List<String> leftOut, int size) {

    /** The scope of all the candidates. */
    public static final String ALL = "all";

    public AssessedGroup {
        Objects.requireNonNull(scope, "scope");
        leftOut = List.copyOf(leftOut);
    }

    /** The scope of the candidates who remain when these are left out. */
    public static String without(List<String> leftOut) {
        return leftOut.isEmpty() ? ALL : "without:" + String.join("+", leftOut);
    }

    /** How a reason about this group starts: nothing for all, {@code "Without a and b: "} otherwise. */
    public String prefix() {
        return leftOut.isEmpty() ? "" : "Without " + dev.coalition.rules.policy.Text.list(leftOut) + ": ";
    }
}
