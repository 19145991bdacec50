package dev.coalition.rules.internal;

import dev.coalition.governance.DecisionDomain;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.VotingAdvice;
import dev.coalition.value.Fraction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What a membership change changed, in sentences: computed by comparing the answers before and after. */
public final class MembershipDifferences {

    private MembershipDifferences() {
    }

    /** The differences in governance: mode, lead, each domain's route, findings raised and cleared. */
    public static List<String> governance(GovernanceRecommendation before, GovernanceRecommendation after) {
        List<String> out = new ArrayList<>();
        out.add(before.mode() == after.mode() ? "The recommended governance mode stays " + after.mode() + "."
                : "The recommended governance mode changes from " + before.mode() + " to " + after.mode() + ".");
        if (!Objects.equals(before.lead(), after.lead())) {
            out.add(after.lead() == null ? "The coalition no longer has a lead (it was " + before.lead() + ")."
                    : before.lead() == null ? after.lead() + " becomes the lead."
                    : "The lead changes from " + before.lead() + " to " + after.lead() + ".");
        }
        for (DecisionDomain domain : DecisionDomain.values()) {
            if (before.domains().get(domain) != after.domains().get(domain)) {
                out.add(domain + " decisions move from " + before.domains().get(domain) + " to " + after.domains().get(domain) + ".");
            }
        }
        Set<String> was = keys(before.findings());
        Set<String> now = keys(after.findings());
        for (String key : now) {
            if (!was.contains(key)) {
                out.add("New finding: " + key + ".");
            }
        }
        for (String key : was) {
            if (!now.contains(key)) {
                out.add("Finding cleared: " + key + ".");
            }
        }
        return out;
    }

    private static Set<String> keys(List<Finding> findings) {
        Set<String> keys = new LinkedHashSet<>();
        findings.forEach(f -> keys.add(f.id() + " (" + f.subject() + ")"));
        return keys;
    }

    /** The differences in voting power: each member whose Banzhaf or Shapley–Shubik index changed. */
    public static List<String> votingPower(VotingAdvice before, VotingAdvice after) {
        List<String> out = new ArrayList<>();
        Map<String, Fraction> bBefore = before.power().banzhaf();
        Map<String, Fraction> bAfter = after.power().banzhaf();
        Map<String, Fraction> sBefore = before.power().shapleyShubik();
        Map<String, Fraction> sAfter = after.power().shapleyShubik();
        Set<String> members = new LinkedHashSet<>(bBefore.keySet());
        members.addAll(bAfter.keySet());
        for (String m : members) {
            if (!bAfter.containsKey(m)) {
                out.add(m + " leaves the vote (Banzhaf " + bBefore.get(m) + ", Shapley–Shubik " + sBefore.get(m) + ").");
            } else if (!bBefore.containsKey(m)) {
                out.add(m + " joins the vote with Banzhaf " + bAfter.get(m) + ", Shapley–Shubik " + sAfter.get(m) + ".");
            } else if (!bBefore.get(m).equals(bAfter.get(m)) || !sBefore.get(m).equals(sAfter.get(m))) {
                out.add(m + "'s voting power changes: Banzhaf " + bBefore.get(m) + " to " + bAfter.get(m) + ", Shapley–Shubik "
                        + sBefore.get(m) + " to " + sAfter.get(m) + ".");
            }
        }
        if (out.isEmpty()) {
            out.add("No member's voting power changes.");
        }
        return out;
    }
}
