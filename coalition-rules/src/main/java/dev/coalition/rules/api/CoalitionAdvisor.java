package dev.coalition.rules.api;

import dev.coalition.core.Coalition;
import dev.coalition.policy.SettingDefinition;
import dev.coalition.policy.Settings;
import dev.coalition.policy.SettingSource;
import dev.coalition.policy.SettingsException;
import dev.coalition.policy.SettingsLayers;
import dev.coalition.rules.internal.DecisionArea;
import dev.coalition.rules.internal.DecisionRunner;
import dev.coalition.ledger.CreditLedger;
import dev.coalition.rules.internal.ConflictDecision;
import dev.coalition.rules.internal.GovernanceDecision;
import dev.coalition.rules.internal.ValueDecision;
import dev.coalition.rules.internal.VotingDecision;
import dev.coalition.value.Fraction;
import dev.coalition.value.RebalancingPolicy;
import dev.coalition.value.Units;
import dev.coalition.value.ValuePortfolio;
import dev.coalition.voting.WeightedVotingGame;
import java.time.LocalDate;
import dev.coalition.rules.internal.PolicyCompiler;
import dev.coalition.rules.internal.PolicySet;
import dev.coalition.rules.internal.PolicySource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The entry point of Coalition: advises a coalition on how to govern itself, with every answer
 * decided by the policy's rules and explained.
 *
 * <p>Build one advisor and share it: compiling the policy takes a moment, advising does not. An
 * advisor is immutable, thread-safe and deterministic: the same coalition gives the same
 * recommendation on any thread.
 *
 * <pre>{@code
 * try (CoalitionAdvisor advisor = CoalitionAdvisor.builder()
 *         .setting("governance.crisisUrgency", "0.7")
 *         .build()) {
 *     GovernanceRecommendation advice = advisor.recommendGovernance(coalition);
 *     System.out.println(advice.describe());
 * }
 * }</pre>
 */
public final class CoalitionAdvisor implements AutoCloseable {

    /** The default cap on rule firings per decision. */
    public static final int DEFAULT_MAX_RULE_FIRINGS = 10_000;

    private final PolicySet policies;
    private final Settings settings;
    private final Map<String, SettingSource> settingSources;
    private final long maxVotingCost;
    private final DecisionArea governance;
    private final DecisionArea value;
    private final DecisionArea voting;
    private final DecisionArea conflicts;
    private final DecisionArea assessment;
    private final DecisionArea health;
    private final DecisionArea formation;
    private final DecisionArea operations;
    private final DecisionArea lifecycle;
    private final List<DecisionArea> areas;     // the nine above, in this order
    private volatile String policyHash;          // computed when first asked for
    private final java.lang.ref.Cleaner.Cleanable cleanable;

    /** Releases the knowledge bases of advisors that were never closed, once they are collected. */
    private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();
    private volatile boolean closed;

