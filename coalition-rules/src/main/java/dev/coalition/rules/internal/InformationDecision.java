package dev.coalition.rules.internal;

import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import dev.coalition.information.AccessCounts;
import dev.coalition.information.InformationItem;
import dev.coalition.information.InformationPlan;
import dev.coalition.information.MemberReach;
import dev.coalition.policy.Settings;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.InformationAdvice;
import dev.coalition.rules.information.AccessGranted;
import dev.coalition.rules.information.InformationReach;
import dev.coalition.rules.information.ItemShared;
import dev.coalition.rules.information.TierMember;
import dev.coalition.value.Fraction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Information tiers, in two stages of the operations rules (operations-information.drl): the
 * access rules grant each member what it sees; Java counts the items each member sees and the
 * median of its peers (core's {@link AccessCounts}); the asymmetry rule compares the two.
 */
public final class InformationDecision {

    private InformationDecision() {
    }

    /**
     * Decides who sees each item and which members are outside what others see.
     *
     * @throws InvalidCoalitionException naming every problem of the plan, paths {@code information.…}
     */
    public static InformationAdvice decide(DecisionRunner runner, Settings settings, Coalition coalition, InformationPlan plan) {
        List<String> members = coalition.members().stream().map(Member::id).toList();
        List<Violation> problems = plan.violations(members);
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        List<Object> facts = new ArrayList<>(List.of(settings));
        facts.addAll(coalition.members());
        plan.tiers().forEach((tier, tierMembers) -> tierMembers.forEach(m -> facts.add(new TierMember(tier, m))));
        for (InformationItem item : plan.items()) {
            facts.add(new ItemShared(item.id(), item.owner(), item.classification().name(), item.tier(), item.sharedWith()));
        }
        DecisionRunner.Outcome granting = runner.run("information access", coalition.name(), facts);
        List<AccessGranted> grants = granting.all(AccessGranted.class);
        List<Map.Entry<String, String>> pairs = grants.stream().map(g -> Map.entry(g.item(), g.member())).toList();
        List<MemberReach> reach = AccessCounts.of(coalition, AccessCounts.seenBy(pairs));
        List<Object> figures = new ArrayList<>(List.of(settings));
        reach.forEach(r -> figures.add(new InformationReach(r.member(), Fraction.of(r.sees()), r.peerMedian(), r.peers())));
        DecisionRunner.Outcome judging = runner.run("information asymmetry", coalition.name(), figures);
        List<InformationAdvice.Asymmetry> asymmetry = reach.stream()
                .map(r -> new InformationAdvice.Asymmetry(r.member(), r.sees(), r.peerMedian(), r.peers())).toList();
        List<ExplanationStep> explanation = new ArrayList<>(granting.explanation());
        explanation.addAll(judging.explanation());
        List<Finding> findings = new ArrayList<>(Findings.of(granting));
        findings.addAll(Findings.of(judging));
        return new InformationAdvice(access(plan, members, grants), asymmetry, findings, explanation);
    }

    /** The grants by item (in the plan's order), then by rule (in firing order), members in the coalition's order. */
    private static List<InformationAdvice.Access> access(InformationPlan plan, List<String> members, List<AccessGranted> grants) {
        Map<String, Map<String, List<String>>> byItem = new LinkedHashMap<>();
        plan.items().forEach(item -> byItem.put(item.id(), new LinkedHashMap<>()));
        for (AccessGranted grant : grants) {
            List<String> reached = byItem.computeIfAbsent(grant.item(), i -> new LinkedHashMap<>())
                    .computeIfAbsent(grant.rule(), r -> new ArrayList<>());
            if (!reached.contains(grant.member())) {
                reached.add(grant.member());
            }
        }
        List<InformationAdvice.Access> access = new ArrayList<>();
        byItem.forEach((item, byRule) -> byRule.forEach((rule, reached) -> {
            reached.sort(Comparator.comparingInt(members::indexOf));
            access.add(new InformationAdvice.Access(item, reached, rule));
        }));
        return access;
    }
}
