package dev.coalition.rules;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.core.MemberCategory;
import dev.coalition.governance.GovernanceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of valid coalitions for property tests: 2 to 25 members whose categories
 * come from a small pool, random directed trust ties (sometimes centred on one member), context
 * figures in 0..1 on a 0.01 grid (so that the settings' cut-offs such as 0.35, 0.65 and 0.8 are hit
 * exactly), and an optional steering body. Every generated coalition is valid by construction.
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
}
