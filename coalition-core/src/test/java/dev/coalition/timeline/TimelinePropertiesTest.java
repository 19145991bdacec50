package dev.coalition.timeline;

import static dev.coalition.testing.Examples.examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.coalition.conflict.Behaviour;
import dev.coalition.conflict.ConflictType;
import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.ExternalMediator;
import dev.coalition.conflict.StepOutcome;
import dev.coalition.conflict.StepRecord;
import dev.coalition.core.Member;
import dev.coalition.core.MemberCategory;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.health.HealthAssessment;
import dev.coalition.health.Pillar;
import dev.coalition.health.PillarReading;
import dev.coalition.value.Fraction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** Laws of the timeline over random valid timelines of up to 30 events of every type. */
class TimelinePropertiesTest {

    /** A valid timeline: each event chosen among those the state before it allows. */
    private static final Gen<Timeline> TIMELINES = in -> {
        List<TimelineEvent> events = new ArrayList<>();
        List<String> members = new ArrayList<>();
        int founders = pick(in, 2, 5);
        List<Member> founding = new ArrayList<>();
        for (int i = 0; i < founders; i++) {
            members.add("m" + i);
        }
        for (String id : members) {
            founding.add(member(in, id, members));
        }
        LocalDate day = LocalDate.of(2020, 1, 1).plusDays(pick(in, 0, 1000));
        List<ExternalMediator> mediators = pick(in, 0, 1) == 0 ? List.of()
                : List.of(new ExternalMediator("mediator-" + pick(in, 0, 9), Set.of(ConflictType.values()[pick(in, 0, 2)])));
        events.add(new TimelineEvent.Formed(day, "Coalition \"" + pick(in, 0, 99) + "\"\n", founding,
                subset(in, members), context(in), mediators));
        Map<String, StepRecord> conflicts = new HashMap<>();
        LocalDate lastRenewal = null;
        int count = pick(in, 0, 30);
        for (int k = 0; k < count; k++) {
            day = day.plusDays(pick(in, 0, 40));
            int kind = pick(in, 0, 9);
            if (kind == 0) {
                String id = "n" + k;
                events.add(new TimelineEvent.MemberAdmitted(day, member(in, id, members), subset(in, members)));
                members.add(id);
            } else if (kind == 1 && members.size() > 2) {
                String gone = members.remove(pick(in, 0, members.size() - 1));
                List<String> ids = new ArrayList<>(conflicts.keySet());
                String through = ids.isEmpty() || pick(in, 0, 1) == 0 ? null : ids.get(pick(in, 0, ids.size() - 1));
                events.add(new TimelineEvent.MemberDeparted(day, gone, through));
            } else if (kind == 2) {
                events.add(new TimelineEvent.SteeringBodyChanged(day, subset(in, members)));
            } else if (kind == 3) {
                events.add(new TimelineEvent.ContextChanged(day, context(in)));
            } else if (kind == 4) {
                int a = pick(in, 0, members.size() - 1);
                int b = (a + pick(in, 1, members.size() - 1)) % members.size();
                Behaviour[] all = Behaviour.values();
                events.add(new TimelineEvent.ConflictOpened(day, "c" + k, List.of(members.get(a), members.get(b)),
                        List.of("roles"), List.of(all[pick(in, 0, all.length - 1)]), fraction(in), fraction(in), fraction(in),
                        pick(in, 0, 1) == 0 ? null : members.get(a)));
                conflicts.put("c" + k, null);
            } else if (kind == 5 && !conflicts.isEmpty()) {
                List<String> ids = new ArrayList<>(conflicts.keySet());
                String id = ids.get(pick(in, 0, ids.size() - 1));
                StepRecord last = conflicts.get(id);
                if (last == null || last.outcome() != StepOutcome.RESOLVED) {
                    EscalationStep rung = last != null && last.outcome() == StepOutcome.ONGOING ? last.step()
                            : EscalationStep.values()[pick(in, 0, EscalationStep.values().length - 1)];
                    StepRecord step = new StepRecord(rung, day, StepOutcome.values()[pick(in, 0, 2)]);
                    events.add(new TimelineEvent.ConflictStep(id, step));
                    conflicts.put(id, step);
                }
            } else if (kind == 6 && !day.equals(lastRenewal)) {
                GovernanceMode[] modes = GovernanceMode.values();
                int mode = pick(in, 0, modes.length);
                events.add(new TimelineEvent.RenewalHeld(day, pick(in, 0, 1) == 0 ? null : "purpose \u00e9 " + k,
                        mode == modes.length ? null : modes[mode]));
                lastRenewal = day;
            } else if (kind == 7) {
                events.add(new TimelineEvent.ProposalDecided(day, "p" + k,
                        DecisionDomain.values()[pick(in, 0, DecisionDomain.values().length - 1)], "outcome \u00e9 " + k));
            } else if (kind == 8) {
                Map<Pillar, PillarReading> pillars = new EnumMap<>(Pillar.class);
                for (Pillar p : Pillar.values()) {
                    pillars.put(p, pick(in, 0, 1) == 0 ? PillarReading.score(exact(in))
                            : PillarReading.indicators(Map.of("a", exact(in), "b", exact(in))));
                }
                events.add(new TimelineEvent.HealthAssessed(new HealthAssessment(day, pillars)));
            }
        }
        return new Timeline(events);
    };

    private static int pick(RandomnessSource in, int min, int max) {
        return (int) in.next(Constraint.between(min, max));
    }

    /** A double in 0..1 with up to 52 significant bits, so that writing it tests the exact round trip. */
    private static double fraction(RandomnessSource in) {
        return in.next(Constraint.between(0, 1L << 52)) / (double) (1L << 52);
    }

    private static Fraction exact(RandomnessSource in) {
        int q = pick(in, 1, 20);
        return Fraction.of(pick(in, 0, q), q);
    }

    private static GovernanceContext context(RandomnessSource in) {
        return new GovernanceContext(fraction(in), fraction(in), fraction(in), fraction(in));
    }

    private static List<String> subset(RandomnessSource in, List<String> ids) {
        return ids.stream().filter(id -> pick(in, 0, 1) == 1).toList();
    }

    private static Member member(RandomnessSource in, String id, List<String> others) {
        List<String> trusts = subset(in, others.stream().filter(o -> !o.equals(id)).toList());
        return new Member(id, "Member " + id, MemberCategory.of("ngo"), pick(in, 0, 5), trusts);
    }

    @Test
    void aTimelineSurvivesWriteThenReadUnchanged() {
        qt().withExamples(examples(200)).forAll(TIMELINES).checkAssert(t ->
                assertThat(TimelineJson.read(TimelineJson.write(t))).isEqualTo(t));
    }

    @Test
    void replayingTheReadCopyToTheLastDayGivesTheSameState() {
        qt().withExamples(examples(200)).forAll(TIMELINES).checkAssert(t ->
                assertThat(TimelineJson.read(TimelineJson.write(t)).stateAt(t.lastDay())).isEqualTo(t.stateAt(t.lastDay())));
    }

    @Test
    void theStateOnAnyDayHasOnlyMembersOfThatDay() {
        qt().withExamples(examples(200)).forAll(TIMELINES).checkAssert(t -> {
            TimelineState s = t.stateAt(t.lastDay());
            assertThat(s.coalition().size()).isGreaterThanOrEqualTo(2);
            assertThat(s.coalition().members()).allSatisfy(m ->
                    assertThat(s.coalition().membersById().keySet()).containsAll(m.trusts()));
        });
    }
}
