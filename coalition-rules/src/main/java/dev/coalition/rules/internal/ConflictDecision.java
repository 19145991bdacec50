package dev.coalition.rules.internal;

import dev.coalition.conflict.Behaviour;
import dev.coalition.conflict.Conflict;
import dev.coalition.conflict.ConflictType;
import dev.coalition.conflict.Divergence;
import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.ExternalMediator;
import dev.coalition.conflict.Intervention;
import dev.coalition.conflict.StepOutcome;
import dev.coalition.conflict.StepRecord;
import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import dev.coalition.ledger.CreditLedger;
import dev.coalition.network.TrustNetwork;
import dev.coalition.policy.Settings;
import dev.coalition.rules.api.ConflictAssessment;
import dev.coalition.rules.api.PolicyRuntimeException;
import dev.coalition.rules.conflict.ConflictBehaviour;
import dev.coalition.rules.conflict.ConflictSubject;
import dev.coalition.rules.conflict.ConflictTypeOption;
import dev.coalition.rules.conflict.ExternalFacilitation;
import dev.coalition.rules.conflict.InterventionAllowed;
import dev.coalition.rules.conflict.LadderEnd;
import dev.coalition.rules.conflict.LadderState;
import dev.coalition.rules.conflict.LeavingChoice;
import dev.coalition.rules.conflict.LevelAssessment;
import dev.coalition.rules.conflict.MediatorCandidate;
import dev.coalition.rules.conflict.MediatorVerdict;
import dev.coalition.rules.conflict.NextStep;
import dev.coalition.rules.conflict.PartyStanding;
import dev.coalition.rules.conflict.ResolvabilityVerdict;
import dev.coalition.rules.conflict.StageAssessment;
import dev.coalition.rules.conflict.TypeRole;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The conflict decision: computes the figures the conflict rules compare (trust ties with the
 * parties, the ladder position as of the date), runs the rules and assembles an explained
 * assessment, checking that the policy answered completely.
 */
public final class ConflictDecision {

    /** The settings that hold the subject vocabulary, by conflict type. */
    static final Map<ConflictType, String> VOCABULARY = Map.of(
            ConflictType.GOAL, "conflict.subjects.goal",
            ConflictType.PROCESS, "conflict.subjects.process",
            ConflictType.RELATIONSHIP, "conflict.subjects.relationship");

    private ConflictDecision() {
    }

    /**
     * Every problem with a conflict in a coalition as of a date, with paths relative to the
     * conflict: parties that are not members, subjects outside the vocabulary, an opening date
     * before the coalition was formed, dates after {@code asOf}.
     */
    public static List<Violation> problems(Settings settings, Coalition coalition, Conflict conflict, LocalDate asOf) {
        List<Violation> problems = new ArrayList<>(conflict.problemsIn(coalition));
        Set<String> known = new LinkedHashSet<>();
        for (ConflictType type : ConflictType.values()) {
            known.addAll(settings.words(VOCABULARY.get(type)));
        }
        for (int i = 0; i < conflict.subjects().size(); i++) {
            String subject = conflict.subjects().get(i);
            if (!known.contains(subject)) {
                problems.add(new Violation("subjects[" + i + "]", "unknown subject " + Violation.quote(subject)
                        + dev.coalition.core.Suggestions.closest(subject, known).map(s -> " (did you mean \"" + s + "\"?)").orElse("")
                        + "; the policy knows " + known));
            }
        }
        if (conflict.openedOn().isBefore(coalition.formedOn())) {
            problems.add(new Violation("openedOn", conflict.openedOn() + " is before the coalition was formed (formedOn "
                    + coalition.formedOn() + "); a conflict between its members opens on or after that date"));
        }
        if (asOf == null) {
            problems.add(new Violation("asOf", "is required: give the date to assess the conflict as of, as YYYY-MM-DD"));
        } else {
            if (asOf.isBefore(conflict.openedOn())) {
                problems.add(new Violation("openedOn", conflict.openedOn() + " is after asOf " + asOf));
            }
            for (int i = 0; i < conflict.history().size(); i++) {
                if (conflict.history().get(i).date().isAfter(asOf)) {
                    problems.add(new Violation("history[" + i + "].date", conflict.history().get(i).date() + " is after asOf " + asOf));
                }
            }
        }
        return problems;
    }

