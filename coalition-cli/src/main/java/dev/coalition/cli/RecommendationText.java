package dev.coalition.cli;

import dev.coalition.conflict.Divergence;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.health.Pillar;
import dev.coalition.rules.api.ConflictAssessment;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.DivisionStability;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.FitEntry;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.HealthAdvice;
import dev.coalition.rules.api.InformationAdvice;
import dev.coalition.rules.api.Numbers;
import dev.coalition.rules.api.ProposalAdvice;
import dev.coalition.rules.api.ReadinessAdvice;
import dev.coalition.rules.api.Safeguard;
import dev.coalition.rules.api.VotingAdvice;
import dev.coalition.value.Allocation;
import dev.coalition.value.stability.BlockingCoalition;
import dev.coalition.value.Fraction;
import dev.coalition.value.ShapleyValues;
import dev.coalition.voting.VotingPower;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The readable account of {@code coalition evaluate --format text}, for a person at a terminal:
 * the recommendation, its fit, decision domains, safeguards and findings; then the distribution,
 * the voting power, each conflict, the alliance's health, formation readiness, information access, each proposal,
 * the renewal review, each membership change and the timeline replayed ({@link LifeText}) the document asks for; then the explanation of every part,
 * rule by rule. The wording follows the examples ({@code coalition-examples}) and
 * {@link GovernanceRecommendation#describe()}. The same evaluation always gives the same text
 * ({@code \n} line ends, a final newline).
 */
final class RecommendationText {

    private static final String INDENT = "  ";

    private final StringBuilder text = new StringBuilder();

    private RecommendationText() {
    }

    /** The readable account of an evaluation. */
    static String write(Evaluation evaluation) {
        RecommendationText writer = new RecommendationText();
        writer.line("=== " + evaluation.coalition().name() + " (" + evaluation.coalition().size() + " members) ===");
        writer.governance(evaluation.governance());
        if (evaluation.distribution() != null) {
            writer.distribution(evaluation.distribution());
        }
        if (evaluation.voting() != null) {
            writer.voting(evaluation.voting());
        }
        if (evaluation.conflicts() != null) {
            evaluation.conflicts().forEach(writer::conflict);
        }
        if (evaluation.assessment() != null) {
            writer.assessment(evaluation.assessment());
        }
        if (evaluation.health() != null) {
            writer.health(evaluation.health());
        }
        if (evaluation.readiness() != null) {
            writer.readiness(evaluation.readiness());
        }
        if (evaluation.information() != null) {
            writer.information(evaluation.information());
        }
        if (evaluation.proposals() != null) {
            evaluation.proposals().forEach(writer::proposal);
        }
        if (evaluation.communication() != null) {
            writer.communication(evaluation.communication());
        }
        LifeText.parts(evaluation.life()).forEach(writer::line);
        writer.why(evaluation);
        return writer.text.toString();
    }

    private void governance(GovernanceRecommendation r) {
        line("Mode: " + r.mode() + " (" + r.mode().description() + ")" + (r.lead() == null ? "" : ", led by " + r.lead()));
        line("Fit:");
        for (FitEntry f : r.fit()) {
            line(INDENT + (f.matched() ? "[x] " : "[ ] ") + f.reason());
        }
        line("Decision domains:");
        for (Map.Entry<DecisionDomain, GovernanceMode> domain : r.domains().entrySet()) {
            line(INDENT + domain.getKey() + " -> " + domain.getValue());
        }
        line("Safeguards:" + (r.safeguards().isEmpty() ? " none" : ""));
        for (Safeguard s : r.safeguards()) {
            line(INDENT + s.id() + parameters(s.parameters()) + ": " + s.reason());
        }
        findings("Findings:", "", r.findings());
    }

    private void distribution(DistributionAdvice advice) {
        Allocation allocation = advice.allocation();
        line("Distribution of " + allocation.amount() + ": policy " + advice.policy() + ", " + allocation.guarantee());
        for (Map.Entry<String, Fraction> share : allocation.exactShares().entrySet()) {
            Fraction exact = allocation.amount().inMajorUnits(share.getValue());
            line(INDENT + share.getKey() + ": " + allocation.formatted(share.getKey()) + " (exact share " + exact + ")");
        }
        if (allocation.approximation().isPresent()) {
            ShapleyValues.Approximation a = allocation.approximation().get();
            line(INDENT + "estimated from " + a.permutations() + " sampled orderings, seed " + a.seed() + " (epsilon "
                    + Numbers.format(a.epsilon()) + ", delta " + Numbers.format(a.delta()) + ")");
        }
        advice.stability().ifPresent(this::stability);
        findings(INDENT + "findings:", INDENT, advice.findings());
    }

    private void stability(DivisionStability s) {
        line(INDENT + "stability (in the game's units): " + (s.inCore() ? "in the core" : "not in the core")
                + s.epsilon().map(e -> ", least-core epsilon " + e).orElse(""));
        for (BlockingCoalition b : s.blockingCoalitions()) {
            line(INDENT + INDENT + String.join(", ", b.members()) + " would gain " + b.gain() + " by leaving (value " + b.value()
                    + ", received " + b.received() + ")");
        }
        if (s.blockingCount() > s.blockingCoalitions().size()) {
            line(INDENT + INDENT + "and " + (s.blockingCount() - s.blockingCoalitions().size()) + " more groups");
        }
        s.nucleolus().ifPresent(n -> line(INDENT + INDENT + "nucleolus: " + String.join(", ",
                n.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())));
    }

    private void voting(VotingAdvice advice) {
        VotingPower power = advice.power();
        line("Voting power, quota " + power.game().quota() + " of " + power.game().totalWeight() + ":");
        for (String id : power.game().players()) {
            line(INDENT + id + ": weight " + power.game().weights().get(id) + ", Banzhaf " + index(power.banzhaf().get(id))
                    + ", Shapley-Shubik " + index(power.shapleyShubik().get(id)));
        }
        line(INDENT + "veto players: " + list(power.vetoPlayers()) + "; null players: " + list(power.nullPlayers()));
        findings(INDENT + "findings:", INDENT, advice.findings());
    }

    private void conflict(ConflictAssessment a) {
        line("Conflict \"" + a.id() + "\":");
        for (ConflictAssessment.TypeAssessment t : a.types()) {
            line(INDENT + t.role() + " " + t.type() + " because " + list(t.because()));
        }
        line(INDENT + "stage " + a.stage() + " (" + a.level() + "), interventions " + list(a.interventions())
                + (a.externalFacilitatorRequired() ? ", external facilitator required" : ""));
        ConflictAssessment.NextStepAdvice next = a.nextStep();
        line(INDENT + "next step: " + (next == null ? "none" : next.step() + ", owned by " + next.owner()
                + (next.dueOn() == null ? "" : ", due " + next.dueOn()) + ": " + next.reason()));
        for (ConflictAssessment.MediatorAdvice m : a.mediators()) {
            line(INDENT + "mediator #" + m.rank() + " " + m.id() + (m.external() ? " (external)" : "") + ": "
                    + String.join(" ", m.reasons()));
        }
        line(INDENT + a.resolvability().value() + ": " + String.join(" ", a.resolvability().reasons()));
        if (a.divergence() != null) {
            Divergence plan = a.divergence().plan();
            line(INDENT + "divergence" + (a.divergence().proposed() ? " (proposed)" : "") + ": " + a.divergence().leaving()
                    + " leaves, grace until " + plan.graceUntil() + ", " + plan.creditsEarned() + " credits recognised, "
                    + plan.settlement() + " settled; steering body after: " + list(plan.steeringBodyAfter()));
        }
        findings(INDENT + "findings:", INDENT, a.findings());
    }

    private void why(Evaluation evaluation) {
        line("Why:");
        explanation("governance", evaluation.governance().explanation());
        if (evaluation.distribution() != null) {
            explanation("distribution", evaluation.distribution().explanation());
        }
        if (evaluation.voting() != null) {
            explanation("voting power", evaluation.voting().explanation());
        }
        if (evaluation.conflicts() != null) {
            evaluation.conflicts().forEach(a -> explanation("conflict \"" + a.id() + "\"", a.explanation()));
        }
        if (evaluation.assessment() != null) {
            explanation("partner assessment", evaluation.assessment().explanation());
        }
        if (evaluation.health() != null) {
            explanation("health", evaluation.health().explanation());
        }
        if (evaluation.readiness() != null) {
            explanation("formation readiness", evaluation.readiness().explanation());
        }
        if (evaluation.information() != null) {
            explanation("information", evaluation.information().explanation());
        }
        if (evaluation.proposals() != null) {
            evaluation.proposals().forEach(p -> explanation("proposal \"" + p.id() + "\"", p.explanation()));
        }
        if (evaluation.communication() != null) {
            explanation("communication", evaluation.communication().explanation());
        }
        LifeText.explanations(evaluation.life()).forEach(this::line);
    }

    private void communication(dev.coalition.rules.api.CommunicationAdvice advice) {
        line("Communication plan (" + (advice.proposed() ? "proposed" : "given") + "), meeting share "
                + advice.meetingShare() + ":" + (advice.plan().isEmpty() ? " no entries" : ""));
        for (dev.coalition.communication.CommunicationEntry e : advice.plan()) {
            line(INDENT + e.layer() + " " + e.cadence() + " " + e.format() + ", " + e.hoursPerMonth() + " h/month -> "
                    + list(e.audience()));
        }
        findings(INDENT + "findings:", INDENT, advice.findings());
    }

    private void proposal(ProposalAdvice p) {
        line("Proposal \"" + p.id() + "\": " + p.outcome() + " (decided " + (p.routedTo() == GovernanceMode.DISTRIBUTED
                ? "by the members' vote" : "centrally") + ")");
        if (p.frozen() != null) {
            line(INDENT + "participation " + index(p.participation()) + ", quorum " + index(p.frozen().quorum())
                    + "; support " + index(p.support()) + ", threshold " + index(p.frozen().threshold()));
        }
        if (p.extendedTo() != null) {
            line(INDENT + "voting extended to " + p.extendedTo());
        }
        if (p.rationaleDue() != null) {
            line(INDENT + "rationale due " + p.rationaleDue() + "; member input before the decision: "
                    + list(p.inputBeforeDecision().stream().map(i -> i.member() + " at " + i.at()).toList()));
        }
        findings(INDENT + "findings:", INDENT, p.findings());
    }

    private void health(HealthAdvice advice) {
        line("Health: " + advice.status());
        for (Map.Entry<Pillar, Fraction> latest : advice.latest().entrySet()) {
            Fraction change = advice.trend().get(latest.getKey());
            line(INDENT + latest.getKey() + ": " + index(latest.getValue())
                    + (change == null ? "" : ", change " + index(change)));
        }
        line(INDENT + "interventions:" + (advice.interventions().isEmpty() ? " none" : ""));
        for (HealthAdvice.Intervention i : advice.interventions()) {
            line(INDENT + INDENT + i.id() + " (" + i.pillar() + "): " + i.reason());
        }
        findings(INDENT + "findings:", INDENT, advice.findings());
    }

    private void readiness(ReadinessAdvice advice) {
        line("Formation: " + (advice.ready() ? "ready" : "not ready") + " after " + advice.formationWeeks()
                + " whole weeks; missing steps: " + list(advice.missing()));
        findings(INDENT + "findings:", INDENT, advice.findings());
    }

    private void information(InformationAdvice advice) {
        line("Information access:" + (advice.access().isEmpty() ? " no items" : ""));
        for (InformationAdvice.Access access : advice.access()) {
            line(INDENT + access.item() + " -> " + list(access.members()) + " (" + access.rule() + ")");
        }
        line(INDENT + "reach:");
        for (InformationAdvice.Asymmetry reach : advice.asymmetry()) {
            line(INDENT + INDENT + reach.member() + " sees " + reach.sees() + "; peer median " + reach.peerMedian() + " ("
                    + reach.peers() + ")");
        }
        findings(INDENT + "findings:", INDENT, advice.findings());
    }

    private void assessment(dev.coalition.rules.api.PartnerAssessment a) {
        line("Partner assessment of " + a.candidates().size() + " candidates:");
        line(INDENT + "coalition fit " + index(a.coalitionFit()) + "; weakest pair " + a.weakestPair().a() + " and "
                + a.weakestPair().b() + ", fit " + index(a.weakestPair().fit()));
        line(INDENT + "spread: " + a.spread().entrySet().stream().map(e -> e.getKey() + " " + index(e.getValue()))
                .collect(Collectors.joining(", ")));
        line(INDENT + "unserved wants: " + (a.unservedWants().isEmpty() ? "none" : a.unservedWants().stream()
                .map(w -> w.candidate() + " seeks " + w.resource()).collect(Collectors.joining(", "))));
        findings(INDENT + "flags:", INDENT, a.flags());
        line(INDENT + "composition (" + a.compositionSearch() + " search):" + (a.composition().isEmpty() ? " no change suggested" : ""));
        for (dev.coalition.rules.api.CompositionSuggestion s : a.composition()) {
            line(INDENT + INDENT + "leave out " + list(s.leaveOut()) + ": weakest pair " + index(s.weakestPairBefore()) + " -> "
                    + index(s.weakestPairAfter()) + ", coalition fit " + index(s.coalitionFitAfter()) + "; clears "
                    + (s.flagsCleared().isEmpty() ? "no flag" : s.flagsCleared().stream().map(f -> f.id() + " (" + f.subject() + ")")
                    .collect(Collectors.joining(", "))));
        }
    }

    private void explanation(String part, List<ExplanationStep> steps) {
        explanationLines(part, steps).forEach(this::line);
    }

    private void findings(String heading, String indent, List<Finding> findings) {
        findingLines(heading, indent, findings).forEach(this::line);
    }

    /** A part's explanation: its name, then each step one level further in. */
    static List<String> explanationLines(String part, List<ExplanationStep> steps) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(INDENT + part + ":");
        steps.forEach(step -> lines.add(INDENT + INDENT + step));
        return lines;
    }

    /** Findings under a heading ({@code none} when there are none), each one level below {@code indent}. */
    static List<String> findingLines(String heading, String indent, List<Finding> findings) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(heading + (findings.isEmpty() ? " none" : ""));
        for (Finding f : findings) {
            lines.add(indent + INDENT + f.severity() + " " + f.id() + " (" + f.subject() + "): " + f.reason());
        }
        return lines;
    }

    /** Safeguard parameters as {@code (name value, name a, b)}; empty when there are none. */
    private static String parameters(Map<String, Object> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        return parameters.entrySet().stream().map(p -> p.getKey() + " " + value(p.getValue()))
                .collect(Collectors.joining(", ", " (", ")"));
    }

    /** A parameter value: decimals as {@link Numbers#format} writes them, collections in the JSON answer's order. */
    private static String value(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return Numbers.format(((Number) value).doubleValue());
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? "none" : JsonValues.ordered(items).stream().map(RecommendationText::value)
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return String.valueOf(value);
    }

    private static String index(Fraction index) {
        return index + " (" + Numbers.format(index.doubleValue()) + ")";
    }

    private static String list(Collection<?> items) {
        return items.isEmpty() ? "none" : items.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private void line(String line) {
        text.append(line).append('\n');
    }
}
