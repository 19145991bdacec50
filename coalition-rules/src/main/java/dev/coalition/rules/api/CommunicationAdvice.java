package dev.coalition.rules.api;

import dev.coalition.communication.CommunicationEntry;
import dev.coalition.value.Fraction;
import java.util.List;
import java.util.Objects;

/**
 * A coalition's layered communication plan, given or proposed, checked and explained. Immutable.
 *
 * @param plan         the entries: the plan given, in its order; or the plan proposed, in layer order, each entry
 *                     with its reason
 * @param proposed     {@code true} when the plan was proposed because none was given
 * @param meetingShare the share of the plan's hours in formal meetings, exact (0 for a plan without entries)
 * @param findings     FORMAL_MEETINGS_HEAVY when meetings take more than communication.maxMeetingShare of the
 *                     hours; LAYER_MISSING per layer without an entry; MEMBER_WITHOUT_CHANNEL per member no
 *                     audience reaches
 * @param explanation  the rules that fired, in order: the entries proposed (for a proposed plan), then the checks
 */
public record CommunicationAdvice(List<CommunicationEntry> plan, boolean proposed, Fraction meetingShare,
                                  List<Finding> findings, List<ExplanationStep> explanation) {

    public CommunicationAdvice {
        plan = List.copyOf(plan);
        Objects.requireNonNull(meetingShare, "meetingShare");
        findings = List.copyOf(findings);
        explanation = List.copyOf(explanation);
    }

    /** The findings with the given id. */
    public List<Finding> findings(String id) {
        return findings.stream().filter(f -> f.id().equals(id)).toList();
    }
}
