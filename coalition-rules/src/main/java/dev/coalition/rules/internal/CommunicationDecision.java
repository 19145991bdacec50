package dev.coalition.rules.internal;

import dev.coalition.communication.Cadence;
import dev.coalition.communication.CommunicationEntry;
import dev.coalition.communication.CommunicationFigures;
import dev.coalition.communication.CommunicationPlan;
import dev.coalition.communication.Format;
import dev.coalition.communication.Layer;
import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import dev.coalition.policy.Settings;
import dev.coalition.rules.api.CommunicationAdvice;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.communication.CommunicationContext;
import dev.coalition.rules.communication.EntryProposed;
import dev.coalition.rules.communication.LayerCoverage;
import dev.coalition.rules.communication.MeetingShare;
import dev.coalition.rules.communication.MemberChannels;
import dev.coalition.value.Fraction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Communication plans, in two stages of the operations rules (operations-communication.drl): when
 * no plan is given, the proposal rules propose its entries from the coalition's size and governance
 * mode; Java computes the plan's figures (core's {@link CommunicationFigures}); the check rules
 * decide the findings.
 */
public final class CommunicationDecision {

    private CommunicationDecision() {
    }

    /**
     * Checks the plan given, or proposes one and checks it.
     *
     * @param plan the plan, or {@code null} to have one proposed
     * @throws InvalidCoalitionException naming every problem of the plan, paths {@code communication[i].…}
     */
    public static CommunicationAdvice plan(DecisionRunner runner, Settings settings, Coalition coalition,
                                           GovernanceRecommendation governance, CommunicationPlan plan) {
        List<ExplanationStep> explanation = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        CommunicationPlan checked = plan;
        if (plan == null) {
            DecisionRunner.Outcome proposing = runner.run("communication plan", coalition.name(),
                    List.of(settings, context(coalition, governance)));
            checked = new CommunicationPlan(proposing.all(EntryProposed.class).stream()
                    .map(CommunicationDecision::entry)
                    .sorted(Comparator.comparing(CommunicationEntry::layer))
                    .toList());
            explanation.addAll(proposing.explanation());
            findings.addAll(Findings.of(proposing));
        } else {
            List<Violation> problems = plan.violations(coalition);
            if (!problems.isEmpty()) {
                throw new InvalidCoalitionException(problems);
            }
        }
        CommunicationFigures figures = CommunicationFigures.of(coalition, checked);
        DecisionRunner.Outcome checking = runner.run("communication checks", coalition.name(), facts(settings, coalition, checked, figures));
        explanation.addAll(checking.explanation());
        findings.addAll(Findings.of(checking));
        return new CommunicationAdvice(checked.entries(), plan == null, figures.meetingShare(), findings, explanation);
    }

    private static CommunicationContext context(Coalition coalition, GovernanceRecommendation governance) {
        Set<String> leadership = new LinkedHashSet<>();
        if (governance.lead() != null) {
            leadership.add(governance.lead());
        }
        leadership.addAll(coalition.steeringBody());
        return new CommunicationContext(governance.mode().name(), coalition.size(),
                coalition.members().stream().map(Member::id).toList(), List.copyOf(leadership));
    }

    private static CommunicationEntry entry(EntryProposed proposed) {
        return new CommunicationEntry(Layer.valueOf(proposed.layer()), Cadence.valueOf(proposed.cadence()),
                Format.valueOf(proposed.format()), Fraction.of(proposed.hoursPerMonth()), proposed.audience(),
                proposed.reason().toString());
    }

    private static List<Object> facts(Settings settings, Coalition coalition, CommunicationPlan plan, CommunicationFigures figures) {
        List<Object> facts = new ArrayList<>(List.of(settings,
                new MeetingShare(figures.meetingShare(), figures.meetingHours(), figures.totalHours())));
        for (Layer layer : Layer.values()) {
            facts.add(new LayerCoverage(layer.name(), (int) plan.entries().stream().filter(e -> e.layer() == layer).count()));
        }
        for (Member member : coalition.members()) {
            facts.add(new MemberChannels(member.id(), (int) figures.reach().stream().filter(r -> r.contains(member.id())).count()));
        }
        return facts;
    }
}
