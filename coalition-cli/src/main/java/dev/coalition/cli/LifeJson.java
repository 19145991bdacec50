package dev.coalition.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.coalition.assessment.PairFit;
import dev.coalition.conflict.Conflict;
import dev.coalition.core.Member;
import dev.coalition.lifecycle.MembershipChange;
import dev.coalition.rules.api.LifecycleAdvice;
import dev.coalition.rules.api.MembershipAdvice;
import dev.coalition.timeline.TimelineState;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer's parts about the coalition's life, each only when the document asks for it, keys in
 * this order:
 * <ul>
 * <li>{@code "lifecycle"}: {@code {"ageMonths", "lastRenewal" (null when none was held), "renewalDue",
 * "renewalOverdue", "halfLifeReached", "triggers": [{"id", "subject", "reason"}], "agenda": [{"topic",
 * "reason"}], "findings", "explanation"}};</li>
 * <li>{@code "membership"}: one entry per change in the document's order, {@code {"change": {"kind", "on",
 * "member", "trustedBy" (ADMIT) | "conflict" (DEPART, null when none)}, "compatibility"? (an admission whose
 * newcomer has a profile among the candidates: [{"a", "b", "fit"}]), "governanceBefore", "governanceAfter"
 * (as "governance"), "votingPowerBefore"?, "votingPowerAfter"? (as "votingPower", with a voting section;
 * after is null when the quota no longer fits), "differences": [sentences]}};</li>
 * <li>{@code "timeline"}: what was replayed, {@code {"events", "replayed" (the events on or before
 * replayedTo), "replayedTo", "formedOn", "members" (ids on that day), "renewals", "mode" (the mode adopted at the
 * latest renewal that names one, or null), "conflicts" (ids),
 * "membershipChanges": [{"kind", "on", "member"}]}}.</li>
 * </ul>
 * Days are {@code YYYY-MM-DD}; fits are exact fractions {@code "p/q"}.
 */
final class LifeJson {

    private LifeJson() {
    }

    static void write(JsonGenerator json, LifeAnswers life) throws IOException {
        if (life.lifecycle() != null) {
            json.writeFieldName("lifecycle");
            lifecycle(json, life.lifecycle());
        }
        if (life.membership() != null) {
            json.writeArrayFieldStart("membership");
            for (MembershipAdvice advice : life.membership()) {
                membership(json, advice);
            }
            json.writeEndArray();
        }
        if (life.timeline() != null) {
            json.writeFieldName("timeline");
            timeline(json, life.timeline());
        }
    }

    private static void lifecycle(JsonGenerator json, LifecycleAdvice advice) throws IOException {
        json.writeStartObject();
        json.writeNumberField("ageMonths", advice.ageMonths());
        day(json, "lastRenewal", advice.lastRenewal());
        day(json, "renewalDue", advice.renewalDue());
        json.writeBooleanField("renewalOverdue", advice.renewalOverdue());
        json.writeBooleanField("halfLifeReached", advice.halfLifeReached());
        json.writeArrayFieldStart("triggers");
        for (LifecycleAdvice.Trigger trigger : advice.triggers()) {
            json.writeStartObject();
            json.writeStringField("id", trigger.id());
            json.writeStringField("subject", trigger.subject());
            json.writeStringField("reason", trigger.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("agenda");
        for (LifecycleAdvice.AgendaItem item : advice.agenda()) {
            json.writeStartObject();
            json.writeStringField("topic", item.topic());
            json.writeStringField("reason", item.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        RecommendationDocument.findings(json, advice.findings());
        RecommendationDocument.explanation(json, advice.explanation());
        json.writeEndObject();
    }

    private static void membership(JsonGenerator json, MembershipAdvice advice) throws IOException {
        json.writeStartObject();
        json.writeFieldName("change");
        change(json, advice.change(), true);
        if (!advice.compatibility().isEmpty()) {
            json.writeArrayFieldStart("compatibility");
            for (PairFit fit : advice.compatibility()) {
                json.writeStartObject();
                json.writeStringField("a", fit.a());
                json.writeStringField("b", fit.b());
                json.writeStringField("fit", fit.fit().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeFieldName("governanceBefore");
        RecommendationDocument.governance(json, advice.governanceBefore());
        json.writeFieldName("governanceAfter");
        RecommendationDocument.governance(json, advice.governanceAfter());
        if (advice.votingPowerBefore() != null) {
            json.writeFieldName("votingPowerBefore");
            RecommendationDocument.votingPower(json, advice.votingPowerBefore());
            json.writeFieldName("votingPowerAfter");
            if (advice.votingPowerAfter() == null) {
                json.writeNull();
            } else {
                RecommendationDocument.votingPower(json, advice.votingPowerAfter());
            }
        }
        json.writeArrayFieldStart("differences");
        for (String sentence : advice.differences()) {
            json.writeString(sentence);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void change(JsonGenerator json, MembershipChange change, boolean full) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", change.kind().name());
        day(json, "on", change.on());
        json.writeStringField("member", change.memberId());
        if (full && change.kind() == MembershipChange.Kind.ADMIT) {
            JsonOutput.strings(json, "trustedBy", change.trustedBy());
        } else if (full) {
            json.writeStringField("conflict", change.conflict());
        }
        json.writeEndObject();
    }

    private static void timeline(JsonGenerator json, TimelineSection.Replayed replayed) throws IOException {
        TimelineState state = replayed.state();
        json.writeStartObject();
        json.writeNumberField("events", replayed.events());
        json.writeNumberField("replayed", replayed.replayedEvents());
        day(json, "replayedTo", replayed.replayedTo());
        day(json, "formedOn", state.coalition().formedOn());
        JsonOutput.strings(json, "members", state.coalition().members().stream().map(Member::id).toList());
        json.writeArrayFieldStart("renewals");
        for (LocalDate day : state.renewals()) {
            json.writeString(day.toString());
        }
        json.writeEndArray();
        json.writeStringField("mode", state.mode() == null ? null : state.mode().name());
        JsonOutput.strings(json, "conflicts", state.conflicts().stream().map(Conflict::id).toList());
        json.writeArrayFieldStart("membershipChanges");
        for (MembershipChange change : state.membershipChanges()) {
            change(json, change, false);
        }
        json.writeEndArray();
        json.writeEndObject();
    }


    private static void day(JsonGenerator json, String name, LocalDate day) throws IOException {
        if (day == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, day.toString());
        }
    }
}
