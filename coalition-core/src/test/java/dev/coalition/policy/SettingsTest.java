package dev.coalition.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.coalition.governance.DecisionDomain;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading setting definitions, overriding values and reading them back as rules do. */
class SettingsTest {

    private static final String DEFAULTS = """
            # A small defaults file
            demo.threshold = 0.8
            demo.threshold.type = decimal
            demo.threshold.min = 0
            demo.threshold.max = 1
            demo.threshold.description = Urgency at which we act.
            demo.threshold.source = The article.

            demo.count = 6
            demo.count.type = integer
            demo.count.min = 2
            demo.count.description = How many count as few.
            demo.count.source = Provan & Kenis 2008.

            demo.central = TECHNICAL, operational
            demo.central.type = domains
            demo.central.description = Domains decided centrally.
            demo.central.source = This library.
            """;

    private Settings settings;

    @BeforeEach
    void readDefaults() throws IOException {
        settings = Settings.of(Settings.readDefinitions(new StringReader(DEFAULTS), "demo.settings.properties"));
    }

    private static List<SettingDefinition> read(String text) throws IOException {
        return Settings.readDefinitions(new StringReader(text), "bad.settings.properties");
    }

    @Test
    void readDefinitionsGivesEverySettingWithTypeDefaultDescriptionSourceAndRange() throws IOException {
        List<SettingDefinition> definitions = Settings.readDefinitions(new StringReader(DEFAULTS), "demo.settings.properties");

        assertThat(definitions).extracting(SettingDefinition::name).containsExactly("demo.central", "demo.count", "demo.threshold");
        SettingDefinition threshold = definitions.get(2);
        assertThat(threshold.type()).isEqualTo(SettingType.DECIMAL);
        assertThat(threshold.defaultValue()).isEqualTo(0.8);
        assertThat(threshold.description()).isEqualTo("Urgency at which we act.");
        assertThat(threshold.source()).isEqualTo("The article.");
        assertThat(threshold.min()).isEqualTo(0.0);
        assertThat(threshold.max()).isEqualTo(1.0);
        assertThat(threshold.range()).isEqualTo("0..1");
        SettingDefinition count = definitions.get(1);
        assertThat(count.type()).isEqualTo(SettingType.INTEGER);
        assertThat(count.defaultValue()).isEqualTo(6);
        assertThat(count.range()).isEqualTo("2..");
        SettingDefinition central = definitions.get(0);
        assertThat(central.type()).isEqualTo(SettingType.DOMAINS);
        assertThat(central.defaultValue()).isEqualTo(java.util.Set.of(DecisionDomain.TECHNICAL, DecisionDomain.OPERATIONAL));
        assertThat(central.range()).isEmpty();
    }

    @Test
    void theAccessorsReturnTheDefaults() {
        assertThat(settings.number("demo.threshold")).isEqualTo(0.8);
        assertThat(settings.integer("demo.count")).isEqualTo(6);
        assertThat(settings.number("demo.count")).as("an integer read as a number").isEqualTo(6.0);
        assertThat(settings.domains("demo.central")).containsExactlyInAnyOrder(DecisionDomain.TECHNICAL, DecisionDomain.OPERATIONAL);
        assertThat(settings.defines("demo.count")).isTrue();
        assertThat(settings.defines("demo.nope")).isFalse();
    }

    @Test
    void valuesAreWrittenBackAsText() {
        assertThat(settings.asText()).containsExactly(
                entry("demo.central", "TECHNICAL,OPERATIONAL"),
                entry("demo.count", "6"),
                entry("demo.threshold", "0.8"));
    }

