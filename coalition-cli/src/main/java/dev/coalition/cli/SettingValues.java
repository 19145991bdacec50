package dev.coalition.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.coalition.policy.SettingDefinition;
import dev.coalition.policy.Settings;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;

/**
 * Writes setting values as typed JSON: integers and decimals as numbers, domain and word lists as
 * arrays of names in the setting's own order, text as a string.
 */
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
        } else if (value instanceof Collection<?> items) {
            // setting values keep their own order: domains in enum order, words as written
            json.writeStartArray();
            for (Object item : items) {
                json.writeString(item instanceof Enum<?> e ? e.name() : String.valueOf(item));
            }
            json.writeEndArray();
        } else if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value.toString());
        }
    }

    /** A setting type's name as written in the defaults file: integer, decimal, domains, words or text. */
    static String typeName(SettingDefinition definition) {
        return definition.type().name().toLowerCase(Locale.ROOT);
    }
}
