package dev.coalition.rules;

import dev.coalition.core.Coalition;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.policy.Settings;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.internal.DecisionRunner;
import dev.coalition.rules.internal.PolicyCompiler;
import dev.coalition.rules.internal.PolicySet;
import dev.coalition.rules.policy.FindingRaised;
import dev.coalition.value.CharacteristicFunction;
import dev.coalition.value.Fraction;
import dev.coalition.value.Money;
import dev.coalition.value.Principle;
import dev.coalition.value.TableGame;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coalitions, requests, games and reports used across the value and voting rules tests, with the
 * figures they give worked out by hand.
 */
final class ValueCases {

    private ValueCases() {
    }

    static final LocalDate FORMED = LocalDate.of(2024, 2, 1);
    static final GovernanceContext CALM = new GovernanceContext(0.3, 0.5, 0.7, 0.5);

    /** Members a, b, c with voting weights 50, 49 and 1 (the [51; 50, 49, 1] vote). */
    static Coalition trio() {
        return trio(50, 49, 1);
    }

    /** Members a, b, c with the given voting weights. */
    static Coalition trio(long a, long b, long c) {
        return Coalition.builder("Trio").formedOn(FORMED)
                .member("a", "Alpha", "firm", a, "b")
                .member("b", "Bravo", "firm", b, "a")
                .member("c", "Charlie", "ngo", c)
                .context(CALM)
                .build();
    }

    /** A coalition of the given members, each with voting weight 1. */
    static Coalition coalitionOf(String... ids) {
        Coalition.Builder b = Coalition.builder("Members " + String.join(",", ids)).formedOn(FORMED).context(CALM);
        for (String id : ids) {
            b.member(id, "Member " + id, "firm", 1);
        }
        return b.build();
    }

    /** A coalition of n members m01..mNN, each with voting weight 1. */
    static Coalition numbered(int n) {
        return coalitionOf(numberedIds(n).toArray(String[]::new));
    }

