package dev.coalition.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.coalition.governance.Contingency;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.FitEntry;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.Safeguard;
import java.io.IOException;
import java.util.Map;

/**
 * The result document of {@code coalition evaluate}:
 * {@code {"schemaVersion", "provenance": {"library", "policyHash", "settings"}, "governance": {"mode",
 * "lead", "fit", "domains", "safeguards", "findings", "explanation"}}}, keys in that order.
 */
final class RecommendationDocument {

    /** The version of the result document's format. */
    static final String SCHEMA_VERSION = "1";

    private RecommendationDocument() {
    }

    /** The document for a recommendation made by an advisor, as text ending with a newline. */
    static String write(CoalitionAdvisor advisor, GovernanceRecommendation recommendation) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeStringField("schemaVersion", SCHEMA_VERSION);
            json.writeFieldName("provenance");
            provenance(json, advisor);
            json.writeFieldName("governance");
            governance(json, recommendation);
            json.writeEndObject();
        });
    }

    private static void provenance(JsonGenerator json, CoalitionAdvisor advisor) throws IOException {
        json.writeStartObject();
        json.writeStringField("library", CoalitionAdvisor.libraryVersion());
        json.writeStringField("policyHash", advisor.policyHash());
        json.writeFieldName("settings");
        SettingValues.writeAll(json, advisor.settings());
        json.writeEndObject();
    }

    private static void governance(JsonGenerator json, GovernanceRecommendation r) throws IOException {
        json.writeStartObject();
        json.writeStringField("mode", r.mode().name());
        json.writeStringField("lead", r.lead());
        json.writeArrayFieldStart("fit");
        for (FitEntry entry : r.fit()) {
            fit(json, entry);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("domains");
        for (Map.Entry<DecisionDomain, GovernanceMode> domain : r.domains().entrySet()) {
            json.writeStringField(domain.getKey().name(), domain.getValue().name());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("safeguards");
        for (Safeguard safeguard : r.safeguards()) {
            json.writeStartObject();
            json.writeStringField("id", safeguard.id());
            json.writeFieldName("parameters");
            JsonValues.object(json, safeguard.parameters());
            json.writeStringField("reason", safeguard.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("findings");
        for (Finding finding : r.findings()) {
            json.writeStartObject();
            json.writeStringField("id", finding.id());
            json.writeStringField("severity", finding.severity().name());
            json.writeStringField("subject", finding.subject());
            json.writeStringField("reason", finding.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("explanation");
        for (ExplanationStep step : r.explanation()) {
            json.writeStartObject();
            json.writeStringField("rule", step.rule());
            json.writeStringField("reason", step.reason());
            json.writeFieldName("inputs");
            JsonValues.object(json, step.inputs());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void fit(JsonGenerator json, FitEntry entry) throws IOException {
        json.writeStartObject();
        json.writeStringField("contingency", entry.contingency().name());
        json.writeFieldName("value");
        JsonValues.figure(json, entry.value());
        if (entry.contingency() == Contingency.TRUST) {
            json.writeFieldName("centralization");
            if (entry.centralization() == null) {
                json.writeNull();
            } else {
                JsonValues.figure(json, entry.centralization());
            }
        }
        json.writeObjectFieldStart("wanted");
        json.writeFieldName("min");
        JsonValues.figure(json, entry.wanted().min());
        json.writeFieldName("max");
        if (entry.wanted().max() == null) {
            json.writeNull();
        } else {
            JsonValues.figure(json, entry.wanted().max());
        }
        json.writeEndObject();
        json.writeBooleanField("matched", entry.matched());
        json.writeStringField("reason", entry.reason());
        json.writeEndObject();
    }
}