    /** Assesses a conflict as of a date. */
    public static ConflictAssessment assess(DecisionRunner runner, Settings settings, Coalition coalition, Conflict conflict,
                                            LocalDate asOf, CreditLedger ledger) {
        Objects.requireNonNull(conflict, "conflict");
        Objects.requireNonNull(ledger, "ledger");
        List<Violation> problems = problems(settings, coalition, conflict, asOf);
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        DecisionRunner.Outcome outcome = runner.run("conflict", conflict.id(), facts(settings, coalition, conflict, asOf));

        List<StageAssessment> stages = outcome.all(StageAssessment.class);
        List<LevelAssessment> levels = outcome.all(LevelAssessment.class);
        List<dev.coalition.rules.conflict.ResolvabilityVerdict> verdicts = outcome.all(ResolvabilityVerdict.class);
        if (stages.size() != 1 || levels.size() != 1 || verdicts.size() != 1) {
            throw new PolicyRuntimeException("the conflict policy must give exactly one stage, one level and one resolvability "
                    + "verdict, but gave " + stages.size() + ", " + levels.size() + " and " + verdicts.size());
        }
        List<ConflictAssessment.TypeAssessment> types = outcome.all(TypeRole.class).stream()
                .sorted(Comparator.comparing((TypeRole r) -> !r.role().equals("PRIMARY")).thenComparing(TypeRole::type))
                .map(r -> new ConflictAssessment.TypeAssessment(r.type(), r.role(), r.because())).toList();
        List<Intervention> interventions = outcome.all(InterventionAllowed.class).stream()
                .map(InterventionAllowed::intervention).distinct().sorted().toList();
        boolean external = !outcome.all(ExternalFacilitation.class).isEmpty();
        List<NextStep> steps = outcome.all(NextStep.class);
        List<LadderEnd> ends = outcome.all(LadderEnd.class);
        if (steps.size() + ends.size() != 1) {
            throw new PolicyRuntimeException("the conflict policy must give exactly one next step or ladder end, but gave "
                    + steps.size() + " next steps and " + ends.size() + " ends");
        }
        ConflictAssessment.NextStepAdvice next = steps.isEmpty() ? null : new ConflictAssessment.NextStepAdvice(
                steps.get(0).step(), steps.get(0).owner(), steps.get(0).timeBoxDays(), steps.get(0).dueOn(), steps.get(0).reason().toString());
        List<ConflictAssessment.MediatorAdvice> mediators = rankMediators(coalition, outcome.all(MediatorVerdict.class));

        ResolvabilityVerdict verdict = verdicts.get(0);
        ConflictAssessment.DivergenceAdvice divergence = null;
        List<LeavingChoice> leaving = outcome.all(LeavingChoice.class);
        if (verdict.value() == dev.coalition.conflict.Resolvability.IRRECONCILABLE && coalition.size() > 2) {
            if (leaving.size() != 1) {
                throw new PolicyRuntimeException("the conflict policy must choose exactly one leaving member for an irreconcilable "
                        + "conflict, but chose " + leaving.size());
            }
            LeavingChoice choice = leaving.get(0);
            Divergence plan = Divergence.plan(coalition, ledger, choice.member(), asOf, settings.integer("conflict.divergence.graceDays"));
            divergence = new ConflictAssessment.DivergenceAdvice(choice.member(), choice.proposed(), List.of(choice.reason().toString()), plan);
        }
        return new ConflictAssessment(conflict.id(), types, stages.get(0).stage(), levels.get(0).level(), interventions, external,
                next, mediators, new ConflictAssessment.ResolvabilityAdvice(verdict.value(), List.of(verdict.reason().toString())),
                divergence, Findings.of(outcome), outcome.explanation());
    }

