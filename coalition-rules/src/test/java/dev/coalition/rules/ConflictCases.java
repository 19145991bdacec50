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
import dev.coalition.governance.GovernanceContext;
import dev.coalition.rules.api.ConflictAssessment;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Coalitions and conflicts used across the conflict rules tests, with what the default policy
 * decides for them worked out by hand.
 */
final class ConflictCases {

    private ConflictCases() {
    }

    static final LocalDate FORMED = LocalDate.of(2023, 1, 1);
    static final LocalDate OPENED = LocalDate.of(2024, 3, 1);
    /** Five days after {@link #OPENED}: direct negotiation (14 days) is under way. */
    static final LocalDate AS_OF = OPENED.plusDays(5);
    static final GovernanceContext CALM = new GovernanceContext(0.3, 0.5, 0.7, 0.5);

    /** A behaviour of the given Glasl stage (the first in the vocabulary at that stage). */
    static Behaviour behaviourAt(int stage) {
        return Arrays.stream(Behaviour.values()).filter(b -> b.stage() == stage).findFirst().orElseThrow();
    }

    /**
     * The council: a and b (firms, weight 2) are the usual parties. Around them:
     * <ul>
     *   <li>m (ngo): trusts a and b, and both trust it; GOAL expertise: trusted by all;</li>
     *   <li>x (agency): a trusts it, it trusts nobody: an ally of a (trusted by one side);</li>
     *   <li>y (agency): trusts b, nobody trusts it: an ally of b (trusts one side);</li>
     *   <li>w (university): trusts a and b, nobody trusts it: tied to both sides, no merit;</li>
     *   <li>z (university): no tie with anyone; PROCESS expertise;</li>
     *   <li>external mediators "ext" (GOAL) and "proc" (PROCESS).</li>
     * </ul>
     * Trusted by: a 2 (m, w), b 3 (m, y, w), m 2, x 1, y 0, w 0, z 0.
     */
    static Coalition council() {
        return councilBuilder().build();
    }

    /** The council before building, to vary it. */
    static Coalition.Builder councilBuilder() {
        return Coalition.builder("Council")
                .formedOn(FORMED)
                .member("a", "Alpha", "firm", 2, "m", "x")
                .member("b", "Bravo", "firm", 2, "m")
                .member(Member.builder("m").name("Mediation Centre").category("ngo").votingWeight(1).trusts("a", "b")
                        .expertise(Set.of(ConflictType.GOAL)))
                .member("x", "Xavier", "agency", 1)
                .member("y", "Yankee", "agency", 1, "b")
                .member("w", "Whiskey", "university", 1, "a", "b")
                .member(Member.builder("z").name("Zulu").category("university").votingWeight(1)
                        .expertise(Set.of(ConflictType.PROCESS)))
                .steeringBody("a", "m")
                .externalMediator(new ExternalMediator("ext", EnumSet.of(ConflictType.GOAL)))
                .externalMediator(new ExternalMediator("proc", EnumSet.of(ConflictType.PROCESS)))
                .context(CALM);
    }

    /** Two members, a and b, who trust each other. */
    static Coalition pair() {
        return Coalition.builder("Pair").formedOn(FORMED)
                .member("a", "Alpha", "firm", 1, "b")
                .member("b", "Bravo", "firm", 1, "a")
                .context(CALM).build();
    }

    /** A conflict between a and b about strategy, stage 1, no history; importance 0.5, emotion 0.2, efficacy 0.7. */
    static Draft conflict() {
        return new Draft("c1", List.of("a", "b"), List.of("strategy"), List.of(Behaviour.POSITIONS_HARDEN), OPENED, List.of(),
                0.5, 0.2, 0.7, null);
    }

    /** A step of the history. */
    static StepRecord step(EscalationStep step, LocalDate date, StepOutcome outcome) {
        return new StepRecord(step, date, outcome);
    }

    /** The conflict's parts, changed one at a time. */
    record Draft(String id, List<String> parties, List<String> subjects, List<Behaviour> behaviours, LocalDate openedOn,
                 List<StepRecord> history, double importance, double negativeEmotion, double resolutionEfficacy,
                 String leaving) {

        Draft id(String value) {
            return new Draft(value, parties, subjects, behaviours, openedOn, history, importance, negativeEmotion,
                    resolutionEfficacy, leaving);
        }

        Draft parties(String... value) {
            return new Draft(id, List.of(value), subjects, behaviours, openedOn, history, importance, negativeEmotion,
                    resolutionEfficacy, leaving);
        }

        Draft subjects(String... value) {
            return new Draft(id, parties, List.of(value), behaviours, openedOn, history, importance, negativeEmotion,
                    resolutionEfficacy, leaving);
        }

        Draft behaviours(Behaviour... value) {
            return new Draft(id, parties, subjects, List.of(value), openedOn, history, importance, negativeEmotion,
                    resolutionEfficacy, leaving);
        }

        /** Shows only the first behaviour of the given stage. */
        Draft stage(int stage) {
            return behaviours(behaviourAt(stage));
        }

        Draft openedOn(LocalDate value) {
            return new Draft(id, parties, subjects, behaviours, value, history, importance, negativeEmotion,
                    resolutionEfficacy, leaving);
        }

        Draft steps(StepRecord... value) {
            return new Draft(id, parties, subjects, behaviours, openedOn, List.of(value), importance, negativeEmotion,
                    resolutionEfficacy, leaving);
        }

        /** The given number of failed steps, one rung each from direct negotiation, ten days apart from the opening. */
        Draft failedSteps(int n) {
            StepRecord[] steps = new StepRecord[n];
            for (int i = 0; i < n; i++) {
                steps[i] = step(EscalationStep.values()[i], openedOn.plusDays(10L * i), StepOutcome.FAILED);
            }
            return steps(steps);
        }

        Draft importance(double value) {
            return new Draft(id, parties, subjects, behaviours, openedOn, history, value, negativeEmotion,
                    resolutionEfficacy, leaving);
        }

        Draft negativeEmotion(double value) {
            return new Draft(id, parties, subjects, behaviours, openedOn, history, importance, value,
                    resolutionEfficacy, leaving);
        }

        Draft resolutionEfficacy(double value) {
            return new Draft(id, parties, subjects, behaviours, openedOn, history, importance, negativeEmotion,
                    value, leaving);
        }

        Draft leaving(String value) {
            return new Draft(id, parties, subjects, behaviours, openedOn, history, importance, negativeEmotion,
                    resolutionEfficacy, value);
        }

        /** Irreconcilable by stage (7, lose-lose). */
        Draft irreconcilable() {
            return stage(7);
        }

        Conflict build() {
            return new Conflict(id, parties, subjects, behaviours, openedOn, history, importance, negativeEmotion,
                    resolutionEfficacy, leaving);
        }
    }

    /** The ids of the mediators, best first. */
    static List<String> mediatorIds(ConflictAssessment a) {
        return a.mediators().stream().map(ConflictAssessment.MediatorAdvice::id).toList();
    }

    /** The assessment's types as "ROLE TYPE because", e.g. "PRIMARY GOAL [strategy]". */
    static List<String> types(ConflictAssessment a) {
        return a.types().stream().map(t -> t.role() + " " + t.type() + " " + t.because()).toList();
    }
}