    static List<String> numberedIds(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ids.add(String.format("m%02d", i));
        }
        return ids;
    }

    static Money eur(String amount) {
        return Money.parse(amount, "EUR");
    }

    static Set<Principle> principles(Principle... principles) {
        return principles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(principles));
    }

    /** Figures by member, in order: {@code figures("a", 5, "b", 3)}. */
    static Map<String, Fraction> figures(Object... idsAndNumbers) {
        Map<String, Fraction> figures = new LinkedHashMap<>();
        for (int i = 0; i < idsAndNumbers.length; i += 2) {
            Object n = idsAndNumbers[i + 1];
            figures.put((String) idsAndNumbers[i], n instanceof Fraction f ? f : Fraction.of(((Number) n).longValue()));
        }
        return figures;
    }

    /** The trio's contributions: a 5, b 3, c 2 (PROPORTIONAL gives 50%, 30%, 20%). */
    static final Map<String, Fraction> CONTRIBUTIONS = figures("a", 5, "b", 3, "c", 2);
    /** The trio's needs: a 1, b 1, c 2. */
    static final Map<String, Fraction> NEEDS = figures("a", 1, "b", 1, "c", 2);
    /** The need weight used with {@link #NEEDS}. */
    static final Fraction NEED_WEIGHT = Fraction.of(1, 2);

    /**
     * A game given by the value of every non-empty coalition, listed by bit mask (bit i is player
     * i): for players a, b, c the order is a, b, ab, c, ac, bc, abc.
     */
    static TableGame game(List<String> players, long... valuesByMask) {
        if (valuesByMask.length != (1 << players.size()) - 1) {
            throw new IllegalArgumentException("give " + ((1 << players.size()) - 1) + " values");
        }
        Map<Set<String>, Fraction> values = new LinkedHashMap<>();
        for (int mask = 1; mask < (1 << players.size()); mask++) {
            Set<String> coalition = new LinkedHashSet<>();
            for (int i = 0; i < players.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    coalition.add(players.get(i));
                }
            }
            values.put(coalition, Fraction.of(valuesByMask[mask - 1]));
        }
        return TableGame.of(players, values);
    }

    /**
     * The trio's game: a alone 10, b alone 20, c alone 30, each pair the sum of its members plus 10
     * and all three 90. Monotone; Shapley values a 20, b 30, c 40 (each pair's synergy of 10 is
     * split between its two members).
     */
    static TableGame trioGame() {
        return game(List.of("a", "b", "c"), 10, 20, 40, 30, 50, 60, 90);
    }

    /**
     * A non-monotone game on a, b, c: a and b are worth 6 each and 12 together, but c halves what
     * any coalition it joins is worth (v(ac) = v(bc) = 0, v(abc) = 6). Shapley values a 5, b 5,
     * c -4 (v(N) = 6).
     */
    static TableGame spoilerGame() {
        return game(List.of("a", "b", "c"), 6, 6, 12, 0, 0, 0, 6);
    }

    /** A game of any size in which a coalition is worth its number of players (monotone, v(N) = n). */
    static CharacteristicFunction countingGame(List<String> players) {
        return new CharacteristicFunction() {
            @Override
            public List<String> players() {
                return players;
            }

            @Override
            public Fraction value(Set<String> coalition) {
                if (!new HashSet<>(players).containsAll(coalition)) {
                    throw new IllegalArgumentException("unknown player in " + coalition);
                }
                return Fraction.of(coalition.size());
            }
        };
    }

    /** 100.00 EUR to the trio with every input given: contributions, needs and a need weight, the game. */
    static DistributionRequest everythingGiven(Principle... principles) {
        return DistributionRequest.of(eur("100.00")).withPrinciples(principles(principles))
                .withContributions(CONTRIBUTIONS).withNeeds(NEEDS, NEED_WEIGHT).withGame(trioGame());
    }

    /** 100.00 EUR to the trio with nothing but the principles given. */
    static DistributionRequest nothingGiven(Principle... principles) {
        return DistributionRequest.of(eur("100.00")).withPrinciples(principles(principles));
    }

    /** One member's report on the others: {@code report("b", 1, "c", 2)}. */
    static Map<String, Fraction> report(Object... idsAndNumbers) {
        return figures(idsAndNumbers);
    }

    /** Reports by member, in order: {@code reports("a", report(...), "b", report(...))}. */
    static Map<String, Map<String, Fraction>> reports(Object... idsAndReports) {
        Map<String, Map<String, Fraction>> reports = new LinkedHashMap<>();
        for (int i = 0; i < idsAndReports.length; i += 2) {
            @SuppressWarnings("unchecked")
            Map<String, Fraction> report = (Map<String, Fraction>) idsAndReports[i + 1];
            reports.put((String) idsAndReports[i], report);
        }
        return reports;
    }

    /** Reports that all agree with the division contributions a : b : c = 1 : 2 : 3 (shares 1/6, 1/3, 1/2). */
    static Map<String, Map<String, Fraction>> agreeingReports() {
        return reports("a", report("b", 2, "c", 3), "b", report("a", 1, "c", 3), "c", report("a", 1, "b", 2));
    }

    /**
     * Three reports that disagree: a rates b and c alike, b rates c twice a, c rates a twice b.
     * The three-person rule gives a 1/(1 + 2 + 1/2) = 2/7, b 1/(1 + 1 + 2) = 1/4 and
     * c 1/(1 + 1 + 1/2) = 2/5, which leave 1 - 2/7 - 1/4 - 2/5 = 9/140 unallocated.
     */
    static Map<String, Map<String, Fraction>> disagreeingReports() {
        return reports("a", report("b", 1, "c", 1), "b", report("a", 1, "c", 2), "c", report("a", 2, "b", 1));
    }

    /** Finds one id in a list of findings. */
    static List<Finding> withId(List<Finding> findings, String id) {
        return findings.stream().filter(f -> f.id().equals(id)).toList();
    }

    /**
     * The bundled policy's rules run directly on facts built by hand, for a rule the facade cannot
     * reach with any input (see {@link ValueFindingsTest}). Compiled once, on first use.
     */
    static final class DirectRuns {

        private DirectRuns() {
        }

        private static final class Holder {
            static final Settings SETTINGS = PolicySet.bundled().defaultSettings();
            static final DecisionRunner RUNNER = new DecisionRunner(PolicyCompiler.compile(PolicySet.bundled(), SETTINGS), 10_000,
                    List.of());
        }

        /** Runs the rules over the settings, the coalition and the given facts. */
        static DecisionRunner.Outcome run(Coalition coalition, Object... facts) {
            List<Object> all = new ArrayList<>(List.of(Holder.SETTINGS, coalition));
            all.addAll(List.of(facts));
            return Holder.RUNNER.run("direct", coalition.name(), all);
        }

        /** The findings a run raised. */
        static List<Finding> findings(DecisionRunner.Outcome outcome) {
            return outcome.all(FindingRaised.class).stream()
                    .map(f -> new Finding(f.id(), f.severity(), f.subject(), f.reason().toString())).toList();
        }
    }
}