    private static List<Object> facts(Settings settings, Coalition coalition, Conflict conflict, LocalDate asOf) {
        List<Object> facts = new ArrayList<>(List.of(settings, coalition, conflict,
                new dev.coalition.rules.conflict.ConflictFigures(conflict.stage(), conflict.failedSteps(), conflict.importance(),
                        conflict.negativeEmotion(), conflict.resolutionEfficacy())));
        new LinkedHashSet<>(conflict.subjects()).forEach(s -> facts.add(new ConflictSubject(s)));
        for (Behaviour b : new LinkedHashSet<>(conflict.behaviours())) {
            facts.add(new ConflictBehaviour(b));
        }
        for (ConflictType type : ConflictType.values()) {
            facts.add(new ConflictTypeOption(type));
        }
        facts.add(ladder(conflict, asOf));
        TrustNetwork trust = TrustNetwork.of(coalition);
        Set<String> parties = Set.copyOf(conflict.parties());
        for (Member m : coalition.members()) {
            int trusting = 0;
            int tied = 0;
            for (String p : conflict.parties()) {
                if (p.equals(m.id())) {
                    continue;
                }
                boolean trustsCandidate = coalition.member(p).map(party -> party.trusts(m.id())).orElse(false);
                boolean candidateTrusts = m.trusts(p);
                trusting += trustsCandidate ? 1 : 0;
                tied += trustsCandidate || candidateTrusts ? 1 : 0;
            }
            facts.add(new MediatorCandidate(m.id(), false, parties.contains(m.id()), trusting, tied, conflict.parties().size(),
                    m.expertise()));
        }
        for (ExternalMediator e : coalition.externalMediators()) {
            facts.add(new MediatorCandidate(e.id(), true, false, 0, 0, conflict.parties().size(), e.expertise()));
        }
        for (String p : conflict.parties()) {
            facts.add(new PartyStanding(p, trust.inDegree(p), coalition.member(p).orElseThrow().votingWeight()));
        }
        return facts;
    }

    /** Where the conflict stands on the ladder as of the date: its last step, or direct negotiation since it opened. */
    static LadderState ladder(Conflict conflict, LocalDate asOf) {
        if (conflict.history().isEmpty()) {
            return new LadderState(EscalationStep.DIRECT_NEGOTIATION, conflict.openedOn(), StepOutcome.ONGOING,
                    ChronoUnit.DAYS.between(conflict.openedOn(), asOf), asOf, false);
        }
        StepRecord last = conflict.history().get(conflict.history().size() - 1);
        return new LadderState(last.step(), last.date(), last.outcome(), ChronoUnit.DAYS.between(last.date(), asOf), asOf, true);
    }

    private static List<ConflictAssessment.MediatorAdvice> rankMediators(Coalition coalition, List<MediatorVerdict> verdicts) {
        Map<String, List<MediatorVerdict>> byCandidate = new LinkedHashMap<>();
        verdicts.forEach(v -> byCandidate.computeIfAbsent(v.candidate(), k -> new ArrayList<>()).add(v));
        record Ranked(String id, boolean external, int merit, List<String> reasons) {
        }
        List<Ranked> eligible = new ArrayList<>();
        byCandidate.forEach((id, list) -> {
            boolean excluded = list.stream().anyMatch(v -> v.kind().equals("EXCLUDED"));
            boolean isEligible = list.stream().anyMatch(v -> v.kind().equals("ELIGIBLE"));
            if (!excluded && isEligible) {
                int merit = list.stream().mapToInt(MediatorVerdict::merit).sum();
                eligible.add(new Ranked(id, coalition.member(id).isEmpty(), merit,
                        list.stream().map(v -> v.reason().toString()).toList()));
            }
        });
        eligible.sort(Comparator.comparingInt(Ranked::merit).reversed().thenComparing(Ranked::id));
        List<ConflictAssessment.MediatorAdvice> ranked = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            Ranked r = eligible.get(i);
            ranked.add(new ConflictAssessment.MediatorAdvice(r.id(), r.external(), i + 1, r.reasons()));
        }
        return ranked;
    }

    /** Applies a divergence plan: the coalition without the leaving member, the ledger with its settlement. */
    public static Divergence.Result apply(Coalition coalition, CreditLedger ledger, Divergence plan, LocalDate date) {
        return plan.apply(coalition, ledger, date);
    }
}
