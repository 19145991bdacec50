package dev.coalition.rules.internal;

import dev.coalition.composition.CategoryMix;
import dev.coalition.core.Coalition;
import dev.coalition.core.MemberCategory;
import dev.coalition.governance.Contingency;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.network.TrustNetwork;
import dev.coalition.policy.Settings;
import dev.coalition.rules.api.Band;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.FitEntry;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.PolicyRuntimeException;
import dev.coalition.rules.api.Safeguard;
import dev.coalition.rules.governance.CategorySeat;
import dev.coalition.rules.governance.ContingencyFigure;
import dev.coalition.rules.governance.DomainOption;
import dev.coalition.rules.governance.DomainRoute;
import dev.coalition.rules.governance.Fit;
import dev.coalition.rules.governance.LeadChoice;
import dev.coalition.rules.governance.ModeChoice;
import dev.coalition.rules.governance.ModeOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The governance decision: computes the figures the rules compare (in Java), runs the governance
 * rules, and checks that the policy gave a complete answer before assembling the recommendation.
 */
public final class GovernanceDecision {

    private GovernanceDecision() {
    }

    /** The input facts for a coalition: the coalition, its context, its figures, the options. */
    public static List<Object> facts(Coalition coalition, Settings settings) {
        TrustNetwork trust = TrustNetwork.of(coalition);
        CategoryMix mix = CategoryMix.of(coalition);
        GovernanceContext context = coalition.context();
        List<Object> facts = new ArrayList<>();
        facts.add(settings);
        facts.add(coalition);
        facts.add(context);
        facts.add(trust);
        facts.add(new ContingencyFigure(Contingency.TRUST, trust.density(), trust.centralization()));
        facts.add(new ContingencyFigure(Contingency.PARTICIPANTS, coalition.size(), null));
        facts.add(new ContingencyFigure(Contingency.GOAL_CONSENSUS, context.goalConsensus(), null));
        facts.add(new ContingencyFigure(Contingency.COMPETENCY_NEED, context.networkCompetencyNeed(), null));
        facts.add(new ContingencyFigure(Contingency.URGENCY, context.decisionUrgency(), null));
        facts.add(new ContingencyFigure(Contingency.STABILITY, context.strategicStability(), null));
        facts.add(new ContingencyFigure(Contingency.DIVERSITY, mix.blauIndex(), null));
        for (Map.Entry<MemberCategory, Integer> e : mix.memberCounts().entrySet()) {
            facts.add(new CategorySeat(e.getKey(), e.getValue(), mix.seatCounts().get(e.getKey())));
        }
        for (GovernanceMode mode : GovernanceMode.values()) {
            facts.add(new ModeOption(mode));
        }
        for (DecisionDomain domain : DecisionDomain.values()) {
            facts.add(new DomainOption(domain));
        }
        return facts;
    }

    /**
     * Recommends governance for a coalition.
     *
     * @throws PolicyRuntimeException when the policy fails or leaves the answer incomplete
     */
    public static GovernanceRecommendation recommend(DecisionRunner runner, Settings settings, Coalition coalition) {
        Objects.requireNonNull(coalition, "coalition: give the coalition to advise on");
        DecisionRunner.Outcome outcome = runner.run("governance", coalition.name(), facts(coalition, settings));

        List<ModeChoice> choices = outcome.all(ModeChoice.class);
        if (choices.size() != 1) {
            throw new PolicyRuntimeException("the governance policy must insert exactly one ModeChoice but inserted "
                    + choices.size() + (choices.isEmpty()
                    ? ": check that every mode has a band for every contingency (governance-bands.drl) so that each can be scored"
                    : ": " + choices.stream().map(c -> c.mode().name()).toList()));
        }
        GovernanceMode mode = choices.get(0).mode();

        List<LeadChoice> leads = outcome.all(LeadChoice.class);
        if (leads.size() > 1) {
            throw new PolicyRuntimeException("the governance policy chose " + leads.size() + " leads; at most one LeadChoice is allowed");
        }
        String lead = leads.isEmpty() ? null : leads.get(0).memberId();
        if (lead != null && coalition.member(lead).isEmpty()) {
            throw new PolicyRuntimeException("the governance policy chose lead \"" + lead + "\", which is not a member");
        }
        if (mode == GovernanceMode.CENTRALIZED && lead == null) {
            throw new PolicyRuntimeException("the governance policy recommends CENTRALIZED but chose no lead: a lead organisation "
                    + "needs one LeadChoice (see governance-lead.drl)");
        }
        if (mode != GovernanceMode.CENTRALIZED && lead != null) {
            throw new PolicyRuntimeException("the governance policy chose lead \"" + lead + "\" for " + mode
                    + "; only a CENTRALIZED recommendation has a lead");
        }

        Map<Contingency, FitEntry> fit = new EnumMap<>(Contingency.class);
        for (Fit f : outcome.all(Fit.class)) {
            if (f.mode() != mode) {
                continue;
            }
            FitEntry entry = new FitEntry(f.contingency(), f.figure().value(), f.figure().centralization(),
                    new Band(f.wanted().min(), Double.isInfinite(f.wanted().max()) ? null : f.wanted().max()),
                    f.matched(), f.reason().toString());
            if (fit.put(f.contingency(), entry) != null) {
                throw new PolicyRuntimeException("the governance policy compared " + f.contingency() + " with "
                        + mode + " more than once; each mode needs exactly one band per contingency");
            }
        }
        if (fit.size() != Contingency.values().length) {
            List<Contingency> missing = new ArrayList<>(List.of(Contingency.values()));
            missing.removeAll(fit.keySet());
            throw new PolicyRuntimeException("the governance policy gave " + mode + " no band for " + missing);
        }

        Map<DecisionDomain, GovernanceMode> domains = new EnumMap<>(DecisionDomain.class);
        for (DomainRoute route : outcome.all(DomainRoute.class)) {
            if (domains.put(route.domain(), route.mode()) != null) {
                throw new PolicyRuntimeException("the governance policy routed " + route.domain() + " more than once");
            }
        }
        if (domains.size() != DecisionDomain.values().length) {
            List<DecisionDomain> missing = new ArrayList<>(List.of(DecisionDomain.values()));
            missing.removeAll(domains.keySet());
            throw new PolicyRuntimeException("the governance policy routed no decision for " + missing);
        }

        List<Safeguard> safeguards = outcome.all(dev.coalition.rules.governance.SafeguardRequired.class).stream()
                .map(s -> new Safeguard(s.id(), s.parameters(), s.reason().toString())).toList();
        List<Finding> findings = Findings.of(outcome);
        return new GovernanceRecommendation(mode, lead, List.copyOf(fit.values()), domains, safeguards, findings,
                outcome.explanation());
    }
}
