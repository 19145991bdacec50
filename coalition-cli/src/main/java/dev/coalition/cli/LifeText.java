package dev.coalition.cli;

import dev.coalition.assessment.PairFit;
import dev.coalition.conflict.Conflict;
import dev.coalition.core.Member;
import dev.coalition.lifecycle.MembershipChange;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.LifecycleAdvice;
import dev.coalition.rules.api.MembershipAdvice;
import dev.coalition.timeline.TimelineState;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The lines of {@code coalition evaluate --format text} about the coalition's life: the timeline
 * replayed, the renewal review and each membership change, and then their explanations, worded
 * as {@link RecommendationText} words the other parts.
 */
final class LifeText {

    private static final String INDENT = "  ";

    private LifeText() {
    }

    /** The lines of the parts asked for, in the answer's order. */
    static List<String> parts(LifeAnswers life) {
        List<String> lines = new ArrayList<>();
        if (life.lifecycle() != null) {
            lifecycle(life.lifecycle(), lines);
        }
        if (life.membership() != null) {
            life.membership().forEach(advice -> membership(advice, lines));
        }
        if (life.timeline() != null) {
            timeline(life.timeline(), lines);
        }
        return lines;
    }

    /** The explanation lines of the parts asked for, as the "Why" section lists them. */
    static List<String> explanations(LifeAnswers life) {
        List<String> lines = new ArrayList<>();
        if (life.lifecycle() != null) {
            explanation("renewal review", life.lifecycle().explanation(), lines);
        }
        return lines;
    }

    private static void lifecycle(LifecycleAdvice advice, List<String> lines) {
        lines.add("Life cycle: " + advice.ageMonths() + " months old; last renewal "
                + (advice.lastRenewal() == null ? "none" : advice.lastRenewal()) + "; next renewal due " + advice.renewalDue()
                + (advice.renewalOverdue() ? " (overdue)" : "") + (advice.halfLifeReached() ? "; half-life reached" : ""));
        lines.add(INDENT + "triggers:" + (advice.triggers().isEmpty() ? " none" : ""));
        for (LifecycleAdvice.Trigger t : advice.triggers()) {
            lines.add(INDENT + INDENT + t.id() + " (" + t.subject() + "): " + t.reason());
        }
        lines.add(INDENT + "renewal agenda:" + (advice.agenda().isEmpty() ? " none" : ""));
        for (LifecycleAdvice.AgendaItem item : advice.agenda()) {
            lines.add(INDENT + INDENT + item.topic() + ": " + item.reason());
        }
        findings(advice.findings(), lines);
    }

    private static void membership(MembershipAdvice advice, List<String> lines) {
        MembershipChange change = advice.change();
        lines.add("Membership change on " + change.on() + ": " + change.kind() + " " + change.memberId()
                + (change.conflict() == null ? "" : " (through conflict \"" + change.conflict() + "\")"));
        lines.add(INDENT + "governance " + advice.governanceBefore().mode() + lead(advice.governanceBefore().lead()) + " -> "
                + advice.governanceAfter().mode() + lead(advice.governanceAfter().lead()));
        if (!advice.compatibility().isEmpty()) {
            lines.add(INDENT + "compatibility: " + advice.compatibility().stream()
                    .map(f -> pair(f)).collect(Collectors.joining(", ")));
        }
        for (String sentence : advice.differences()) {
            lines.add(INDENT + "- " + sentence);
        }
    }

    private static String pair(PairFit fit) {
        return fit.a() + " and " + fit.b() + " " + fit.fit();
    }

    private static String lead(String lead) {
        return lead == null ? "" : " (led by " + lead + ")";
    }

    private static void timeline(TimelineSection.Replayed replayed, List<String> lines) {
        TimelineState state = replayed.state();
        lines.add("Timeline: " + replayed.replayedEvents() + " of " + replayed.events() + " events replayed to "
                + replayed.replayedTo() + " (formed " + state.coalition().formedOn() + ")");
        lines.add(INDENT + "members: " + state.coalition().members().stream().map(Member::id).collect(Collectors.joining(", ")));
        lines.add(INDENT + "renewals: " + (state.renewals().isEmpty() ? "none" : state.renewals().stream()
                .map(Object::toString).collect(Collectors.joining(", "))));
        if (state.mode() != null) {
            lines.add(INDENT + "governed " + state.mode() + " (the mode adopted at the latest renewal that names one)");
        }
        lines.add(INDENT + "conflicts: " + (state.conflicts().isEmpty() ? "none" : state.conflicts().stream()
                .map(Conflict::id).collect(Collectors.joining(", "))));
    }

    private static void findings(List<Finding> findings, List<String> lines) {
        lines.addAll(RecommendationText.findingLines(INDENT + "findings:", INDENT, findings));
    }

    private static void explanation(String part, List<ExplanationStep> steps, List<String> lines) {
        lines.addAll(RecommendationText.explanationLines(part, steps));
    }
}
