package dev.coalition.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.value.Fraction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The meeting share, whom each entry reaches and the layers present, exact. */
class CommunicationFiguresTest {

    private static CommunicationEntry entry(Layer layer, Format format, Fraction hours, String... audience) {
        return CommunicationEntry.of(layer, Cadence.MONTHLY, format, hours, List.of(audience));
    }

    @Test
    void theMeetingShareIsMeetingHoursOverAllHoursExactly() {
        CommunicationFigures figures = CommunicationFigures.of(CommunicationPlanTest.TRIO, CommunicationPlan.of(
                entry(Layer.STRATEGIC, Format.MEETING, Fraction.of(4, 3), "a"),
                entry(Layer.OPERATIONAL, Format.ASYNC, Fraction.of(5), "firm"),
                entry(Layer.TACTICAL, Format.MEETING, Fraction.of(1), "firm")));

        assertThat(figures.meetingHours()).isEqualTo(Fraction.of(7, 3));
        assertThat(figures.totalHours()).isEqualTo(Fraction.of(22, 3));
        assertThat(figures.meetingShare()).isEqualTo(Fraction.of(7, 22));
    }

    @Test
    void categoriesReachTheirMembersAndTheUnreachedAreListed() {
        CommunicationFigures figures = CommunicationFigures.of(CommunicationPlanTest.TRIO, CommunicationPlan.of(
                entry(Layer.INNOVATION, Format.MEETING, Fraction.ONE, "firm"),
                entry(Layer.TACTICAL, Format.ASYNC, Fraction.ONE, "b", "firm")));

        assertThat(figures.reach()).containsExactly(List.of("a", "b"), List.of("a", "b"));
        assertThat(figures.unreached()).containsExactly("u");
        assertThat(figures.layers()).containsExactly(Layer.TACTICAL, Layer.INNOVATION);
    }

    @Test
    void aPlanWithoutEntriesHasNoMeetingsAndReachesNobody() {
        CommunicationFigures figures = CommunicationFigures.of(CommunicationPlanTest.TRIO, CommunicationPlan.of());

        assertThat(figures.meetingShare()).isEqualTo(Fraction.ZERO);
        assertThat(figures.layers()).isEmpty();
        assertThat(figures.unreached()).containsExactly("a", "b", "u");
    }

    @Test
    void anInvalidPlanIsRefusedWithItsFirstProblem() {
        assertThatThrownBy(() -> CommunicationFigures.of(CommunicationPlanTest.TRIO, CommunicationPlan.of(
                entry(Layer.TACTICAL, Format.MEETING, Fraction.ZERO, "a"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("communication[0].hoursPerMonth: is 0: give more than 0 hours a month, or leave the entry out");
    }
}
