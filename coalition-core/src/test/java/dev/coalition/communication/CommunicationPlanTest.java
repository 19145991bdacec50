package dev.coalition.communication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.core.Coalition;
import dev.coalition.core.Violation;
import dev.coalition.value.Fraction;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a communication plan must satisfy before it is checked, each problem with its path. */
class CommunicationPlanTest {

    /** Two firms (a, b) and a university (u). */
    static final Coalition TRIO = Coalition.builder("Trio").formedOn(LocalDate.of(2024, 1, 1))
            .member("a", "A", "firm", 1).member("b", "B", "firm", 1).member("u", "U", "university", 1)
            .context(0.5, 0.5, 0.5, 0.5).build();

    private static CommunicationEntry entry(Fraction hours, String... audience) {
        return CommunicationEntry.of(Layer.TACTICAL, Cadence.WEEKLY, Format.MEETING, hours,
                audience == null ? null : Arrays.asList(audience));
    }

    private static List<String> problems(CommunicationEntry... entries) {
        return new CommunicationPlan(Arrays.asList(entries)).violations(TRIO).stream().map(Violation::toString).toList();
    }

    @Test
    void aValidPlanByIdsAndCategoriesHasNoProblems() {
        assertThat(problems(entry(Fraction.of(4), "a", "university"), entry(Fraction.of(4, 3), "firm"))).isEmpty();
        assertThat(problems()).isEmpty();
    }

    @Test
    void anAudienceNamingNeitherAMemberNorACategoryIsRefusedWithWhatIsAllowed() {
        assertThat(problems(entry(Fraction.ONE, "a", "firms", "x")))
                .containsExactly("communication[0].audience[1]: \"firms\" is neither a member id nor a category of the coalition "
                                + "(did you mean firm?): use a member id (a, b, u) or a category (firm, university)",
                        "communication[0].audience[2]: \"x\" is neither a member id nor a category of the coalition "
                                + "(did you mean a?): use a member id (a, b, u) or a category (firm, university)");
    }

    @Test
    void anAudienceMissingEmptyOrNamingOneTwiceIsRefused() {
        assertThat(problems(entry(Fraction.ONE, (String[]) null), entry(Fraction.ONE), entry(Fraction.ONE, "firm", "firm"),
                entry(Fraction.ONE, "a", null)))
                .containsExactly("communication[0].audience: is missing: name the member ids or categories the entry reaches",
                        "communication[1].audience: is empty: name the member ids or categories the entry reaches",
                        "communication[2].audience[1]: \"firm\" is repeated (also communication[2].audience[0]): "
                                + "name each member or category once",
                        "communication[3].audience[1]: is missing: give a member id or a category");
    }

    @Test
    void hoursMustBeMoreThanZeroAndAtMostAMonth() {
        assertThat(problems(entry(Fraction.ZERO, "a"), entry(Fraction.of(-1, 2), "a"), entry(null, "a"),
                entry(Fraction.of(745), "a"), entry(Fraction.of(744), "a"), entry(Fraction.of(1, 60), "a")))
                .containsExactly("communication[0].hoursPerMonth: is 0: give more than 0 hours a month, or leave the entry out",
                        "communication[1].hoursPerMonth: is -1/2: give more than 0 hours a month, or leave the entry out",
                        "communication[2].hoursPerMonth: is missing: give the hours a month the entry takes, more than 0 "
                                + "(e.g. 4, 1.5 or 4/3)",
                        "communication[3].hoursPerMonth: is 745 hours, more than a month has (744): give the hours a month "
                                + "the entry takes");
    }

    @Test
    void aMissingEntryLayerCadenceOrFormatListsTheAllowedValues() {
        assertThat(problems(null, new CommunicationEntry(null, null, null, Fraction.ONE, List.of("a"), null)))
                .containsExactly("communication[0]: is missing: give {\"layer\", \"cadence\", \"format\", \"hoursPerMonth\", \"audience\"}",
                        "communication[1].layer: is missing: give one of OPERATIONAL, TACTICAL, STRATEGIC, INNOVATION",
                        "communication[1].cadence: is missing: give one of DAILY, WEEKLY, MONTHLY, QUARTERLY",
                        "communication[1].format: is missing: give one of MEETING, ASYNC");
    }

    @Test
    void anUnknownNameIsRefusedWithTheClosestAndEveryAllowedOne() {
        assertThat(Layer.problemWith("STRATEGY")).isEqualTo("\"STRATEGY\" is not a layer (did you mean STRATEGIC?); "
                + "use one of OPERATIONAL, TACTICAL, STRATEGIC, INNOVATION");
        assertThat(Cadence.problemWith("YEARLY")).isEqualTo("\"YEARLY\" is not a cadence (did you mean DAILY?); "
                + "use one of DAILY, WEEKLY, MONTHLY, QUARTERLY");
        assertThat(Format.problemWith("CALL")).isEqualTo("\"CALL\" is not a format; use one of MEETING, ASYNC");
        assertThat(Format.problemWith("ASYNC")).isNull();
    }
}
