package dev.coalition.rules;

import dev.coalition.conflict.Behaviour;
import dev.coalition.conflict.Conflict;
import dev.coalition.conflict.ConflictType;
import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.ExternalMediator;
import dev.coalition.conflict.StepOutcome;
import dev.coalition.conflict.StepRecord;
import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.ledger.CreditLedger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of valid conflicts for property tests: a coalition from
 * {@link CoalitionGenerators} (members m00.. with random trust) given random mediation expertise
 * and 0 to 2 external mediators; 2 to 4 distinct parties drawn from its members; 1 to 4 subjects
 * from the default vocabulary; 1 to 4 behaviours; a history of 0 to 4 steps in date order (only
 * the last may be ongoing); figures in 0..1 on a 0.01 grid; sometimes a named leaving party; a
 * decision date on or after the last date; and a knowledge-equity ledger of credits and
 * redemptions among the members, dated before the conflict opened.
 */
public final class ConflictGenerators {

    /** The default subject vocabulary (conflict.subjects.*). */
    public static final List<String> SUBJECTS = List.of("objectives", "priorities", "strategy", "scope", "roles", "procedures",
            "resources", "schedule", "decision-rights", "trust", "respect", "personal", "communication-style");

    private static final LocalDate FIRST_OPENING = LocalDate.of(2024, 1, 1);
    private static final LocalDate LEDGER_START = LocalDate.of(2023, 1, 1);

    private ConflictGenerators() {
    }

    /**
     * A conflict in a coalition, to be decided as of a date, with the coalition's ledger.
     *
     * @param coalition the coalition
     * @param conflict  the conflict among its members
     * @param asOf      the decision date, not before any date of the conflict
     * @param ledger    the coalition's ledger, every entry before the conflict opened
     */
    public record Case(Coalition coalition, Conflict conflict, LocalDate asOf, CreditLedger ledger) {

        /** The same case with one more behaviour observed. */
        public Case withBehaviour(Behaviour behaviour) {
            List<Behaviour> behaviours = new ArrayList<>(conflict.behaviours());
            behaviours.add(behaviour);
            Conflict c = conflict;
            return new Case(coalition, new Conflict(c.id(), c.parties(), c.subjects(), behaviours, c.openedOn(), c.history(),
                    c.importance(), c.negativeEmotion(), c.resolutionEfficacy(), c.leaving()), asOf, ledger);
        }

        @Override
        public String toString() {
            Conflict c = conflict;
            return CoalitionGenerators.describe(coalition)
                    + (coalition.externalMediators().isEmpty() ? "" : "; external " + coalition.externalMediators().stream()
                    .map(m -> m.id() + m.expertise()).collect(Collectors.joining(",")))
                    + " | conflict parties " + c.parties() + " subjects " + c.subjects() + " behaviours " + c.behaviours()
                    + " opened " + c.openedOn() + " history " + c.history().stream()
                    .map(s -> s.step() + "@" + s.date() + ":" + s.outcome()).toList()
                    + " importance " + c.importance() + " emotion " + c.negativeEmotion() + " efficacy " + c.resolutionEfficacy()
                    + (c.leaving() == null ? "" : " leaving " + c.leaving()) + " | asOf " + asOf
                    + " | ledger " + ledger.entries().stream().map(e -> e.kind() + " " + e.member() + " " + e.amount()).toList();
        }
    }

    /** Conflicts in coalitions of 2 to 10 members. */
    public static Gen<Case> cases() {
        Gen<Case> gen = in -> generate(in, 2, false);
        return gen.describedAs(Case::toString);
    }

    /**
     * Irreconcilable conflicts in coalitions of 3 to 10 members (so that one can leave): a
     * lose-lose behaviour, or an important issue of low efficacy after at least two failed steps.
     */
    public static Gen<Case> irreconcilableCases() {
        Gen<Case> gen = in -> generate(in, 3, true);
        return gen.describedAs(Case::toString);
    }

    /** Any behaviour of the vocabulary. */
    public static Gen<Behaviour> behaviours() {
        return in -> behaviour(in);
    }

    private static int between(RandomnessSource in, int min, int max) {
        return (int) in.next(Constraint.between(min, max));
    }

    private static double fraction(RandomnessSource in, int minPercent, int maxPercent) {
        return between(in, minPercent, maxPercent) / 100.0;
    }

    private static Behaviour behaviour(RandomnessSource in) {
        return Behaviour.values()[between(in, 0, Behaviour.values().length - 1)];
    }

