package dev.coalition.rules;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.core.MemberCategory;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.value.Credits;
import dev.coalition.value.Fraction;
import dev.coalition.value.Money;
import dev.coalition.value.Principle;
import dev.coalition.value.TableGame;
import dev.coalition.value.Units;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of valid coalitions for property tests: 2 to 25 members whose categories
 * come from a small pool, random directed trust ties (sometimes centred on one member), context
 * figures in 0..1 on a 0.01 grid (so that the settings' cut-offs such as 0.35, 0.65 and 0.8 are hit
 * exactly), and an optional steering body. Every generated coalition is valid by construction.
 *
 * <p>For the value and voting laws: distributions (a coalition with a request in EUR or credits,
 * stated principles and, each only sometimes, contributions, needs with a need weight and a table
 * game whose players are the members), weighted votes and peer-attribution reports. Every
 * generated request can be honoured by whichever policy the rules choose for it.
 */
public final class CoalitionGenerators {

    /** The categories members are drawn from. */
    public static final List<String> CATEGORY_POOL = List.of("hospital", "ngo", "agency", "university", "firm");

    private CoalitionGenerators() {
    }

    /** Valid coalitions of 2 to 25 members. */
    public static Gen<Coalition> coalitions() {
        return coalitions(2, 25);
    }

    /** Valid coalitions of {@code minMembers} to {@code maxMembers} members. */
    public static Gen<Coalition> coalitions(int minMembers, int maxMembers) {
        Gen<Coalition> gen = in -> generate(in, minMembers, maxMembers);
        return gen.describedAs(CoalitionGenerators::describe);
    }

    /** A figure in 0..1 on a 0.01 grid. */
    public static Gen<Double> fractions() {
        Gen<Double> gen = in -> fraction(in);
        return gen;
    }

    /** Indices into a list; the caller reduces them modulo its size. */
    public static Gen<Integer> indices() {
        return in -> (int) in.next(Constraint.between(0, 1000));
    }

    private static double fraction(RandomnessSource in) {
        return in.next(Constraint.between(0, 100)) / 100.0;
    }

    private static int between(RandomnessSource in, int min, int max) {
        return (int) in.next(Constraint.between(min, max));
    }