    private CoalitionAdvisor(PolicySet policies, Settings settings, Map<String, SettingSource> settingSources,
                             int maxRuleFirings, long maxVotingCost, List<RuleListener> listeners) {
        this.policies = policies;
        this.settings = settings;
        this.settingSources = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(settingSources));
        this.maxVotingCost = maxVotingCost;
        this.governance = new DecisionArea("governance", policies, settings, maxRuleFirings, listeners);
        this.value = new DecisionArea("value", policies, settings, maxRuleFirings, listeners);
        this.voting = new DecisionArea("voting", policies, settings, maxRuleFirings, listeners);
        this.conflicts = new DecisionArea("conflict", policies, settings, maxRuleFirings, listeners);
        this.assessment = new DecisionArea("assessment", policies, settings, maxRuleFirings, listeners);
        this.health = new DecisionArea("health", policies, settings, maxRuleFirings, listeners);
        this.formation = new DecisionArea("formation", policies, settings, maxRuleFirings, listeners);
        this.operations = new DecisionArea("operations", policies, settings, maxRuleFirings, listeners);
        this.lifecycle = new DecisionArea("lifecycle", policies, settings, maxRuleFirings, listeners);
        this.areas = List.of(governance, value, voting, conflicts, assessment, health, formation, operations, lifecycle);
        this.cleanable = CLEANER.register(this, new Release(areas));
    }


    /** An advisor with the bundled policies and their default settings. */
    public static CoalitionAdvisor withDefaultPolicies() {
        return builder().build();
    }

    /** Starts configuring an advisor: settings, your own policy files, listeners, the firing cap. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Recommends how a coalition should govern itself: the mode, its lead, how well the coalition
     * fits it, how each decision domain is decided, the safeguards it needs, findings and the
     * rules that decided.
     *
     * @param coalition a valid coalition (see {@link Coalition#builder(String)})
     * @throws PolicyRuntimeException if the policy fails or gives an incomplete answer
     * @throws IllegalStateException  if the advisor has been closed
     */
    public GovernanceRecommendation recommendGovernance(Coalition coalition) {
        requireCoalition(coalition);
        return GovernanceDecision.recommend(governance.runner(), settings, coalition);
    }

    /**
     * Recommends governance for each coalition of a stream, lazily: each recommendation is taken
     * when the returned stream reaches it, and nothing holds the results, so a stream of any
     * length runs in constant memory. The returned stream is parallel when {@code coalitions} is
     * (the advisor is thread-safe) and keeps its encounter order; results are the same as one
     * {@link #recommendGovernance(Coalition)} call per coalition, on any thread.
     *
     * <pre>{@code
     * try (Stream<GovernanceRecommendation> advice = advisor.recommendGovernanceForEach(coalitions.parallelStream())) {
     *     advice.forEachOrdered(store::save);   // or forEach, in any order, when the order does not matter
     * }
     * }</pre>
     *
     * @param coalitions valid coalitions; a null element fails the stream with the usual message
     * @throws IllegalArgumentException if {@code coalitions} is null
     * @throws IllegalStateException    if the advisor has been closed
     */
    public java.util.stream.Stream<GovernanceRecommendation> recommendGovernanceForEach(java.util.stream.Stream<Coalition> coalitions) {
        if (coalitions == null) {
            throw new IllegalArgumentException("coalitions: is null; give a stream such as list.stream() or list.parallelStream()");
        }
        ensureOpen();
        return coalitions.map(this::recommendGovernance);
    }

    /**
     * Distributes an amount among the coalition's members: the request's policy, or the one the
     * rules choose from the stated principles; exact shares paid out to the last unit; fairness
     * findings; the steps taken.
     *
     * @throws dev.coalition.core.InvalidCoalitionException naming each invalid or missing input
     *                                                      (paths such as {@code distribution.contributions.b})
     */
    public DistributionAdvice distribute(Coalition coalition, DistributionRequest request) {
        requireCoalition(coalition);
        return ValueDecision.distribute(value.runner(), settings, coalition, request);
    }

    /**
     * The voting power of the coalition's members in a weighted vote with the given quota, using
     * their voting weights, with legitimacy findings.
     *
     * @throws dev.coalition.core.InvalidCoalitionException naming each problem (paths such as
     *         {@code voting.quota}): a quota out of range, or a vote whose exact indices would cost more
     *         than the advisor's {@link Builder#maxVotingCost(long) voting-cost limit}
     */
    public VotingAdvice votingPower(Coalition coalition, long quota) {
        requireCoalition(coalition);
        return VotingDecision.analyse(voting.runner(), settings, coalition, quota, null, maxVotingCost);
    }

    /**
     * The voting power of the coalition's members with the given weights, which replace the
     * members' voting weights for this analysis (one per member).
     *
     * @throws dev.coalition.core.InvalidCoalitionException as {@link #votingPower(Coalition, long)},
     *         and for a weight missing or given for someone who is not a member
     */
    public VotingAdvice votingPower(Coalition coalition, long quota, Map<String, Long> weights) {
        requireCoalition(coalition);
        return VotingDecision.analyse(voting.runner(), settings, coalition, quota, Objects.requireNonNull(weights, "weights"),
                maxVotingCost);
    }

    /**
     * Assesses candidate partners (members or prospective ones): the exact fit of every pair, the
     * weakest pair, how far apart they stand, what they seek that nobody brings, the flags the
     * rules raise and up to three changes of composition that raise the weakest pair's fit.
     *
     * @param candidates at least two, each scoring every dimension of {@link dev.coalition.assessment.Dimension#scored()}
     * @throws dev.coalition.core.InvalidCoalitionException naming every problem at its path, e.g.
     *         {@code candidates[2].scores.CULTURE}: a score outside its scale, an unknown or missing
     *         dimension, a duplicate candidate, a tie to an unknown candidate, fewer than two
     * @throws IllegalStateException if the advisor has been closed
     */
    public PartnerAssessment assessPartners(List<dev.coalition.assessment.Candidate> candidates) {
        ensureOpen();
        dev.coalition.assessment.Candidates.requireValid(candidates);
        return dev.coalition.rules.internal.AssessmentDecision.assess(assessment.runner(), settings, candidates);
    }

    /** Assesses members' value portfolios against what they seek. */
    public PortfolioAdvice assessPortfolios(Coalition coalition, List<ValuePortfolio> portfolios) {
        requireCoalition(coalition);
        return ValueDecision.assessPortfolios(value.runner(), settings, coalition, List.copyOf(portfolios));
    }

    /**
     * A periodic value review: standings against target shares, the next budget paid out under
     * the given policy, and findings (a member below target for
     * {@code value.persistentReviews} reviews in a row).
     *
     * @param previousReviewsBelowTarget per member, how many consecutive earlier reviews left it
     *                                   below target (from your history; absent means 0)
     */
    public RebalanceAdvice rebalance(Coalition coalition, RebalancingPolicy policy, Units budget,
                                     Map<String, Fraction> targets, Map<String, Long> received,
                                     Map<String, Integer> previousReviewsBelowTarget) {
        return rebalance(coalition, policy, budget, targets, received, previousReviewsBelowTarget, null);
    }

    /**
     * A dated periodic value review: as {@link #rebalance(Coalition, RebalancingPolicy, Units, Map, Map, Map)},
     * and the advice says when the next review is due ({@code value.reviewPeriodMonths} later,
     * quarterly by default).
     */
    public RebalanceAdvice rebalance(Coalition coalition, RebalancingPolicy policy, Units budget,
                                     Map<String, Fraction> targets, Map<String, Long> received,
                                     Map<String, Integer> previousReviewsBelowTarget, LocalDate reviewedOn) {
        requireCoalition(coalition);
        if (policy == null) {
            throw new IllegalArgumentException("policy: is null; use RebalancingPolicy.BALANCED or IMMEDIATE");
        }
        return ValueDecision.rebalance(value.runner(), settings, coalition, policy, budget,
                targets, received, previousReviewsBelowTarget == null ? Map.of() : previousReviewsBelowTarget, reviewedOn);
    }

    /**
     * Assesses a conflict as of a date (never the system clock, so results are reproducible): its
     * types, stage and level, the interventions it allows, the next step on the escalation ladder,
     * ranked mediators, whether it is resolvable and, if not, a dignified divergence whose
     * settlement is 0 (use the overload with the coalition's ledger to settle its account).
     *
     * @throws dev.coalition.core.InvalidCoalitionException naming each problem: parties that are not
     *         members, subjects outside the policy's vocabulary, a missing or too early {@code asOf}
     */
    public ConflictAssessment assessConflict(Coalition coalition, dev.coalition.conflict.Conflict conflict, LocalDate asOf) {
        return assessConflict(coalition, conflict, asOf, CreditLedger.empty());
    }

    /** Assesses a conflict as of a date, settling a divergence against the coalition's knowledge-equity ledger. */
    public ConflictAssessment assessConflict(Coalition coalition, dev.coalition.conflict.Conflict conflict, LocalDate asOf,
                                             CreditLedger ledger) {
        requireCoalition(coalition);
        if (conflict == null) {
            throw new IllegalArgumentException("conflict: is null; describe the conflict with new Conflict(...)");
        }
        return ConflictDecision.assess(conflicts.runner(), settings, coalition, conflict, asOf, ledger);
    }

    /**
     * Every problem with a conflict in a coalition as of a date, without assessing it (paths relative
     * to the conflict, e.g. {@code parties[1]}): parties that are not members, subjects outside the
     * policy's vocabulary, an opening date before the coalition was formed, dates after {@code asOf}.
     */
    public List<dev.coalition.core.Violation> conflictProblems(Coalition coalition, dev.coalition.conflict.Conflict conflict,
                                                             LocalDate asOf) {
        requireCoalition(coalition);
        if (conflict == null) {
            throw new IllegalArgumentException("conflict: is null; describe the conflict with new Conflict(...)");
        }
        return ConflictDecision.problems(settings, coalition, conflict, asOf);
    }

    /**
     * Applies a dignified divergence: returns the coalition without the leaving member (its trust
     * ties and seat handed on as planned) and the ledger with its balance paid out; nothing else
     * changes, and the ledger keeps every entry.
     */
    public dev.coalition.conflict.Divergence.Result applyDivergence(Coalition coalition, CreditLedger ledger,
                                                                   ConflictAssessment.DivergenceAdvice divergence, LocalDate date) {
        requireCoalition(coalition);
        if (divergence == null || ledger == null || date == null) {
            throw new IllegalArgumentException((divergence == null ? "divergence" : ledger == null ? "ledger" : "date")
                    + ": is null; give the divergence of an assessment, the coalition's ledger and the settlement date");
        }
        return ConflictDecision.apply(coalition, ledger, divergence.plan(), date);
    }

    /** Divides credit impartially from each member's report on the others (peer attribution). */
    public AttributionAdvice attribute(Coalition coalition, Map<String, Map<String, Fraction>> reports) {
        requireCoalition(coalition);
        return ValueDecision.attribute(value.runner(), settings, coalition, reports);
    }

    /**
     * Credits a member of the coalition for knowledge another member found valuable.
     *
     * @return the ledger with the entry appended; {@code ledger} itself is unchanged
     * @throws dev.coalition.core.InvalidCoalitionException if either member is not in the coalition, or an entry field is invalid
     */
    public CreditLedger credit(Coalition coalition, CreditLedger ledger, String member, String knowledgeItem,
                               String creditedBy, long amount, LocalDate date, String reason) {
        requireCoalition(coalition);
        requireMembers(coalition, Map.of("member", String.valueOf(member), "creditedBy", String.valueOf(creditedBy)));
        return ledger.credit(member, knowledgeItem, creditedBy, amount, date, reason);
    }

    /**
     * Redeems a member's credits for a benefit.
     *
     * @return the ledger with the redemption appended; {@code ledger} itself is unchanged
     * @throws dev.coalition.ledger.InsufficientCreditsException if the balance is short; nothing changes
     */
    public CreditLedger redeem(Coalition coalition, CreditLedger ledger, String member, String benefit, long amount,
                               LocalDate date, String reason) {
        requireCoalition(coalition);
        requireMembers(coalition, Map.of("member", String.valueOf(member)));
        return ledger.redeem(member, benefit, amount, date, reason);
    }

    /**
     * Diagnoses an alliance's health from its dated assessments of the three pillars, oldest first:
     * the latest scores, the status (HEALTHY, AT_RISK or CRITICAL by how many pillars are below
     * {@code health.weakPillar}), each pillar's change since the previous assessment, the
     * interventions for weak pillars, and {@code PILLAR_FALLING} for a drop of at least
     * {@code health.fallingDrop}.
     *
     * @throws dev.coalition.core.InvalidCoalitionException naming each problem, paths {@code health[i].FIELD}:
     *         no assessments, dates not strictly increasing, a pillar missing or outside 0..1
     */
    public HealthAdvice assessHealth(List<dev.coalition.health.HealthAssessment> assessments) {
        return assessHealth(assessments, null);
    }

    /**
     * As {@link #assessHealth(List)}, refusing an assessment dated after {@code asOf} (the day of the analysis).
     *
     * @param asOf the day of the analysis, or {@code null} to accept any date
     */
    public HealthAdvice assessHealth(List<dev.coalition.health.HealthAssessment> assessments, LocalDate asOf) {
        ensureOpen();
        return dev.coalition.rules.internal.HealthDecision.assess(health.runner(), settings, assessments, asOf);
    }

    /**
     * Whether a forming coalition is ready for its first joint project as of a date (never the
     * system clock): every formation step completed and at least {@code formation.minWeeks} whole
     * weeks of formation, from {@code startedOn} to the first joint project (or to {@code asOf}
     * when none is set); a finding per missing step and {@code FORMATION_TOO_SHORT} otherwise.
     *
     * @param asOf the day of the analysis; may be {@code null} only when the first joint project's date is set
     * @throws dev.coalition.core.InvalidCoalitionException naming each problem, paths {@code formation.FIELD}:
     *         an unknown or repeated step, a start after {@code asOf}, a first joint project before the start
     */
    public ReadinessAdvice formationReadiness(dev.coalition.lifecycle.Formation formation, LocalDate asOf) {
        ensureOpen();
        if (formation == null) {
            throw new IllegalArgumentException("formation: is null; describe it with Formation.of(startedOn, "
                    + "firstJointProjectOn, completed steps...)");
        }
        return dev.coalition.rules.internal.FormationDecision.assess(this.formation.runner(), settings, formation, asOf);
    }

    /**
     * Where each proposal stands as of an instant (never the system clock): each is routed by the
     * governance recommendation's {@code domains} to the members' weighted vote or to a central
     * decision. A vote needs participation of at least the quorum and support (FOR over FOR and
     * AGAINST) strictly above the threshold, both frozen when the proposal opened (the returned
     * {@code frozen} holds them: store it with the proposal); a quorum first reached less than
     * {@code operations.lateQuorumExtensionHours} before the close extends voting. A central decision
     * is taken by the lead, or without one by a steering-body member, or without a steering body by
     * any member; its rationale is due {@code governance.rationaleDeadlineHours} after it. Anything
     * dated after {@code asOf} is left out with a finding.
     *
     * @param coalition  a valid coalition
     * @param governance the coalition's governance recommendation (from {@link #recommendGovernance(Coalition)})
     * @param proposals  the proposals, each with a unique id
     * @param asOf       the instant of the analysis
     * @throws dev.coalition.core.InvalidCoalitionException naming each problem, paths {@code proposals[i].FIELD}:
     *         a vote or input by a non-member, two votes by one member, a decision by someone without authority,
     *         a close before the opening, dates before the opening
     */
    public List<ProposalAdvice> decideProposals(Coalition coalition, GovernanceRecommendation governance,
                                                List<dev.coalition.proposal.Proposal> proposals, java.time.Instant asOf) {
        requireCoalition(coalition);
        if (governance == null) {
            throw new IllegalArgumentException("governance: is null; pass recommendGovernance(coalition)");
        }
        if (proposals == null) {
            throw new IllegalArgumentException("proposals: is null; pass List.of() when there are none");
        }
        if (asOf == null) {
            throw new IllegalArgumentException("asOf: is null; give the instant of the analysis, e.g. Instant.parse(\"2024-06-01T00:00:00Z\")");
        }
        return dev.coalition.rules.internal.ProposalsDecision.decide(operations.runner(), settings, coalition, governance,
                proposals, asOf);
    }

    /**
     * Where each proposal stands as of an instant, under the governance this advisor recommends for
     * the coalition; see {@link #decideProposals(Coalition, GovernanceRecommendation, List, java.time.Instant)}.
     */
    public List<ProposalAdvice> decideProposals(Coalition coalition, List<dev.coalition.proposal.Proposal> proposals,
                                                java.time.Instant asOf) {
        requireCoalition(coalition);
        return decideProposals(coalition, recommendGovernance(coalition), proposals, asOf);
    }

    /**
     * Reviews a coalition's life on a day (never the system clock): its age, when its next renewal is
     * due ({@code lifecycle.renewalMonths} after the last renewal, or after formation) and whether it is
     * overdue, whether it has reached its half-life ({@code lifecycle.halfLifeMonths}), what calls for
     * adaptation and the renewal retreat's agenda. The triggers come from the rules, on evidence this
     * advisor gathers: the health decision on {@code lifecycle.health()} ({@code PILLAR_FALLING}), the
     * portfolio decision on {@code lifecycle.portfolios()} (unserved wants), each conflict's escalations
     * within the current renewal period, membership changes since the last renewal, and the governance
     * recommended today against {@code lifecycle.currentMode()}. Renewals dated after {@code asOf} are
     * left out with a finding.
     *
     * @throws dev.coalition.core.InvalidCoalitionException naming each problem: renewals out of order or before
     *         formation ({@code lifecycle.renewals[i]}), membership changes out of order or before formation
     *         ({@code membershipChanges[i].on}), a conflict's problems ({@code conflicts[i].FIELD}), the health
     *         assessments' and the portfolios' problems as {@link #assessHealth} and {@link #assessPortfolios} report them
     */
    public LifecycleAdvice reviewLifecycle(Coalition coalition, dev.coalition.lifecycle.Lifecycle lifecycle, LocalDate asOf) {
        requireCoalition(coalition);
        if (lifecycle == null) {
            throw new IllegalArgumentException("lifecycle: is null; describe it with Lifecycle.builder()...build()");
        }
        if (asOf == null) {
            throw new IllegalArgumentException("asOf: is null; give the day of the review, e.g. LocalDate.of(2025, 6, 1)");
        }
        List<dev.coalition.core.Violation> problems = new ArrayList<>(lifecycle.violations(coalition.formedOn(), asOf));
        if (asOf.isBefore(coalition.formedOn())) {
            problems.add(new dev.coalition.core.Violation("asOf", asOf + " is before the coalition was formed on "
                    + coalition.formedOn() + ": review its life on a day after formation"));
        }
        for (int i = 0; i < lifecycle.conflicts().size(); i++) {
            String prefix = "conflicts[" + i + "]";
            dev.coalition.conflict.Conflict conflict = lifecycle.conflicts().get(i);
            if (conflict == null) {
                problems.add(new dev.coalition.core.Violation(prefix, "is missing: give the conflict"));
                continue;
            }
            for (dev.coalition.core.Violation v : ConflictDecision.problems(settings, coalition, conflict, asOf)) {
                problems.add(new dev.coalition.core.Violation(v.path().isEmpty() ? prefix : prefix + "." + v.path(), v.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new dev.coalition.core.InvalidCoalitionException(problems);
        }
        List<Finding> healthFindings = lifecycle.health().isEmpty() ? List.of()
                : assessHealth(lifecycle.health(), asOf).findings();
        List<Finding> valueFindings = lifecycle.portfolios().isEmpty() ? List.of()
                : assessPortfolios(coalition, lifecycle.portfolios()).findings();
        return dev.coalition.rules.internal.LifecycleDecision.review(this.lifecycle.runner(), settings, coalition, lifecycle,
                asOf, healthFindings, valueFindings, lifecycle.currentMode() == null ? null : recommendGovernance(coalition).mode());
    }

    /**
     * Applies membership changes in order and says what each changes: the coalition after it, the
     * governance recommended before and after, voting power before and after (when
     * {@code options.quota()} is given) and the differences in sentences. An admission adds the member
     * and the trust ties of {@code trustedBy}; with a profile in {@code options.profiles()} the newcomer
     * is assessed against the current members that have one. A departure removes the member, every tie
     * to it and its steering-body seat; a departure through a conflict follows that conflict's
     * divergence plan (assessed on the day of the departure), which must name the same member.
     *
     * @throws dev.coalition.core.InvalidCoalitionException naming each problem, paths {@code membershipChanges[i].FIELD}:
     *         admitting a member twice, a departure of a non-member, an unknown conflict, a conflict that is not
     *         irreconcilable or whose plan has someone else leave, changes out of date order; the quota's
     *         problems before the first change ({@code voting.quota})
     */
    public List<MembershipAdvice> changeMembership(Coalition coalition, List<dev.coalition.lifecycle.MembershipChange> changes,
                                                   MembershipOptions options) {
        requireCoalition(coalition);
        if (changes == null || options == null) {
            throw new IllegalArgumentException((changes == null ? "changes" : "options")
                    + ": is null; pass List.of() for no changes and MembershipOptions.none() for no options");
        }
        List<dev.coalition.core.Violation> order = new ArrayList<>(dev.coalition.lifecycle.Lifecycle.builder()
                .membershipChanges(changes).build().violations(coalition.formedOn(), null));
        if (!options.profiles().isEmpty()) {
            dev.coalition.assessment.Candidates.check(options.profiles()).stream()
                    .filter(v -> v.path().startsWith("candidates["))
                    .map(v -> new dev.coalition.core.Violation("profiles" + v.path().substring("candidates".length()), v.message()))
                    .forEach(order::add);
        }
        if (!order.isEmpty()) {
            throw new dev.coalition.core.InvalidCoalitionException(order);
        }
        List<MembershipAdvice> advice = new ArrayList<>();
        Coalition current = coalition;
        GovernanceRecommendation before = recommendGovernance(current);
        VotingAdvice powerBefore = options.quota() == null ? null : votingPower(current, options.quota());
        for (int i = 0; i < changes.size(); i++) {
            dev.coalition.lifecycle.MembershipChange change = changes.get(i);
            String path = "membershipChanges[" + i + "]";
            Coalition after = afterChange(current, change, options, path);
            GovernanceRecommendation governanceAfter = recommendGovernance(after);
            List<String> differences = new ArrayList<>(dev.coalition.rules.internal.MembershipDifferences.governance(before,
                    governanceAfter));
            VotingAdvice powerAfter = null;
            if (options.quota() != null) {
                try {
                    powerAfter = votingPower(after, options.quota());
                    differences.addAll(dev.coalition.rules.internal.MembershipDifferences.votingPower(powerBefore, powerAfter));
                } catch (dev.coalition.core.InvalidCoalitionException e) {
                    differences.add("Voting power after the change is not computed: " + e.violations().get(0).message() + ".");
                }
            }
            advice.add(new MembershipAdvice(change, after, compatibility(current, change, options), before, governanceAfter,
                    powerBefore, powerAfter, differences));
            current = after;
            before = governanceAfter;
            powerBefore = powerAfter;
        }
        return List.copyOf(advice);
    }

    private Coalition afterChange(Coalition current, dev.coalition.lifecycle.MembershipChange change, MembershipOptions options,
                                  String path) {
        List<dev.coalition.core.Violation> problems = dev.coalition.lifecycle.Membership.violations(current, change, path);
        if (problems.isEmpty() && change.kind() == dev.coalition.lifecycle.MembershipChange.Kind.DEPART && change.conflict() != null) {
            dev.coalition.conflict.Conflict conflict = options.conflicts().stream()
                    .filter(c -> c != null && change.conflict().equals(c.id())).findFirst().orElse(null);
            if (conflict == null) {
                problems.add(new dev.coalition.core.Violation(path + ".conflict", dev.coalition.core.Violation.quote(change.conflict())
                        + " is not one of the coalition's conflicts: give the conflict, or depart without one"));
            } else {
                ConflictAssessment assessed = assessConflict(current, conflict, change.on());
                if (assessed.divergence() == null) {
                    problems.add(new dev.coalition.core.Violation(path + ".conflict", "conflict " + dev.coalition.core.Violation.quote(
                            change.conflict()) + " is not irreconcilable on " + change.on()
                            + ": it has no divergence plan; depart without naming it"));
                } else if (!assessed.divergence().leaving().equals(change.departing())) {
                    problems.add(new dev.coalition.core.Violation(path + ".member", "conflict " + dev.coalition.core.Violation.quote(
                            change.conflict()) + "'s divergence plan has " + assessed.divergence().leaving() + " leave, not "
                            + change.departing() + ": name the member the plan has leave"));
                } else {
                    return applyDivergence(current, CreditLedger.empty(), assessed.divergence(), change.on()).coalition();
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new dev.coalition.core.InvalidCoalitionException(problems);
        }
        return dev.coalition.lifecycle.Membership.apply(current, change);
    }

    private List<dev.coalition.assessment.PairFit> compatibility(Coalition current, dev.coalition.lifecycle.MembershipChange change,
                                                                 MembershipOptions options) {
        if (change.kind() != dev.coalition.lifecycle.MembershipChange.Kind.ADMIT || options.profiles().isEmpty()) {
            return List.of();
        }
        String newcomer = change.admitted().id();
        List<dev.coalition.assessment.Candidate> profiles = options.profiles().stream()
                .filter(p -> p != null && (p.id().equals(newcomer) || current.member(p.id()).isPresent())).toList();
        if (profiles.stream().noneMatch(p -> p.id().equals(newcomer)) || profiles.size() < 2) {
            return List.of();
        }
        return assessPartners(profiles).pairs().stream().filter(p -> p.includes(newcomer)).toList();
    }

    /**
     * Who sees each item of information the members share, and which members are outside what
     * others see. PUBLIC and MEMBERS items reach every member automatically; a TIER item reaches its
     * tier's members and its owner; a RESTRICTED item reaches its owner and the members it is shared
     * with. A member that sees fewer items than {@code information.asymmetryRatio} times the median
     * of its peers (the members of its category, or all members when it is alone in its category)
     * gets an {@code INFORMATION_ASYMMETRY} finding. Every access decision is an explanation step.
     *
     * @param coalition a valid coalition
     * @param plan      the tiers and the items
     * @throws dev.coalition.core.InvalidCoalitionException naming each problem, paths {@code information.…}: a tier
     *         or an item naming an unknown member, a TIER item without a known tier, {@code tier} or
     *         {@code sharedWith} on an item they do not apply to, an item id given twice
     */
    public InformationAdvice shareInformation(Coalition coalition, dev.coalition.information.InformationPlan plan) {
        requireCoalition(coalition);
        if (plan == null) {
            throw new IllegalArgumentException("plan: is null; pass new InformationPlan(tiers, items)");
        }
        return dev.coalition.rules.internal.InformationDecision.decide(operations.runner(), settings, coalition, plan);
    }

    /**
     * Checks a coalition's layered communication plan, or proposes one when none is given. A plan is
     * checked for formal meetings taking more than {@code communication.maxMeetingShare} of its hours
     * ({@code FORMAL_MEETINGS_HEAVY}; exactly that share is not a finding), each layer without an entry
     * ({@code LAYER_MISSING}) and each member no audience reaches ({@code MEMBER_WITHOUT_CHANNEL}). A
     * proposed plan follows the article's cadence (daily operational, weekly tactical, monthly strategic,
     * quarterly innovation) with audiences from the governance mode and the coalition's size, each entry
     * with its reason, and passes the same checks with the default settings.
     *
     * @param coalition  a valid coalition
     * @param governance the coalition's governance recommendation (from {@link #recommendGovernance(Coalition)})
     * @param plan       the plan, or {@code null} to have one proposed
     * @throws dev.coalition.core.InvalidCoalitionException naming each problem, paths {@code communication[i].…}: a
     *         missing layer, cadence or format, hours not more than 0, an audience naming neither a member id nor a
     *         category of the coalition
     */
    public CommunicationAdvice planCommunication(Coalition coalition, GovernanceRecommendation governance,
                                                 dev.coalition.communication.CommunicationPlan plan) {
        requireCoalition(coalition);
        if (governance == null) {
            throw new IllegalArgumentException("governance: is null; pass recommendGovernance(coalition)");
        }
        return dev.coalition.rules.internal.CommunicationDecision.plan(operations.runner(), settings, coalition, governance, plan);
    }

    /**
     * Checks a coalition's communication plan, or proposes one when {@code plan} is {@code null}, under the
     * governance this advisor recommends for the coalition; see
     * {@link #planCommunication(Coalition, GovernanceRecommendation, dev.coalition.communication.CommunicationPlan)}.
     */
    public CommunicationAdvice planCommunication(Coalition coalition, dev.coalition.communication.CommunicationPlan plan) {
        requireCoalition(coalition);
        return planCommunication(coalition, recommendGovernance(coalition), plan);
    }

    private void requireCoalition(Coalition coalition) {
        if (coalition == null) {
            throw new IllegalArgumentException("coalition: is null; build one with Coalition.builder(name)");
        }
        ensureOpen();
    }

    private static void requireMembers(Coalition coalition, Map<String, String> ids) {
        List<dev.coalition.core.Violation> problems = new ArrayList<>();
        new java.util.TreeMap<>(ids).forEach((field, id) -> {
            if (coalition.member(id).isEmpty()) {
                problems.add(new dev.coalition.core.Violation(field, "unknown member \"" + id + "\""));
            }
        });
        if (!problems.isEmpty()) {
            throw new dev.coalition.core.InvalidCoalitionException(problems);
        }
    }

    /** The settings in force: every setting's definition and current value. */
    public Settings settings() {
        return settings;
    }

    /**
     * Where each setting's value came from, by name: a bundled settings file and line, a settings
     * file of your own policy and line, or an override given to the builder.
     */
    public Map<String, SettingSource> settingSources() {
        return settingSources;
    }

    /** A digest of the policy files this advisor was built from, for provenance. */
    public String policyHash() {
        String hash = policyHash;
        if (hash == null) {
            hash = policies.hash();
            policyHash = hash;
        }
        return hash;
    }

    /**
     * Builds (or takes the shared) knowledge bases of the named decision areas now, so that their
     * first decisions do not wait for them. Optional: every area is otherwise built on its first
     * decision. Useful at start-up, before the first request arrives. Idempotent and thread-safe.
     *
     * @param areas any of {@code governance}, {@code value}, {@code voting}, {@code conflict}, {@code assessment},
     *              {@code health}, {@code formation}, {@code operations}, {@code lifecycle}; none means all
     * @throws IllegalArgumentException naming an unknown area and the known ones
     * @throws IllegalStateException if the advisor has been closed
     */
    public CoalitionAdvisor prepare(String... areas) {
        ensureOpen();
        List<DecisionArea> chosen = new ArrayList<>();
        for (String name : areas) {
            DecisionArea area = this.areas.stream().filter(a -> a.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("areas: \"" + name + "\" is not a decision area; use "
                            + "governance, value, voting, conflict, assessment, health, formation, operations or lifecycle"));
            chosen.add(area);
        }
        (chosen.isEmpty() ? this.areas : chosen).forEach(DecisionArea::prepare);
        return this;
    }

    /** How the knowledge base of a decision area was built. */
    public enum KnowledgeBaseOrigin {
        /** Not yet: the area's first decision builds it (or takes the shared one). */
        NOT_BUILT,
        /** From the executable-model classes generated when the library was built: the bundled policy. */
        PREBUILT,
        /**
         * Compiled from DRL source: a custom policy's area (when the advisor was built, or by
         * another advisor of the same policy), or the bundled one when its pre-built classes are
         * missing or do not match the bundled DRL (a partial build).
         */
        COMPILED
    }

    /**
     * Each decision area ({@code governance}, {@code value}, {@code voting}, {@code conflict}, {@code health},
     * {@code formation}) and
     * how its knowledge base was built, in that order: useful to check that a custom policy
     * directory was picked up, or that the bundled policy compiles nothing at run time.
     */
    public Map<String, KnowledgeBaseOrigin> knowledgeBases() {
        Map<String, KnowledgeBaseOrigin> origins = new LinkedHashMap<>();
        for (DecisionArea area : areas) {
            origins.put(area.name(), !area.built() ? KnowledgeBaseOrigin.NOT_BUILT
                    : area.prebuilt() ? KnowledgeBaseOrigin.PREBUILT : KnowledgeBaseOrigin.COMPILED);
        }
        return java.util.Collections.unmodifiableMap(origins);
    }

    /** The names of the policy files this advisor was built from, in load order. */
    public List<String> policyFiles() {
        return policies.files().stream().map(PolicySource::fileName).toList();
    }

    /**
     * Every rule in force, in load order (files, then rules as each file declares them): its
     * {@code @id}, name, decision area, {@code file:line}, {@code @source}, and whether its file is
     * bundled, replaces a bundled one or is added. What {@code coalition rules} prints.
     */
    public List<PolicyRule> rules() {
        return dev.coalition.rules.internal.PolicyRules.of(policies);
    }

    /** The library's name and version, e.g. {@code coalition 0.1.0-SNAPSHOT}. */
    public static String libraryVersion() {
        Properties properties = new Properties();
        try (InputStream in = CoalitionAdvisor.class.getResourceAsStream("/dev/coalition/rules/library.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("library.name", "coalition") + " " + properties.getProperty("library.version", "unknown");
    }

    /**
     * Releases the advisor and the knowledge bases it holds (a custom policy's are dropped when no
     * other advisor uses them); later calls fail with {@link IllegalStateException}. Idempotent.
     */
    @Override
    public void close() {
        closed = true;
        cleanable.clean();
    }

    /** Closes the areas of an advisor: on {@link #close()}, or when an advisor nobody closed is collected. */
    private record Release(List<DecisionArea> areas) implements Runnable {
        @Override
        public void run() {
            for (DecisionArea area : areas) {
                area.close();
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(DecisionRunner.CLOSED);
        }
    }

    /** Configures and builds a {@link CoalitionAdvisor}. Not thread-safe; the advisor it builds is. */
    public static final class Builder {
        private final Map<String, String> overrides = new LinkedHashMap<>();
        private final List<Path> policyDirectories = new ArrayList<>();
        private final List<PolicySource> policyFiles = new ArrayList<>();
        private final List<RuleListener> listeners = new ArrayList<>();
        private int maxRuleFirings = DEFAULT_MAX_RULE_FIRINGS;
        private long maxVotingCost = WeightedVotingGame.DEFAULT_MAX_COST;

        private Builder() {
        }

        /**
         * Overrides a setting; checked when {@link #build()} is called (your own policy files may
         * define new settings).
         *
         * @param name  the setting's name, e.g. {@code governance.crisisUrgency}
         * @param value the value as text, e.g. {@code "0.7"}, {@code "6"}, {@code "TECHNICAL,FINANCIAL"}
         */
        public Builder setting(String name, String value) {
            if (name == null) {
                throw new SettingsException("setting name is null; give a name such as governance.crisisUrgency");
            }
            overrides.put(name, value);
            return this;
        }

        /** Overrides a numeric setting. */
        public Builder setting(String name, double value) {
            return setting(name, Double.toString(value));
        }

        /** Overrides an integer setting. */
        public Builder setting(String name, int value) {
            return setting(name, Integer.toString(value));
        }

        /** Overrides several settings, by name. */
        public Builder settings(Map<String, String> values) {
            values.forEach(this::setting);
            return this;
        }

        /**
         * Adds a directory of policy files: each {@code *.drl} file replaces the bundled file of the
         * same name, or is added to the policy; each {@code *.settings.properties} file is laid over
         * the bundled settings ({@code NAME = VALUE} alone changes a value; a new setting needs its
         * type, default, range for numbers, description and source).
         */
        public Builder policyDirectory(Path directory) {
            policyDirectories.add(Objects.requireNonNull(directory, "directory"));
            return this;
        }

        /**
         * Adds one policy file by name and content: a DRL file replaces a bundled file of the same
         * name; a settings file is laid over the bundled settings, as in {@link #policyDirectory(Path)}.
         */
        public Builder policyFile(String fileName, String content) {
            policyFiles.add(new PolicySource(fileName, content, fileName));
            return this;
        }

        /** Adds a listener called while decisions are taken. */
        public Builder listener(RuleListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Caps the rule firings of one decision (default {@value #DEFAULT_MAX_RULE_FIRINGS}); a
         * policy that reaches the cap is reported as runaway with a {@link PolicyRuntimeException}.
         */
        public Builder maxRuleFirings(int maxRuleFirings) {
            if (maxRuleFirings < 1) {
                throw new IllegalArgumentException("maxRuleFirings: " + maxRuleFirings + " is below 1; give a positive cap such as "
                        + DEFAULT_MAX_RULE_FIRINGS);
            }
            this.maxRuleFirings = maxRuleFirings;
            return this;
        }

        /**
         * Limits the work of one voting-power analysis (default
         * {@value WeightedVotingGame#DEFAULT_MAX_COST}, about 2.5 s), measured as players&sup2; &times;
         * quota &times; passes ({@link WeightedVotingGame#cost(int, long)}); a vote above it is refused
         * with an {@link dev.coalition.core.InvalidCoalitionException} at {@code voting.quota} saying so.
         */
        public Builder maxVotingCost(long maxVotingCost) {
            if (maxVotingCost < 1) {
                throw new IllegalArgumentException("maxVotingCost: " + maxVotingCost + " is below 1; give a positive limit such as "
                        + WeightedVotingGame.DEFAULT_MAX_COST);
            }
            this.maxVotingCost = maxVotingCost;
            return this;
        }

        /**
         * Builds the advisor. On the bundled policies nothing is compiled (each area's pre-built
         * knowledge base is taken on its first decision); the areas that a custom policy file
         * changes are compiled now, so their problems surface here.
         *
         * @throws PolicyCompilationException if a policy file does not compile (every problem of every area at once)
         * @throws PolicyRuntimeException     if a custom policy's {@code policy-constants} rules fail on the settings
         * @throws SettingsException          for an unknown setting, an invalid value, or values that
         *                                    contradict each other ({@link SettingsException#problems()} lists each)
         */
        public CoalitionAdvisor build() {
            PolicySet policies = PolicySet.bundled();
            for (Path directory : policyDirectories) {
                policies = policies.withDirectory(directory);
            }
            for (PolicySource file : policyFiles) {
                policies = policies.with(file);
            }
            SettingsLayers.Result layers = policies.settingsLayers();
            Settings settings = layers.settings();
            Map<String, SettingSource> sources = new LinkedHashMap<>(layers.sources());
            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, String> override : overrides.entrySet()) {
                try {
                    settings = settings.with(override.getKey(), override.getValue());
                    sources.put(override.getKey(), SettingSource.override());
                } catch (SettingsException e) {
                    problems.add(e.getMessage());
                }
            }
            if (problems.isEmpty()) {
                relationProblems(settings, sources, problems);
            }
            if (!problems.isEmpty()) {
                throw new SettingsException(problems);
            }
            CoalitionAdvisor advisor = new CoalitionAdvisor(policies, settings, sources, maxRuleFirings, maxVotingCost, listeners);
            if (policies.isCustom()) {
                // a custom policy is checked and compiled now, so that its problems surface here, not in a decision
                try {
                    prepareCustomAreas(advisor, policies, settings);
                } catch (RuntimeException | Error e) {
                    advisor.close();
                    throw e;
                }
            }
            return advisor;
        }
    }

    /**
     * Adds the relation problems ({@code atMost}) caused by an override to {@code problems}; those
     * caused by the values of policy files are thrown as {@link PolicyCompilationException} at the
     * file and line of the value.
     */
    private static void relationProblems(Settings settings, Map<String, SettingSource> sources, List<String> problems) {
        List<PolicyDiagnostic> inFiles = new ArrayList<>();
        for (String problem : settings.relationProblems()) {
            PolicySet.locate(problem, settings, sources).ifPresentOrElse(inFiles::add, () -> problems.add(problem));
        }
        if (!inFiles.isEmpty() && problems.isEmpty()) {
            throw new PolicyCompilationException(inFiles);
        }
        inFiles.forEach(d -> problems.add(d.toString()));
    }

    /**
     * Checks a custom policy and compiles the areas it changes, reporting every problem at once:
     * the checks across all files and each area's compilation problems, each problem once.
     */
    private static void prepareCustomAreas(CoalitionAdvisor advisor, PolicySet policies, Settings settings) {
        List<PolicyDiagnostic> problems = new ArrayList<>();
        try {
            PolicyCompiler.check(policies.drlFiles(), settings);
        } catch (PolicyCompilationException e) {
            problems.addAll(e.diagnostics());
        }
        for (DecisionArea area : advisor.areas) {
            if (!area.bundled()) {
                try {
                    area.prepare();
                } catch (PolicyCompilationException e) {
                    problems.addAll(e.diagnostics());
                }
            }
        }
        if (!problems.isEmpty()) {
            List<String> order = policies.files().stream().map(PolicySource::fileName).toList();
            throw new PolicyCompilationException(problems.stream().distinct()
                    .sorted(java.util.Comparator.comparing((PolicyDiagnostic d) -> !d.message().startsWith(PolicyCompiler.IMPORT_PROBLEM))
                            .thenComparingInt(d -> order.indexOf(d.file()) < 0 ? order.size() : order.indexOf(d.file()))
                            .thenComparingInt(PolicyDiagnostic::line))
                    .toList());
        }
    }

    /** Every setting's definition, in name order (shorthand for {@code settings().definitions()}). */
    public List<SettingDefinition> settingDefinitions() {
        return settings.definitions();
    }
}
