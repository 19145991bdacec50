package dev.coalition.testkit;

import dev.coalition.conflict.Behaviour;
import dev.coalition.conflict.Conflict;
import dev.coalition.conflict.ConflictType;
import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.ExternalMediator;
import dev.coalition.conflict.StepOutcome;
import dev.coalition.conflict.StepRecord;
import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generated conflicts, valid by construction: a coalition of the shape's members given random
 * mediation expertise and external mediators; distinct parties among its members; subjects from
 * the default vocabulary; behaviours; a history of steps in date order, all failed but the last;
 * figures in 0..1 on a 0.01 grid; sometimes a named leaving party; and a decision date on or after
 * every date. Seeded: the same {@link Random} state gives the same case.
 */
public final class Conflicts {

    /** The default subject vocabulary of the bundled conflict policy ({@code conflict.subjects.*}). */
    public static final List<String> SUBJECTS = List.of("objectives", "priorities", "strategy", "scope", "roles", "procedures",
            "resources", "schedule", "decision-rights", "trust", "respect", "personal", "communication-style");

    /** The earliest date a generated conflict opens: the day the generated coalitions were formed. */
    public static final LocalDate FIRST_OPENING = Coalitions.FORMED_ON;

    private Conflicts() {
    }

    /** A conflict case of the default shape ({@link ConflictShape#defaults()}). */
    public static ConflictCase random(Random random) {
        return random(random, ConflictShape.defaults());
    }

    /** A conflict case of the given shape. */
    public static ConflictCase random(Random random, ConflictShape shape) {
        Coalition plain = Coalitions.random(random, shape.coalition());
        List<Member> members = new ArrayList<>();
        for (Member m : plain.members()) {
            members.add(new Member(m.id(), m.name(), m.category(), m.votingWeight(), m.trusts(), expertise(random)));
        }
        List<ExternalMediator> externals = new ArrayList<>();
        int externalCount = Shapes.between(random, 0, shape.maxExternalMediators());
        for (int i = 0; i < externalCount; i++) {
            externals.add(new ExternalMediator("ext" + i, expertise(random)));
        }
        Coalition coalition = new Coalition(plain.name(), plain.formedOn(), members, plain.steeringBody(), plain.context(),
                externals);

        List<String> ids = new ArrayList<>(members.stream().map(Member::id).toList());
        int partyCount = Shapes.between(random, 2, Math.min(shape.maxParties(), ids.size()));
        List<String> parties = new ArrayList<>();
        for (int i = 0; i < partyCount; i++) {
            parties.add(ids.remove(random.nextInt(ids.size())));
        }
        List<String> subjects = new ArrayList<>();
        int subjectCount = Shapes.between(random, 1, shape.maxSubjects());
        for (int i = 0; i < subjectCount; i++) {
            subjects.add(SUBJECTS.get(random.nextInt(SUBJECTS.size())));
        }
        List<Behaviour> behaviours = new ArrayList<>();
        int behaviourCount = Shapes.between(random, 1, shape.maxBehaviours());
        for (int i = 0; i < behaviourCount; i++) {
            behaviours.add(any(random, Behaviour.values()));
        }
        LocalDate opened = FIRST_OPENING.plusDays(random.nextInt(366));
        List<StepRecord> history = new ArrayList<>();
        int stepCount = Shapes.between(random, 0, shape.maxSteps());
        LocalDate date = opened;
        for (int i = 0; i < stepCount; i++) {
            date = date.plusDays(random.nextInt(41));
            StepOutcome outcome = i < stepCount - 1 ? StepOutcome.FAILED : any(random, StepOutcome.values());
            history.add(new StepRecord(any(random, EscalationStep.values()), date, outcome));
        }
        String leaving = Shapes.happens(random, shape.leavingChance()) ? parties.get(random.nextInt(parties.size())) : null;
        Conflict conflict = new Conflict("generated", parties, subjects, behaviours, opened, history, grid(random),
                grid(random), grid(random), leaving);
        return new ConflictCase(coalition, conflict, date.plusDays(random.nextInt(121)));
    }

    private static double grid(Random random) {
        return random.nextInt(101) / 100.0;
    }

    private static Set<ConflictType> expertise(Random random) {
        Set<ConflictType> expertise = EnumSet.noneOf(ConflictType.class);
        for (ConflictType t : ConflictType.values()) {
            if (random.nextInt(4) == 0) {
                expertise.add(t);
            }
        }
        return expertise;
    }

    private static <T> T any(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
