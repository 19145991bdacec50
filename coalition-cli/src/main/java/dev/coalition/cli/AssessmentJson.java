package dev.coalition.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.coalition.assessment.Dimension;
import dev.coalition.assessment.PairFit;
import dev.coalition.assessment.SoughtResource;
import dev.coalition.rules.api.ClearedFlag;
import dev.coalition.rules.api.CompositionSuggestion;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.PartnerAssessment;
import dev.coalition.value.Fraction;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The {@code "assessment"} part of the answer: {@code {"candidates", "matrix", "pairs": [{"a", "b",
 * "fit", "dimensions"}], "coalitionFit", "weakestPair": {"a", "b", "fit"}, "spread", "flags": [{"id",
 * "severity", "subject", "reason"}], "unservedWants": [{"candidate", "resource"}], "composition":
 * [{"leaveOut", "weakestPairBefore", "weakestPairAfter", "coalitionFitAfter", "flagsCleared": [{"id",
 * "subject"}], "reason"}], "compositionSearch", "explanation"}}, keys in that order. Every figure is an
 * exact fraction {@code "p/q"}, as the power indices are.
 */
final class AssessmentJson {

    private AssessmentJson() {
    }

    static void write(JsonGenerator json, PartnerAssessment a) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("candidates");
        for (String id : a.candidates()) {
            json.writeString(id);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("matrix");
        for (List<Fraction> row : a.matrix()) {
            json.writeStartArray();
            for (Fraction fit : row) {
                json.writeString(fit.toString());
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("pairs");
        for (PairFit p : a.pairs()) {
            json.writeStartObject();
            pair(json, p);
            json.writeObjectFieldStart("dimensions");
            for (Map.Entry<Dimension, Fraction> d : p.dimensions().entrySet()) {
                json.writeStringField(d.getKey().name(), d.getValue().toString());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("coalitionFit", a.coalitionFit().toString());
        json.writeObjectFieldStart("weakestPair");
        pair(json, a.weakestPair());
        json.writeEndObject();
        json.writeObjectFieldStart("spread");
        for (Map.Entry<Dimension, Fraction> s : a.spread().entrySet()) {
            json.writeStringField(s.getKey().name(), s.getValue().toString());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("flags");
        for (Finding f : a.flags()) {
            json.writeStartObject();
            json.writeStringField("id", f.id());
            json.writeStringField("severity", f.severity().name());
            json.writeStringField("subject", f.subject());
            json.writeStringField("reason", f.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("unservedWants");
        for (SoughtResource w : a.unservedWants()) {
            json.writeStartObject();
            json.writeStringField("candidate", w.candidate());
            json.writeStringField("resource", w.resource());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("composition");
        for (CompositionSuggestion s : a.composition()) {
            suggestion(json, s);
        }
        json.writeEndArray();
        json.writeStringField("compositionSearch", a.compositionSearch());
        RecommendationDocument.explanation(json, a.explanation());
        json.writeEndObject();
    }

    private static void pair(JsonGenerator json, PairFit p) throws IOException {
        json.writeStringField("a", p.a());
        json.writeStringField("b", p.b());
        json.writeStringField("fit", p.fit().toString());
    }

    private static void suggestion(JsonGenerator json, CompositionSuggestion s) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("leaveOut");
        for (String id : s.leaveOut()) {
            json.writeString(id);
        }
        json.writeEndArray();
        json.writeStringField("weakestPairBefore", s.weakestPairBefore().toString());
        json.writeStringField("weakestPairAfter", s.weakestPairAfter().toString());
        json.writeStringField("coalitionFitAfter", s.coalitionFitAfter().toString());
        json.writeArrayFieldStart("flagsCleared");
        for (ClearedFlag f : s.flagsCleared()) {
            json.writeStartObject();
            json.writeStringField("id", f.id());
            json.writeStringField("subject", f.subject());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("reason", s.reason());
        json.writeEndObject();
    }
}
