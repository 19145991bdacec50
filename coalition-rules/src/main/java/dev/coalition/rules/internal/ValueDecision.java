package dev.coalition.rules.internal;

import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import dev.coalition.policy.Settings;
import dev.coalition.rules.api.AttributionAdvice;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.rules.api.DivisionStability;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.PolicyRuntimeException;
import dev.coalition.rules.api.PortfolioAdvice;
import dev.coalition.rules.api.RebalanceAdvice;
import dev.coalition.rules.value.AllocationOutcome;
import dev.coalition.rules.value.AttributionOutcome;
import dev.coalition.rules.value.DistributionAsked;
import dev.coalition.rules.value.MemberShare;
import dev.coalition.rules.value.PolicyChoice;
import dev.coalition.rules.value.ReviewStanding;
import dev.coalition.rules.value.StatedPrinciple;
import dev.coalition.value.Allocation;
import dev.coalition.value.AllocationPolicy;
import dev.coalition.value.AllocationRequest;
import dev.coalition.value.EqualAllocation;
import dev.coalition.value.Fraction;
import dev.coalition.value.Money;
import dev.coalition.value.NeedWeightedAllocation;
import dev.coalition.value.PeerAttribution;
import dev.coalition.value.ProportionalAllocation;
import dev.coalition.value.Rebalancing;
import dev.coalition.value.RebalancingPolicy;
import dev.coalition.value.ShapleyAllocation;
import dev.coalition.value.TableGame;
import dev.coalition.value.stability.Stability;
import dev.coalition.value.Units;
import dev.coalition.value.ValuePortfolio;
import dev.coalition.value.stability.NucleolusAllocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The value decisions: which allocation policy applies and the fairness findings about its
 * result, portfolios, reviews and attributions. Rules decide; the arithmetic is core's.
 */
public final class ValueDecision {

    /** The allocation policies by name. */
    public static final Map<String, AllocationPolicy> POLICIES = policies();

    private ValueDecision() {
    }

    private static Map<String, AllocationPolicy> policies() {
        Map<String, AllocationPolicy> policies = new LinkedHashMap<>();
        for (AllocationPolicy p : List.of(new EqualAllocation(), new ProportionalAllocation(), new NeedWeightedAllocation(),
                new ShapleyAllocation(), NucleolusAllocation.of())) {
            policies.put(p.name(), p);
        }
        return java.util.Collections.unmodifiableMap(policies);
    }

