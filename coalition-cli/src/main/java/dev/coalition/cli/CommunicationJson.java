package dev.coalition.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.coalition.communication.CommunicationEntry;
import dev.coalition.rules.api.CommunicationAdvice;
import java.io.IOException;

/**
 * The answer's {@code "communication"}: {@code {"plan": [{"layer", "cadence", "format", "hoursPerMonth",
 * "audience", "reason"?}], "proposed", "meetingShare", "findings", "explanation"}}; hours and the meeting
 * share as exact fractions ({@code "4/3"}, {@code "13/34"}), a proposed entry with its reason.
 */
final class CommunicationJson {

    private CommunicationJson() {
    }

    static void write(JsonGenerator json, CommunicationAdvice advice) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("plan");
        for (CommunicationEntry entry : advice.plan()) {
            json.writeStartObject();
            json.writeStringField("layer", entry.layer().name());
            json.writeStringField("cadence", entry.cadence().name());
            json.writeStringField("format", entry.format().name());
            json.writeStringField("hoursPerMonth", entry.hoursPerMonth().toString());
            json.writeArrayFieldStart("audience");
            for (String name : entry.audience()) {
                json.writeString(name);
            }
            json.writeEndArray();
            if (entry.reason() != null) {
                json.writeStringField("reason", entry.reason());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeBooleanField("proposed", advice.proposed());
        json.writeStringField("meetingShare", advice.meetingShare().toString());
        RecommendationDocument.findings(json, advice.findings());
        RecommendationDocument.explanation(json, advice.explanation());
        json.writeEndObject();
    }
}