    private static Set<ConflictType> expertise(RandomnessSource in) {
        Set<ConflictType> expertise = EnumSet.noneOf(ConflictType.class);
        for (ConflictType t : ConflictType.values()) {
            if (between(in, 0, 3) == 0) {
                expertise.add(t);
            }
        }
        return expertise;
    }

    private static Case generate(RandomnessSource in, int minMembers, boolean irreconcilable) {
        Coalition plain = CoalitionGenerators.coalitions(minMembers, 10).generate(in);
        List<Member> members = new ArrayList<>();
        for (Member m : plain.members()) {
            members.add(new Member(m.id(), m.name(), m.category(), m.votingWeight(), m.trusts(), expertise(in)));
        }
        List<ExternalMediator> externals = new ArrayList<>();
        int externalCount = between(in, 0, 2);
        for (int i = 0; i < externalCount; i++) {
            externals.add(new ExternalMediator("ext" + i, expertise(in)));
        }
        Coalition coalition = new Coalition(plain.name(), plain.formedOn(), members, plain.steeringBody(), plain.context(),
                externals);

        List<String> ids = new ArrayList<>(members.stream().map(Member::id).toList());
        int partyCount = between(in, 2, Math.min(4, ids.size()));
        List<String> parties = new ArrayList<>();
        for (int i = 0; i < partyCount; i++) {
            parties.add(ids.remove(between(in, 0, ids.size() - 1)));
        }
        List<String> subjects = new ArrayList<>();
        int subjectCount = between(in, 1, 4);
        for (int i = 0; i < subjectCount; i++) {
            subjects.add(SUBJECTS.get(between(in, 0, SUBJECTS.size() - 1)));
        }
        List<Behaviour> behaviours = new ArrayList<>();
        int behaviourCount = between(in, 1, 4);
        for (int i = 0; i < behaviourCount; i++) {
            behaviours.add(behaviour(in));
        }
        LocalDate opened = FIRST_OPENING.plusDays(between(in, 0, 365));
        double importance = fraction(in, 0, 100);
        double efficacy = fraction(in, 0, 100);
        int minSteps = 0;
        boolean byStage = between(in, 0, 1) == 0;
        if (irreconcilable) {
            if (byStage) {
                behaviours.add(List.of(Behaviour.DESTRUCTIVE_ACTS, Behaviour.ATTACKS_ON_CORE, Behaviour.TOTAL_CONFRONTATION)
                        .get(between(in, 0, 2)));
            } else {
                importance = fraction(in, 70, 100);
                efficacy = fraction(in, 0, 30);
                minSteps = 2;
            }
        }
        List<StepRecord> history = new ArrayList<>();
        int stepCount = between(in, minSteps, 4);
        LocalDate date = opened;
        for (int i = 0; i < stepCount; i++) {
            date = date.plusDays(between(in, 0, 40));
            boolean last = i == stepCount - 1;
            StepOutcome outcome = !last || (irreconcilable && !byStage) ? StepOutcome.FAILED
                    : StepOutcome.values()[between(in, 0, StepOutcome.values().length - 1)];
            history.add(new StepRecord(EscalationStep.values()[between(in, 0, EscalationStep.values().length - 1)], date, outcome));
        }
        String leaving = between(in, 0, 2) == 0 ? parties.get(between(in, 0, parties.size() - 1)) : null;
        Conflict conflict = new Conflict("generated", parties, subjects, behaviours, opened, history, importance,
                fraction(in, 0, 100), efficacy, leaving);
        LocalDate asOf = date.plusDays(between(in, 0, 120));
        return new Case(coalition, conflict, asOf, ledger(in, members.stream().map(Member::id).toList()));
    }

    /** 0 to 10 credits and redemptions among the members, one day apart from 2023-01-01; never an overdraft. */
    private static CreditLedger ledger(RandomnessSource in, List<String> members) {
        CreditLedger ledger = CreditLedger.empty();
        int entries = between(in, 0, 10);
        for (int i = 0; i < entries; i++) {
            LocalDate day = LEDGER_START.plusDays(i);
            String member = members.get(between(in, 0, members.size() - 1));
            long balance = ledger.balance(member);
            if (balance > 0 && between(in, 0, 2) == 0) {
                ledger = ledger.redeem(member, "benefit " + i, between(in, 1, (int) Math.min(balance, 50)), day, "redeemed");
            } else {
                String by = members.get(between(in, 0, members.size() - 1));
                if (by.equals(member)) {
                    by = members.get((members.indexOf(member) + 1) % members.size());
                }
                ledger = ledger.credit(member, "item " + i, by, between(in, 1, 50), day, "found valuable");
            }
        }
        return ledger;
    }
}
