package dev.coalition.cli;

import dev.coalition.policy.SettingDefinition;
import dev.coalition.policy.Settings;
import dev.coalition.rules.api.CoalitionAdvisor;

/**
 * The output of {@code coalition settings --json}: {@code {"schemaVersion", "provenance": {"library",
 * "policyHash"}, "settings": [{"name", "type", "default", "value", "valueFrom", "min", "max",
 * "description", "source"}]}}, settings in name order.
 */
final class SettingsDocument {

    private SettingsDocument() {
    }

    static String write(CoalitionAdvisor advisor) {
        Settings settings = advisor.settings();
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeStringField("schemaVersion", RecommendationDocument.SCHEMA_VERSION);
            json.writeObjectFieldStart("provenance");
            json.writeStringField("library", CoalitionAdvisor.libraryVersion());
            json.writeStringField("policyHash", advisor.policyHash());
            json.writeEndObject();
            json.writeArrayFieldStart("settings");
            for (SettingDefinition d : settings.definitions()) {
                json.writeStartObject();
                json.writeStringField("name", d.name());
                json.writeStringField("type", SettingValues.typeName(d));
                json.writeFieldName("default");
                SettingValues.write(json, d.defaultValue());
                json.writeFieldName("value");
                SettingValues.write(json, settings.value(d.name()));
                json.writeStringField("valueFrom", SettingsTable.valueFrom(advisor, d.name()));
                json.writeFieldName("min");
                SettingValues.write(json, d.min());
                json.writeFieldName("max");
                SettingValues.write(json, d.max());
                json.writeStringField("description", d.description());
                json.writeStringField("source", d.source());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }
}