    @Test
    void withReturnsAChangedCopyAndLeavesTheOriginalAlone() {
        Settings changed = settings.with("demo.threshold", "0.7").with("demo.count", "9").with("demo.central", "financial");

        assertThat(changed.number("demo.threshold")).isEqualTo(0.7);
        assertThat(changed.integer("demo.count")).isEqualTo(9);
        assertThat(changed.domains("demo.central")).containsExactly(DecisionDomain.FINANCIAL);
        assertThat(settings.number("demo.threshold")).isEqualTo(0.8);
        assertThat(settings.integer("demo.count")).isEqualTo(6);
        assertThat(settings.domains("demo.central")).containsExactlyInAnyOrder(DecisionDomain.TECHNICAL, DecisionDomain.OPERATIONAL);
        assertThat(changed).isNotEqualTo(settings);
        assertThat(settings.with("demo.threshold", "0.8")).isEqualTo(settings).hasSameHashCodeAs(settings);
    }

    @Test
    void anEmptyDomainListIsAllowed() {
        assertThat(settings.with("demo.central", "").domains("demo.central")).isEmpty();
    }

    @Test
    void domainsReadBackCannotBeChanged() {
        assertThatThrownBy(() -> settings.domains("demo.central").add(DecisionDomain.FINANCIAL))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anUnknownNameIsRefusedWithTheNearestNameSuggested() {
        assertThatThrownBy(() -> settings.with("demo.treshold", "0.5"))
                .isInstanceOf(SettingsException.class)
                .hasMessage("unknown setting \"demo.treshold\" (did you mean \"demo.threshold\"?); Settings.definitions() lists the known "
                        + "settings (CoalitionAdvisor.settings() on an advisor), each with its description");
    }

    @Test
    void anUnknownNameFarFromAnyIsRefusedWithoutSuggestion() {
        assertThatThrownBy(() -> settings.with("completely.different", "1"))
                .isInstanceOf(SettingsException.class)
                .hasMessage("unknown setting \"completely.different\"; Settings.definitions() lists the known settings "
                        + "(CoalitionAdvisor.settings() on an advisor), each with its description");
    }

    @Test
    void anUnknownNameIsALibraryMessageWithNoCommandLineHint() {
        assertThatThrownBy(() -> settings.with("completely.different", "1"))
                .hasMessageNotContaining("coalition settings").hasMessageNotContaining("run '");
    }

    @Test
    void textThatIsNotADecimalIsRefused() {
        assertThatThrownBy(() -> settings.with("demo.threshold", "abc"))
                .isInstanceOf(SettingsException.class)
                .hasMessage("demo.threshold: \"abc\" is not a decimal number, e.g. 0.8");
    }

    @Test
    void aDecimalForAnIntegerIsRefused() {
        assertThatThrownBy(() -> settings.with("demo.count", "2.5"))
                .isInstanceOf(SettingsException.class)
                .hasMessage("demo.count: \"2.5\" is not an integer, e.g. 6");
    }

    @Test
    void anUnknownDomainIsRefusedListingTheDomains() {
        assertThatThrownBy(() -> settings.with("demo.central", "TECHNICAL,BANANA"))
                .isInstanceOf(SettingsException.class)
                .hasMessage("demo.central: \"BANANA\" is not a decision domain; use "
                        + "[STRATEGIC, TECHNICAL, OPERATIONAL, FINANCIAL, MEMBERSHIP] separated by commas");
    }

    @Test
    void aValueAboveTheMaximumIsRefused() {
        assertThatThrownBy(() -> settings.with("demo.threshold", "1.5"))
                .isInstanceOf(SettingsException.class)
                .hasMessage("demo.threshold: 1.5 is outside 0..1");
    }

    @Test
    void aValueBelowTheMinimumIsRefused() {
        assertThatThrownBy(() -> settings.with("demo.count", "1"))
                .isInstanceOf(SettingsException.class)
                .hasMessage("demo.count: 1 is outside 2..");
    }

    @Test
    void theBoundsThemselvesAreAllowed() {
        assertThat(settings.with("demo.threshold", "1").number("demo.threshold")).isEqualTo(1.0);
        assertThat(settings.with("demo.threshold", "0").number("demo.threshold")).isZero();
        assertThat(settings.with("demo.count", "2").integer("demo.count")).isEqualTo(2);
    }

    @Test
    void aMissingValueIsRefused() {
        assertThatThrownBy(() -> settings.with("demo.count", null))
                .isInstanceOf(SettingsException.class)
                .hasMessage("demo.count: a value is required; give an integer");
    }

    @Test
    void readingASettingWithTheWrongAccessorIsRefused() {
        assertThatThrownBy(() -> settings.integer("demo.threshold"))
                .isInstanceOf(SettingsException.class)
                .hasMessage("demo.threshold: is a decimal number, not an integer");
        assertThatThrownBy(() -> settings.number("demo.central"))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("demo.central: is a comma-separated list of decision domains, not a decimal number");
        assertThatThrownBy(() -> settings.domains("demo.count"))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("demo.count: is an integer, not a comma-separated list of decision domains");
    }

    @Test
    void readingAnUnknownSettingIsRefused() {
        assertThatThrownBy(() -> settings.number("demo.nope"))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("unknown setting \"demo.nope\"");
    }

    @Test
    void aSettingWithoutDescriptionIsRefusedNamingFileAndSetting() {
        assertThatThrownBy(() -> read("x.y = 1\nx.y.type = integer\nx.y.source = me\n"))
                .isInstanceOf(SettingsException.class)
                .hasMessage("bad.settings.properties: x.y.description is missing");
    }

    @Test
    void aSettingWithoutDefaultIsRefused() {
        assertThatThrownBy(() -> read("x.y.type = integer\nx.y.description = d\nx.y.source = me\n"))
                .isInstanceOf(SettingsException.class)
                .hasMessage("bad.settings.properties: x.y is missing");
    }

    @Test
    void anUnknownTypeIsRefused() {
        assertThatThrownBy(() -> read("x.y = 1\nx.y.type = float\nx.y.description = d\nx.y.source = me\n"))
                .isInstanceOf(SettingsException.class)
                .hasMessage("bad.settings.properties: x.y.type: \"float\" is not a type; use integer, decimal, domains, words or text");
    }

    @Test
    void aDefaultOfTheWrongTypeIsRefused() {
        assertThatThrownBy(() -> read("x.y = lots\nx.y.type = integer\nx.y.description = d\nx.y.source = me\n"))
                .isInstanceOf(SettingsException.class)
                .hasMessage("bad.settings.properties: x.y: \"lots\" is not an integer, e.g. 6");
    }

    @Test
    void aDefaultOutsideItsRangeIsRefused() {
        assertThatThrownBy(() -> read("x.y = 7\nx.y.type = integer\nx.y.max = 5\nx.y.description = d\nx.y.source = me\n"))
                .isInstanceOf(SettingsException.class)
                .hasMessage("bad.settings.properties: x.y: the default 7 is outside ..5");
    }

    @Test
    void aKeyThatBelongsToNoSettingIsRefused() {
        assertThatThrownBy(() -> read(DEFAULTS + "demo.stray.description = forgotten\n"))
                .isInstanceOf(SettingsException.class)
                .hasMessage("bad.settings.properties: demo.stray.description belongs to no setting; every setting needs demo.stray.type");
    }

    @Test
    void theSameSettingDefinedTwiceIsRefused() throws IOException {
        List<SettingDefinition> once = Settings.readDefinitions(new StringReader(DEFAULTS), "a");
        List<SettingDefinition> twice = new java.util.ArrayList<>(once);
        twice.addAll(once);

        assertThatThrownBy(() -> Settings.of(twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"demo.central\" is defined twice");
    }

    @Test
    void plusAddsDefinitionsAndKeepsChangedValues() throws IOException {
        Settings changed = settings.with("demo.count", "8");
        Settings more = changed.plus(read("x.y = 0.25\nx.y.type = decimal\nx.y.description = d\nx.y.source = me\n"));

        assertThat(more.number("x.y")).isEqualTo(0.25);
        assertThat(more.integer("demo.count")).isEqualTo(8);
        assertThat(changed.defines("x.y")).isFalse();
    }
}