    /** Distributes an amount among a coalition's members. */
    public static DistributionAdvice distribute(DecisionRunner runner, Settings settings, Coalition coalition,
                                                DistributionRequest request) {
        Objects.requireNonNull(coalition, "coalition");
        Objects.requireNonNull(request, "request");
        List<String> members = coalition.members().stream().map(Member::id).toList();
        if (request.policy() != null && !POLICIES.containsKey(request.policy())) {
            throw new InvalidCoalitionException(List.of(new Violation("distribution.policy", "\"" + request.policy()
                    + "\" is not an allocation policy; use one of " + POLICIES.keySet())));
        }
        checkFigures(members, request);
        boolean contributionsGiven = request.contributions().keySet().containsAll(members)
                && Fraction.sum(request.contributions().values()).signum() > 0;
        boolean needsGiven = request.needs().keySet().containsAll(members) && request.needWeight() != null
                && (request.needWeight().signum() == 0 || Fraction.sum(request.needs().values()).signum() > 0);
        DistributionAsked asked = new DistributionAsked(request.policy(), request.principles(), contributionsGiven, needsGiven,
                request.game() != null);
        List<Object> facts = new ArrayList<>(List.of(settings, coalition, asked));
        request.principles().forEach(p -> facts.add(new StatedPrinciple(p)));
        DecisionRunner.Outcome choosing = runner.run("value policy", coalition.name(), facts);
        List<PolicyChoice> choices = choosing.all(PolicyChoice.class);
        if (choices.size() != 1) {
            throw new PolicyRuntimeException("the value policy must insert exactly one PolicyChoice but inserted " + choices.size()
                    + (choices.isEmpty() ? "" : ": " + choices.stream().map(PolicyChoice::policy).toList()));
        }
        String policyName = choices.get(0).policy();
        AllocationPolicy policy = policyName.equals("NUCLEOLUS")
                ? NucleolusAllocation.upTo(settings.integer("value.nucleolusMaxPlayers")) : POLICIES.get(policyName);
        if (policy == null) {
            throw new PolicyRuntimeException("the value policy chose \"" + policyName + "\", which is not one of " + POLICIES.keySet());
        }
        AllocationRequest allocationRequest = new AllocationRequest(members, request.amount(), request.contributions(),
                request.needs(), request.needWeight(), request.game(), request.sampling(),
                settings.integer("value.exactShapleyMaxPlayers"));
        Allocation allocation = policy.allocate(allocationRequest);
        List<Object> outcome = new ArrayList<>(List.of(settings, coalition, new AllocationOutcome(allocation)));
        allocation.exactShares().forEach((member, share) -> outcome.add(new MemberShare(member, policyName, share.doubleValue(),
                allocation.paidOut().get(member), shown(allocation.amount(), allocation.paidOut().get(member)))));
        java.util.Optional<Stability> stability = StabilityFacts.assess(settings, request, allocation);
        stability.ifPresent(s -> outcome.addAll(StabilityFacts.of(settings, (TableGame) request.game(), s)));
        DecisionRunner.Outcome judging = runner.run("value findings", coalition.name(), outcome);
        List<ExplanationStep> explanation = new ArrayList<>(choosing.explanation());
        explanation.addAll(Findings.computed("value.allocate." + policyName.toLowerCase(java.util.Locale.ROOT),
                "Computed by the " + policyName + " allocation policy", allocation.explanation()));
        List<ExplanationStep> stabilitySteps = stability.map(StabilityFacts::explanation).orElse(List.of());
        explanation.addAll(stabilitySteps);
        explanation.addAll(judging.explanation());
        List<dev.coalition.rules.api.Finding> findings = new ArrayList<>(Findings.of(choosing));
        findings.addAll(Findings.of(judging));
        return new DistributionAdvice(policyName, allocation, findings, explanation, stability.map(s -> new DivisionStability(
                s.inCore(), s.blockingCount(), s.blockingCoalitions(), s.epsilon(), s.nucleolus(),
                StabilityFacts.withRules(stabilitySteps, judging.explanation()))));
    }

    /** Units as people read them, with their unit: {@code -250.00 EUR}, {@code 1 credit}, {@code -400 credits}. */
    private static String shown(Units amount, long units) {
        if (amount instanceof Money money) {
            return amount.format(units) + " " + money.currency().getCurrencyCode();
        }
        return amount.format(units) + (units == 1 ? " credit" : " credits");
    }

