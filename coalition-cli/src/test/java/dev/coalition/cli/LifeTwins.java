package dev.coalition.cli;

import dev.coalition.core.Coalition;
import dev.coalition.examples.EvolutionExamples;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.lifecycle.Lifecycle;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.MembershipOptions;
import dev.coalition.timeline.Timeline;
import dev.coalition.timeline.TimelineState;
import java.time.LocalDate;
import java.util.List;

/**
 * What the facade answers for the samples {@code digital-transformation-membership.json} and
 * {@code manufacturing-evolutions-timeline.json}, built from their Java twins in
 * {@link EvolutionExamples} without the command line.
 */
final class LifeTwins {

    /** The day the digital-transformation coalition is reviewed. */
    static final LocalDate DIGITAL_AS_OF = LocalDate.of(2024, 9, 2);
    /** The day the manufacturing timeline is replayed to: the eve of its third renewal. */
    static final LocalDate MANUFACTURING_AS_OF = LocalDate.of(2024, 9, 15);

    private LifeTwins() {
    }

    /** The sample's renewal review: one renewal in November 2023, governed CENTRALIZED since formation; its health as evidence. */
    static Lifecycle digitalLifecycle() {
        return new Lifecycle(List.of(LocalDate.of(2023, 11, 20)), GovernanceMode.CENTRALIZED,
                EvolutionExamples.digitalTransformationHealth(),
                List.of(EvolutionExamples.dataResidencyConflict()), List.of(), EvolutionExamples.digitalTransformationChanges());
    }

    /** What {@code coalition evaluate} answers about the digital-transformation coalition's life. */
    static LifeAnswers digitalAnswers(CoalitionAdvisor advisor) {
        Coalition coalition = EvolutionExamples.digitalTransformation();
        return new LifeAnswers(advisor.reviewLifecycle(coalition, digitalLifecycle(), DIGITAL_AS_OF),
                advisor.changeMembership(coalition, EvolutionExamples.digitalTransformationChanges(), MembershipOptions.none()
                        .withQuota(EvolutionExamples.DIGITAL_QUOTA).withConflicts(List.of(EvolutionExamples.dataResidencyConflict()))
                        .withProfiles(EvolutionExamples.digitalTransformationProfiles())), null);
    }

    /** The coalition on the day the manufacturing timeline is replayed to. */
    static Coalition manufacturingToday() {
        return EvolutionExamples.manufacturingTimeline().stateAt(MANUFACTURING_AS_OF).coalition();
    }

    /** What {@code coalition evaluate} answers about the manufacturing coalition's life: the mode in force from the timeline. */
    static LifeAnswers manufacturingAnswers(CoalitionAdvisor advisor) {
        Timeline timeline = EvolutionExamples.manufacturingTimeline();
        TimelineState state = timeline.stateAt(MANUFACTURING_AS_OF);
        return new LifeAnswers(advisor.reviewLifecycle(state.coalition(), state.lifecycle(), MANUFACTURING_AS_OF), null,
                new TimelineSection.Replayed(timeline, MANUFACTURING_AS_OF, state));
    }
}