    private static Coalition generate(RandomnessSource in, int minMembers, int maxMembers) {
        int n = between(in, minMembers, maxMembers);
        int categoryCount = between(in, 1, CATEGORY_POOL.size());
        int tiePercent = between(in, 0, 100);
        int hub = between(in, 0, n - 1);
        int hubPercent = between(in, 0, 100);
        Coalition.Builder b = Coalition.builder("Generated").formedOn(LocalDate.of(2024, 1, 1));
        for (int i = 0; i < n; i++) {
            List<String> trusts = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                boolean tie = between(in, 0, 99) < tiePercent || (j == hub && between(in, 0, 99) < hubPercent);
                if (tie) {
                    trusts.add(id(j));
                }
            }
            String category = CATEGORY_POOL.get(between(in, 0, categoryCount - 1));
            b.member(id(i), "Member " + i, category, between(in, 0, 10), trusts.toArray(String[]::new));
        }
        if (between(in, 0, 1) == 1) {
            List<String> seats = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (between(in, 0, 1) == 1) {
                    seats.add(id(i));
                }
            }
            if (seats.isEmpty()) {
                seats.add(id(between(in, 0, n - 1)));
            }
            b.steeringBody(seats);
        }
        b.context(new GovernanceContext(fraction(in), fraction(in), fraction(in), fraction(in)));
        return b.build();
    }

    private static String id(int i) {
        return String.format("m%02d", i);
    }

    /** The same coalition with only its decision urgency changed. */
    public static Coalition withUrgency(Coalition c, double urgency) {
        GovernanceContext x = c.context();
        return new Coalition(c.name(), c.formedOn(), c.members(), c.steeringBody(),
                new GovernanceContext(urgency, x.strategicStability(), x.goalConsensus(), x.networkCompetencyNeed()));
    }

    /** The same coalition plus one member, "newcomer", who trusts nobody and whom nobody trusts, in an existing category. */
    public static Coalition withUntrustedMember(Coalition c, MemberCategory category) {
        List<Member> members = new ArrayList<>(c.members());
        members.add(new Member("newcomer", "Newcomer", category, 1, List.of()));
        return new Coalition(c.name(), c.formedOn(), members, c.steeringBody(), c.context());
    }

    /** A short, readable account of a coalition for counterexamples. */
    public static String describe(Coalition c) {
        String members = c.members().stream()
                .map(m -> m.id() + "(" + m.category() + ")" + (m.trusts().isEmpty() ? "" : "->" + String.join(",", m.trusts())))
                .collect(Collectors.joining(" "));
        GovernanceContext x = c.context();
        return c.size() + " members: " + members
                + (c.hasSteeringBody() ? "; steeringBody " + c.steeringBody() : "")
                + "; context urgency=" + x.decisionUrgency() + " stability=" + x.strategicStability()
                + " consensus=" + x.goalConsensus() + " competencyNeed=" + x.networkCompetencyNeed();
    }

    // ---- value and voting ------------------------------------------------------------------------

    /**
     * A coalition and a distribution among its members.
     *
     * @param coalition the coalition
     * @param request   what to distribute and on what basis; names no policy
     */
    public record Distribution(Coalition coalition, DistributionRequest request) {

        @Override
        public String toString() {
            DistributionRequest r = request;
            return coalition.members().stream().map(Member::id).toList() + " amount " + r.amount() + " principles " + r.principles()
                    + (r.contributions().isEmpty() ? "" : " contributions " + r.contributions())
                    + (r.needs().isEmpty() ? "" : " needs " + r.needs() + " needWeight " + r.needWeight())
                    + (r.game() == null ? "" : " game " + describe((TableGame) r.game()));
        }
    }

    /** Distributions among 2 to 7 members; a game only for at most 6 members. */
    public static Gen<Distribution> distributions() {
        Gen<Distribution> gen = in -> distribution(in, between(in, 2, 7));
        return gen.describedAs(Distribution::toString);
    }

    /** Distributions among 2 to 7 members that always give every member's contribution, and sometimes a principle. */
    public static Gen<Distribution> distributionsWithContributions() {
        Gen<Distribution> gen = in -> {
            Distribution d = distribution(in, between(in, 2, 7));
            List<String> members = d.coalition().members().stream().map(Member::id).toList();
            return new Distribution(d.coalition(), d.request().withContributions(figures(in, members, 100)));
        };
        return gen.describedAs(Distribution::toString);
    }

    /** Amounts in EUR (0.00 to 1,000,000.00) or credits (0 to 10,000). */
    public static Gen<Units> amounts() {
        return CoalitionGenerators::amount;
    }

    private static Units amount(RandomnessSource in) {
        if (between(in, 0, 1) == 0) {
            long cents = in.next(Constraint.between(0, 100_000_000L));
            return Money.parse(java.math.BigDecimal.valueOf(cents, 2).toPlainString(), "EUR");
        }
        return new Credits(in.next(Constraint.between(0, 10_000)));
    }

    private static Distribution distribution(RandomnessSource in, int n) {
        List<String> members = new ArrayList<>();
        Coalition.Builder b = Coalition.builder("Generated").formedOn(LocalDate.of(2024, 1, 1))
                .context(new GovernanceContext(0.5, 0.5, 0.5, 0.5));
        for (int i = 0; i < n; i++) {
            members.add(id(i));
            b.member(id(i), "Member " + i, CATEGORY_POOL.get(i % CATEGORY_POOL.size()), between(in, 0, 10));
        }
        Set<Principle> principles = EnumSet.noneOf(Principle.class);
        for (Principle p : Principle.values()) {
            if (between(in, 0, 2) == 0) {
                principles.add(p);
            }
        }
        DistributionRequest request = DistributionRequest.of(amount(in)).withPrinciples(principles);
        int contributions = between(in, 0, 3); // 0: none, 1: some members only, 2 and 3: every member
        if (contributions == 1) {
            request = request.withContributions(figures(in, members.subList(0, n - 1), 100));
        } else if (contributions >= 2) {
            request = request.withContributions(figures(in, members, 100));
        }
        if (between(in, 0, 1) == 1) {
            request = request.withNeeds(figures(in, members, 50), Fraction.of(between(in, 0, 10), 10));
        }
        if (n <= 6 && between(in, 0, 1) == 1) {
            request = request.withGame(game(in, members, between(in, 0, 3) == 0));
        }
        return new Distribution(b.build(), request);
    }

    /** Figures 0..max (sometimes halves) for the given members, not all zero. */
    private static Map<String, Fraction> figures(RandomnessSource in, List<String> members, int max) {
        Map<String, Fraction> figures = new LinkedHashMap<>();
        for (String m : members) {
            long value = between(in, 0, 4) == 0 ? 0 : between(in, 0, max);
            figures.put(m, Fraction.of(value, between(in, 1, 2)));
        }
        if (figures.values().stream().allMatch(f -> f.signum() == 0)) {
            figures.put(members.get(0), Fraction.ONE);
        }
        return figures;
    }

    /**
     * A table game on the members: monotone with v &ge; 0 built coalition by coalition, or (when
     * {@code anyValues}) any values from -20 to 100; v(N) is always above 0, as a distribution needs.
     */
    private static TableGame game(RandomnessSource in, List<String> players, boolean anyValues) {
        int n = players.size();
        long[] v = new long[1 << n];
        for (int mask = 1; mask < v.length; mask++) {
            if (anyValues) {
                v[mask] = between(in, -20, 100);
            } else {
                long best = 0;
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        best = Math.max(best, v[mask ^ (1 << i)]);
                    }
                }
                v[mask] = best + between(in, 0, 10);
            }
        }
        if (v[v.length - 1] <= 0) {
            v[v.length - 1] = 1 - v[v.length - 1];
        }
        Map<Set<String>, Fraction> values = new LinkedHashMap<>();
        for (int mask = 1; mask < v.length; mask++) {
            values.put(coalitionOf(players, mask), Fraction.of(v[mask]));
        }
        return TableGame.of(players, values);
    }

    private static Set<String> coalitionOf(List<String> players, int mask) {
        Set<String> coalition = new LinkedHashSet<>();
        for (int i = 0; i < players.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                coalition.add(players.get(i));
            }
        }
        return coalition;
    }

    private static String describe(TableGame game) {
        List<String> values = new ArrayList<>();
        for (int mask = 1; mask < (1 << game.players().size()); mask++) {
            values.add(String.join("", coalitionOf(game.players(), mask)) + "=" + game.value(mask));
        }
        return "{" + String.join(" ", values) + "}";
    }

    /**
     * A weighted vote among a coalition's members.
     *
     * @param coalition the coalition
     * @param quota     the quota, 1 to the total weight
     * @param weights   weights that replace the members' voting weights, or {@code null} to use theirs
     */
    public record Vote(Coalition coalition, long quota, Map<String, Long> weights) {

        /** The weights in force: the given ones, or the members' voting weights. */
        public Map<String, Long> weightsUsed() {
            if (weights != null) {
                return weights;
            }
            Map<String, Long> used = new LinkedHashMap<>();
            coalition.members().forEach(m -> used.put(m.id(), (long) m.votingWeight()));
            return used;
        }

        @Override
        public String toString() {
            return "[" + quota + "; " + weightsUsed() + "]" + (weights == null ? " (members' weights)" : " (given weights)");
        }
    }

    /** Weighted votes among 2 to 10 members, with the members' weights or given weights 0..20, and a quota within the total. */
    public static Gen<Vote> votes() {
        Gen<Vote> gen = in -> {
            Coalition c = generate(in, 2, 10);
            Vote members = new Vote(c, 1, null);
            Map<String, Long> weights = null;
            if (between(in, 0, 1) == 1 || members.weightsUsed().values().stream().mapToLong(Long::longValue).sum() == 0) {
                weights = new LinkedHashMap<>();
                for (Member m : c.members()) {
                    weights.put(m.id(), (long) (between(in, 0, 3) == 0 ? 0 : between(in, 0, 20)));
                }
                if (weights.values().stream().allMatch(w -> w == 0)) {
                    weights.put(c.members().get(0).id(), 1L);
                }
            }
            long total = new Vote(c, 1, weights).weightsUsed().values().stream().mapToLong(Long::longValue).sum();
            return new Vote(c, in.next(Constraint.between(1, total)), weights);
        };
        return gen.describedAs(Vote::toString);
    }

    /**
     * Peer reports among 2 to 7 members m00..: each rates every other member from 1 to 10,000
     * (often far apart, so reports disagree sharply).
     */
    public static Gen<Map<String, Map<String, Fraction>>> reports() {
        return in -> {
            int n = between(in, 2, 7);
            Map<String, Map<String, Fraction>> reports = new LinkedHashMap<>();
            for (int j = 0; j < n; j++) {
                Map<String, Fraction> report = new LinkedHashMap<>();
                for (int k = 0; k < n; k++) {
                    if (k != j) {
                        int digits = between(in, 0, 4);
                        report.put(id(k), Fraction.of(between(in, 1, (int) Math.pow(10, digits))));
                    }
                }
                reports.put(id(j), report);
            }
            return reports;
        };
    }

    /** A coalition whose members are the given ids, each with voting weight 1. */
    public static Coalition coalitionOfIds(java.util.Collection<String> ids) {
        Coalition.Builder b = Coalition.builder("Generated").formedOn(LocalDate.of(2024, 1, 1))
                .context(new GovernanceContext(0.5, 0.5, 0.5, 0.5));
        ids.forEach(id -> b.member(id, "Member " + id, "firm", 1));
        return b.build();
    }
}