    /**
     * Checks the figures a request gives, whichever policy will read them: no negative contribution
     * or need, none for an unknown member, a need weight in 0..1, a game worth more than nothing.
     */
    private static void checkFigures(List<String> members, DistributionRequest request) {
        List<Violation> problems = new ArrayList<>();
        checkPerMember("distribution.contributions", members, request.contributions(), problems);
        checkPerMember("distribution.needs", members, request.needs(), problems);
        Fraction w = request.needWeight();
        if (w != null && (w.signum() < 0 || w.compareTo(Fraction.ONE) > 0)) {
            problems.add(new Violation("distribution.needWeight", w + " is outside 0..1"));
        }
        if (request.game() != null) {
            if (!new java.util.HashSet<>(request.game().players()).equals(new java.util.HashSet<>(members))) {
                problems.add(new Violation("distribution.game.players", "must be exactly the members " + members
                        + ", not " + request.game().players()));
            }
            try {
                ShapleyAllocation.checkGame(request.game());
            } catch (InvalidCoalitionException e) {
                problems.addAll(e.violations());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
    }

    private static void checkPerMember(String path, List<String> members, Map<String, Fraction> figures,
                                       List<Violation> problems) {
        figures.forEach((id, value) -> {
            if (!members.contains(id)) {
                problems.add(new Violation(path + "." + id, "unknown member \"" + id + "\""));
            } else if (value == null) {
                problems.add(new Violation(path + "." + id, "is null; give a number >= 0"));
            } else if (value.signum() < 0) {
                problems.add(new Violation(path + "." + id, value + " is negative"));
            }
        });
    }

    /** Assesses members' value portfolios. */
    public static PortfolioAdvice assessPortfolios(DecisionRunner runner, Settings settings, Coalition coalition,
                                                   List<ValuePortfolio> portfolios) {
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < portfolios.size(); i++) {
            if (coalition.member(portfolios.get(i).member()).isEmpty()) {
                problems.add(new Violation("portfolios[" + i + "].member", "unknown member \"" + portfolios.get(i).member() + "\""));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        List<Object> facts = new ArrayList<>(List.of(settings, coalition));
        facts.addAll(portfolios);
        DecisionRunner.Outcome outcome = runner.run("value portfolios", coalition.name(), facts);
        return new PortfolioAdvice(portfolios, Findings.of(outcome), outcome.explanation());
    }

    /** Reviews value received against targets and pays out the next budget. */
    public static RebalanceAdvice rebalance(DecisionRunner runner, Settings settings, Coalition coalition,
                                            RebalancingPolicy policy, Units budget, Map<String, Fraction> targets,
                                            Map<String, Long> received, Map<String, Integer> previousReviewsBelowTarget,
                                            java.time.LocalDate reviewedOn) {
        List<Violation> problems = new ArrayList<>();
        for (String id : targets.keySet()) {
            if (coalition.member(id).isEmpty()) {
                problems.add(new Violation("targets." + id, "unknown member \"" + id + "\""));
            }
        }
        previousReviewsBelowTarget.forEach((id, count) -> {
            if (!targets.containsKey(id)) {
                problems.add(new Violation("history." + id, "unknown member \"" + id + "\": it has no target"));
            } else if (count == null || count < 0) {
                problems.add(new Violation("history." + id, count + " is negative; give a count of reviews >= 0"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        Rebalancing.Review review = Rebalancing.review(policy, budget, targets, received);
        List<Object> facts = new ArrayList<>(List.of(settings, coalition));
        for (Rebalancing.Standing s : review.standings()) {
            facts.add(new ReviewStanding(s.member(), s.fulfilment().doubleValue(), previousReviewsBelowTarget.getOrDefault(s.member(), 0)));
        }
        if (reviewedOn != null) {
            facts.add(new dev.coalition.rules.value.ReviewDate(reviewedOn));
        }
        DecisionRunner.Outcome outcome = runner.run("value review", coalition.name(), facts);
        List<ExplanationStep> explanation = new ArrayList<>(Findings.computed("value.review." + policy.name().toLowerCase(java.util.Locale.ROOT),
                "Computed by the " + policy + " review", review.allocation().explanation()));
        explanation.addAll(outcome.explanation());
        List<dev.coalition.rules.value.NextReview> next = outcome.all(dev.coalition.rules.value.NextReview.class);
        if (next.size() > 1) {
            throw new PolicyRuntimeException("the value review policy set " + next.size() + " next review dates; give at most one");
        }
        return new RebalanceAdvice(review, next.isEmpty() ? null : next.get(0).on(), Findings.of(outcome), explanation);
    }

    /** Divides credit impartially from members' reports on each other. */
    public static AttributionAdvice attribute(DecisionRunner runner, Settings settings, Coalition coalition,
                                              Map<String, Map<String, Fraction>> reports) {
        List<Violation> problems = new ArrayList<>();
        for (String id : reports.keySet()) {
            if (coalition.member(id).isEmpty()) {
                problems.add(new Violation("reports." + id, "unknown member \"" + id + "\""));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        PeerAttribution.Attribution attribution = PeerAttribution.divide(reports);
        DecisionRunner.Outcome outcome = runner.run("value attribution", coalition.name(),
                List.of(settings, coalition, new AttributionOutcome(attribution)));
        List<ExplanationStep> explanation = new ArrayList<>(Findings.computed("value.attribution." + attribution.rule().toLowerCase(java.util.Locale.ROOT),
                "Computed by peer attribution", attribution.explanation()));
        explanation.addAll(outcome.explanation());
        return new AttributionAdvice(attribution, Findings.of(outcome), explanation);
    }
}
