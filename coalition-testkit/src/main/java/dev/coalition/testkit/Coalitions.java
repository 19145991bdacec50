package dev.coalition.testkit;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.core.MemberCategory;
import dev.coalition.governance.GovernanceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Generated coalitions, valid by construction: members {@code m00}, {@code m01}, ... with
 * categories from the shape, voting weights 0 to 10, random directed trust
 * ({@link TrustNetworks#ties}), context figures in 0..1 on a 0.01 grid (so that cut-offs such as
 * 0.35 or 0.8 are hit exactly) and sometimes a steering body. Seeded: the same {@link Random}
 * state gives the same coalition.
 */
public final class Coalitions {

    /** The date every generated coalition was formed. */
    public static final LocalDate FORMED_ON = LocalDate.of(2024, 1, 1);

    private Coalitions() {
    }

    /** A coalition of the default shape ({@link CoalitionShape#defaults()}). */
    public static Coalition random(Random random) {
        return random(random, CoalitionShape.defaults());
    }

    /** A coalition of the given shape. */
    public static Coalition random(Random random, CoalitionShape shape) {
        List<Member> members = members(random, shape);
        Coalition.Builder b = Coalition.builder("Generated").formedOn(FORMED_ON);
        members.forEach(b::member);
        if (Shapes.happens(random, shape.steeringBodyChance())) {
            List<String> seats = new ArrayList<>();
            for (Member m : members) {
                if (random.nextBoolean()) {
                    seats.add(m.id());
                }
            }
            if (seats.isEmpty()) {
                seats.add(members.get(random.nextInt(members.size())).id());
            }
            b.steeringBody(seats);
        }
        b.context(new GovernanceContext(grid(random), grid(random), grid(random), grid(random)));
        return b.build();
    }

    /**
     * The members of a coalition of the given shape: ids {@code m00}.., names, categories, voting
     * weights 0 to 10 and trust ties among themselves. Together they are a valid coalition's members.
     */
    public static List<Member> members(Random random, CoalitionShape shape) {
        int n = Shapes.between(random, shape.minMembers(), shape.maxMembers());
        int categoryCount = Shapes.between(random, 1, shape.categories().size());
        double density = shape.minTrustDensity() + random.nextDouble() * (shape.maxTrustDensity() - shape.minTrustDensity());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(Shapes.id(i));
        }
        Map<String, List<String>> ties = TrustNetworks.ties(random, ids, density);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            MemberCategory category = new MemberCategory(shape.categories().get(random.nextInt(categoryCount)));
            members.add(new Member(ids.get(i), "Member " + i, category, Shapes.between(random, 0, 10), ties.get(ids.get(i))));
        }
        return List.copyOf(members);
    }

    /** A coalition of the given members, each with voting weight 1 and no trust, in one category, with a middling context. */
    public static Coalition ofIds(List<String> ids) {
        Coalition.Builder b = Coalition.builder("Generated").formedOn(FORMED_ON).context(new GovernanceContext(0.5, 0.5, 0.5, 0.5));
        ids.forEach(id -> b.member(id, "Member " + id, "firm", 1));
        return b.build();
    }

    /** A short, readable account of a coalition for counterexamples: members, categories, trust, steering body, context. */
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

    private static double grid(Random random) {
        return random.nextInt(101) / 100.0;
    }
}
