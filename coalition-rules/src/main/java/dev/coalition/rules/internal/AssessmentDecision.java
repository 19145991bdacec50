package dev.coalition.rules.internal;

import dev.coalition.assessment.Candidate;
import dev.coalition.assessment.CompositionOption;
import dev.coalition.assessment.CompositionSearch;
import dev.coalition.assessment.Dimension;
import dev.coalition.assessment.PairFit;
import dev.coalition.assessment.PartnerMatrix;
import dev.coalition.assessment.SoughtResource;
import dev.coalition.policy.Settings;
import dev.coalition.rules.api.ClearedFlag;
import dev.coalition.rules.api.CompositionSuggestion;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.PartnerAssessment;
import dev.coalition.rules.assessment.AssessedGroup;
import dev.coalition.rules.assessment.CompositionCandidate;
import dev.coalition.rules.assessment.CompositionOffered;
import dev.coalition.rules.assessment.ExitFlexibility;
import dev.coalition.rules.assessment.FlagCleared;
import dev.coalition.rules.assessment.FlagRaised;
import dev.coalition.rules.assessment.PairStanding;
import dev.coalition.rules.assessment.PositionSpread;
import dev.coalition.rules.assessment.PriorTies;
import dev.coalition.rules.assessment.WantedResource;
import dev.coalition.rules.policy.Text;
import dev.coalition.value.Fraction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The partner assessment: exact figures and the composition search in core, flags and which
 * compositions to suggest from the rules.
 */
public final class AssessmentDecision {

    /** The most composition suggestions an assessment makes. */
    public static final int MAX_SUGGESTIONS = 3;

    private AssessmentDecision() {
    }

    /** The setting holding a pairwise dimension's weight: {@code assessment.weight.riskTolerance} for RISK_TOLERANCE. */
    public static String weightSetting(Dimension dimension) {
        StringBuilder name = new StringBuilder("assessment.weight.");
        boolean upper = false;
        for (char c : dimension.name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /**
     * Assesses candidate partners.
     *
     * @throws dev.coalition.core.InvalidCoalitionException naming every problem of the candidates
     * @throws IllegalArgumentException when the weight settings are all 0
     */
    public static PartnerAssessment assess(DecisionRunner runner, Settings settings, List<Candidate> candidates) {
        Map<Dimension, Fraction> weights = new EnumMap<>(Dimension.class);
        Dimension.pairwise().forEach(d -> weights.put(d, Text.exact(settings.number(weightSetting(d)))));
        PartnerMatrix matrix = PartnerMatrix.of(candidates, weights);
        CompositionSearch.Result search = CompositionSearch.search(matrix, settings.integer("assessment.maxLeaveOut"),
                settings.integer("assessment.minMembers"), MAX_SUGGESTIONS);
        Set<String> tied = tiedPairs(candidates);
        List<Object> facts = new ArrayList<>(List.of(settings));
        addGroup(facts, matrix, matrix.candidates(), List.of(), tied);
        int rank = 1;
        for (CompositionOption option : search.options()) {
            String scope = AssessedGroup.without(option.leaveOut());
            facts.add(new CompositionCandidate(scope, rank++, option.leaveOut(), option.weakestPairBefore(),
                    option.weakestPairAfter(), option.coalitionFitAfter(), search.method().name()));
            addGroup(facts, matrix, option.remaining(), option.leaveOut(), tied);
        }
        DecisionRunner.Outcome outcome = runner.run("assessment", "candidates", facts);
        List<Finding> flags = outcome.all(FlagRaised.class).stream().filter(f -> f.scope().equals(AssessedGroup.ALL))
                .map(f -> new Finding(f.id(), f.severity(), f.subject(), f.reason().toString())).toList();
        List<CompositionOffered> offers = outcome.all(CompositionOffered.class);
        List<FlagCleared> clearances = outcome.all(FlagCleared.class);
        List<CompositionSuggestion> suggestions = new ArrayList<>();
        for (CompositionOption option : search.options()) {
            String scope = AssessedGroup.without(option.leaveOut());
            for (CompositionOffered offered : offers) {
                if (offered.scope().equals(scope)) {
                    List<ClearedFlag> cleared = clearances.stream().filter(c -> c.scope().equals(scope))
                            .map(c -> new ClearedFlag(c.id(), c.subject())).toList();
                    suggestions.add(new CompositionSuggestion(option.leaveOut(), option.weakestPairBefore(),
                            option.weakestPairAfter(), option.coalitionFitAfter(), cleared, offered.reason().toString()));
                }
            }
        }
        List<ExplanationStep> explanation = new ArrayList<>(outcome.explanation().stream()
                .filter(s -> !s.rule().startsWith("assessment.flag.") || AssessedGroup.ALL.equals(s.inputs().get("scope")))
                .toList());
        explanation.addAll(Findings.computed("assessment.composition.search", "The composition search", List.of(
                searchSentence(search, matrix.size(), settings))));
        return new PartnerAssessment(matrix.candidates(), matrix.matrix(), matrix.pairs(), matrix.coalitionFit(),
                matrix.weakestPair(), matrix.spread(), flags, matrix.unservedWants(), suggestions, search.method().name(),
                explanation);
    }

    private static String searchSentence(CompositionSearch.Result search, int n, Settings settings) {
        String limits = "leaving out at most " + settings.integer("assessment.maxLeaveOut") + " (assessment.maxLeaveOut) and keeping at least "
                + settings.integer("assessment.minMembers") + " (assessment.minMembers)";
        return search.method() == CompositionSearch.Method.EXACT
                ? "Every composition of the " + n + " candidates " + limits + " was tried (exact search, up to "
                + CompositionSearch.EXACT_UP_TO + " candidates)."
                : "With " + n + " candidates (more than " + CompositionSearch.EXACT_UP_TO + "), compositions " + limits
                + " were searched greedily, leaving out one member of the weakest pair at a time: a better composition may exist.";
    }

    /** The figures of a group of candidates as facts of its scope. */
    private static void addGroup(List<Object> facts, PartnerMatrix matrix, List<String> members, List<String> leftOut,
                                 Set<String> tied) {
        String scope = AssessedGroup.without(leftOut);
        facts.add(new AssessedGroup(scope, leftOut, members.size()));
        matrix.spreadAmong(members).forEach((d, s) -> facts.add(new PositionSpread(scope, d, s)));
        for (String id : members) {
            facts.add(new ExitFlexibility(scope, id, matrix.score(id, Dimension.EXIT_FLEXIBILITY)));
        }
        Set<String> in = new HashSet<>(members);
        int pairs = 0;
        int tiedPairs = 0;
        for (PairFit p : matrix.pairs()) {
            if (in.contains(p.a()) && in.contains(p.b())) {
                facts.add(new PairStanding(scope, p.a(), p.b(), p.fit()));
                pairs++;
                tiedPairs += tied.contains(p.a() + "\n" + p.b()) ? 1 : 0;
            }
        }
        facts.add(new PriorTies(scope, tiedPairs, pairs));
        for (SoughtResource s : matrix.soughtAmong(members)) {
            facts.add(new WantedResource(scope, s.candidate(), s.resource(), s.broughtByOthers()));
        }
    }

    /** Each pair with a prior tie as {@code a\nb}, a &lt; b by id. */
    private static Set<String> tiedPairs(List<Candidate> candidates) {
        Set<String> tied = new HashSet<>();
        for (Candidate c : candidates) {
            for (String other : c.priorTies()) {
                tied.add(c.id().compareTo(other) < 0 ? c.id() + "\n" + other : other + "\n" + c.id());
            }
        }
        return tied;
    }
}
