package dev.coalition.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.coalition.policy.SettingDefinition;
import dev.coalition.policy.Settings;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;

/** Writes setting values as typed JSON: integers and decimals as numbers, domain lists as arrays of names. */
final class SettingValues {

    private SettingValues() {
    }

    /** Writes every setting's current value by name, in name order. */
    static void writeAll(JsonGenerator json, Settings settings) throws IOException {
        json.writeStartObject();
        for (SettingDefinition definition : settings.definitions()) {
            json.writeFieldName(definition.name());
            write(json, settings.value(definition.name()));
        }
        json.writeEndObject();
    }

    /** Writes one setting value exactly as set. */
    static void write(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(value.toString());
        } else if (value instanceof Number number) {
            JsonValues.exact(json, number.doubleValue());
        } else if (value instanceof Collection<?>) {
            JsonValues.write(json, value);
        } else if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value.toString());
        }
    }

    /** A setting type's name as written in the defaults file: integer, decimal or domains. */
    static String typeName(SettingDefinition definition) {
        return definition.type().name().toLowerCase(Locale.ROOT);
    }
}
