package dev.coalition.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.coalition.proposal.FrozenRules;
import dev.coalition.proposal.MemberInput;
import dev.coalition.rules.api.ProposalAdvice;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The {@code "proposals"} part of the answer: {@code [{"id", "routedTo", "outcome", "participation"?,
 * "support"?, "frozen"?: {"quorum", "threshold", "weights": {member: integer}}, "extendedTo"?,
 * "rationaleDue"?, "inputBeforeDecision"?: [{"member", "at"}], "findings", "explanation"}]}, keys in
 * that order, proposals in the document's order. Participation, support and the frozen quorum and
 * threshold are exact fractions {@code "p/q"} (a whole number as {@code "1"}), as the power indices
 * are; weights are integers; instants are ISO-8601 UTC ({@code 2024-05-03T14:00:00Z}). The vote's
 * figures and its {@code frozen} rules are written for a proposal the members vote on, and
 * {@code frozen} reads back unchanged as the proposal's input; {@code rationaleDue} and
 * {@code inputBeforeDecision} for a central decision taken.
 */
final class ProposalJson {

    private ProposalJson() {
    }

    static void write(JsonGenerator json, List<ProposalAdvice> proposals) throws IOException {
        json.writeStartArray();
        for (ProposalAdvice p : proposals) {
            proposal(json, p);
        }
        json.writeEndArray();
    }

    private static void proposal(JsonGenerator json, ProposalAdvice p) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", p.id());
        json.writeStringField("routedTo", p.routedTo().name());
        json.writeStringField("outcome", p.outcome().name());
        if (p.frozen() != null) {
            json.writeStringField("participation", p.participation().toString());
            json.writeStringField("support", p.support().toString());
            frozen(json, p.frozen());
        }
        instant(json, "extendedTo", p.extendedTo());
        if (p.rationaleDue() != null) {
            instant(json, "rationaleDue", p.rationaleDue());
            json.writeArrayFieldStart("inputBeforeDecision");
            for (MemberInput input : p.inputBeforeDecision()) {
                json.writeStartObject();
                json.writeStringField("member", input.member());
                json.writeStringField("at", input.at().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        RecommendationDocument.findings(json, p.findings());
        RecommendationDocument.explanation(json, p.explanation());
        json.writeEndObject();
    }

    private static void frozen(JsonGenerator json, FrozenRules frozen) throws IOException {
        json.writeObjectFieldStart("frozen");
        json.writeStringField("quorum", frozen.quorum().toString());
        json.writeStringField("threshold", frozen.threshold().toString());
        json.writeObjectFieldStart("weights");
        for (Map.Entry<String, Long> weight : frozen.weights().entrySet()) {
            json.writeNumberField(weight.getKey(), weight.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void instant(JsonGenerator json, String name, Instant at) throws IOException {
        if (at != null) {
            json.writeStringField(name, at.toString());
        }
    }
}
