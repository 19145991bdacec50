package dev.coalition.cli;

import dev.coalition.rules.api.LifecycleAdvice;
import dev.coalition.rules.api.MembershipAdvice;
import java.util.List;

/**
 * What {@code coalition evaluate} answers about a coalition's life.
 *
 * @param lifecycle  the renewal review, or {@code null} when no lifecycle section was given
 * @param membership what each membership change changes, in document order, or {@code null} when none were given
 * @param timeline   the timeline replayed, or {@code null} when none was given
 */
record LifeAnswers(LifecycleAdvice lifecycle, List<MembershipAdvice> membership, TimelineSection.Replayed timeline) {

    /** Nothing asked for. */
    static final LifeAnswers NONE = new LifeAnswers(null, null, null);

    LifeAnswers {
        membership = membership == null ? null : List.copyOf(membership);
    }
}
