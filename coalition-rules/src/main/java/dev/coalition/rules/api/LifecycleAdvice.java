package dev.coalition.rules.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where a coalition stands in its life on the day of a review: its age, its renewals, what calls
 * for it to adapt and the agenda of its next renewal retreat. Immutable.
 *
 * @param ageMonths        whole months from formation to the day of the review
 * @param lastRenewal      the last renewal held by that day, or {@code null} when none was
 * @param renewalDue       when the next renewal is due
 * @param renewalOverdue   whether the review's day is past {@code renewalDue}
 * @param halfLifeReached  whether the coalition has reached its half-life ({@code lifecycle.halfLifeMonths})
 * @param triggers         what calls for adaptation, in the order the rules raised them
 * @param agenda           the next renewal retreat's agenda, one item per trigger (and one at half-life)
 * @param findings         problems worth acting on ({@code RENEWAL_OVERDUE}, {@code HALF_LIFE_REACHED}, ...)
 * @param explanation      the rules that fired, in order
 */
public record LifecycleAdvice(long ageMonths, LocalDate lastRenewal, LocalDate renewalDue, boolean renewalOverdue,
                              boolean halfLifeReached, List<Trigger> triggers, List<AgendaItem> agenda,
                              List<Finding> findings, List<ExplanationStep> explanation) {

    /**
     * Something that calls for the coalition to adapt.
     *
     * @param id      e.g. {@code RENEWAL_OVERDUE}, {@code PILLAR_FALLING}, {@code UNSERVED_WANTS},
     *                {@code REPEATED_ESCALATION}, {@code MEMBERSHIP_CHANGED}, {@code MODE_NO_LONGER_FITS}
     * @param subject what it is about (a pillar, a member, a conflict, {@code governance}, {@code renewal})
     * @param reason  what happened and why it calls for adaptation
     */
    public record Trigger(String id, String subject, String reason) {

        public Trigger {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * An item of the renewal retreat's agenda.
     *
     * @param topic  what to discuss
     * @param reason why
     */
    public record AgendaItem(String topic, String reason) {

        public AgendaItem {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public LifecycleAdvice {
        Objects.requireNonNull(renewalDue, "renewalDue");
        triggers = List.copyOf(triggers);
        agenda = List.copyOf(agenda);
        findings = List.copyOf(findings);
        explanation = List.copyOf(explanation);
    }
}
