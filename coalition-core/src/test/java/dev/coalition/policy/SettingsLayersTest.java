package dev.coalition.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Settings files read with their lines and laid over each other: bundled definitions, then a policy's own files. */
class SettingsLayersTest {

    private static final SettingsFile BUNDLED = SettingsFile.read("demo.settings.properties", "demo.settings.properties", true, """
            # A small defaults file
            demo.threshold = 0.8
            demo.threshold.type = decimal
            demo.threshold.min = 0
            demo.threshold.max = 1
            demo.threshold.description = Urgency at which we act.
            demo.threshold.source = The article.
            """);

    private static SettingsFile mine(String text) {
        return SettingsFile.read("demo.settings.properties", "my-policy/demo.settings.properties", false, text);
    }

    @Test
    void entriesKeepTheLineTheyStartOnAcrossContinuedLines() {
        SettingsFile file = mine("# comment\n\ndemo.a = one \\\n    two\ndemo.b : three\n! another comment\ndemo.c four\n");

        assertThat(file.entries()).containsExactly(new SettingsFile.Entry("demo.a", "one two", 3),
                new SettingsFile.Entry("demo.b", "three", 5), new SettingsFile.Entry("demo.c", "four", 7));
    }

    @Test
    void aValueAloneChangesTheValueAndSaysWhereItCameFrom() {
        SettingsLayers.Result result = SettingsLayers.read(List.of(BUNDLED, mine("\ndemo.threshold = 0.9\n")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().number("demo.threshold")).isEqualTo(0.9);
        assertThat(result.settings().definition("demo.threshold").defaultValue()).isEqualTo(0.8);
        assertThat(result.sources().get("demo.threshold")).hasToString("my-policy/demo.settings.properties:2");
        assertThat(SettingsLayers.read(List.of(BUNDLED)).sources().get("demo.threshold"))
                .hasToString("bundled demo.settings.properties:2");
    }

    @Test
    void anOutOfRangeValueIsAProblemAtItsLine() {
        SettingsLayers.Result result = SettingsLayers.read(List.of(BUNDLED, mine("demo.threshold = 2\n")));

        assertThat(result.problems()).containsExactly(new SettingsLayers.Problem("demo.settings.properties", 1,
                "demo.threshold: 2 is outside 0..1; give a decimal number in 0..1"));
        assertThat(result.settings().number("demo.threshold")).as("the bundled value stays").isEqualTo(0.8);
    }

    @Test
    void aPolicyMayRestateTheFixedPartsAndChangeTheDescription() {
        SettingsLayers.Result result = SettingsLayers.read(List.of(BUNDLED, mine("""
                demo.threshold = 0.7
                demo.threshold.type = decimal
                demo.threshold.min = 0.0
                demo.threshold.max = 1
                demo.threshold.description = Our urgency threshold.
                """)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().definition("demo.threshold").description()).isEqualTo("Our urgency threshold.");
        assertThat(result.settings().definition("demo.threshold").source()).isEqualTo("The article.");
    }

    @Test
    void aMisspeltAttributeNamesTheAttribute() {
        SettingsLayers.Result result = SettingsLayers.read(List.of(BUNDLED, mine("demo.threshold.descripton = Ours.\n")));

        assertThat(result.problems()).containsExactly(new SettingsLayers.Problem("demo.settings.properties", 1,
                "\"descripton\" is not an attribute of setting demo.threshold (did you mean demo.threshold.description?); "
                        + "use type, description, source, min, max, atMost"));
    }

    @Test
    void aBundledFileMayNotDefineASettingTwice() {
        SettingsFile other = SettingsFile.read("other.settings.properties", "other.settings.properties", true, """
                demo.threshold = 0.5
                demo.threshold.type = decimal
                demo.threshold.min = 0
                demo.threshold.description = Again.
                demo.threshold.source = Again.
                """);

        assertThat(SettingsLayers.read(List.of(BUNDLED, other)).problems()).containsExactly(new SettingsLayers.Problem(
                "other.settings.properties", 1, "setting demo.threshold is already defined in bundled demo.settings.properties:3; "
                        + "give each setting one definition"));
    }
}
