package dev.coalition.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.coalition.core.Coalition;
import dev.coalition.value.Fraction;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The counts and exact medians that information asymmetry is judged on. */
class AccessCountsTest {

    private static final Coalition COALITION = Coalition.builder("Sharing group").formedOn(LocalDate.of(2024, 1, 1))
            .member("a", "A", "hospital", 1).member("b", "B", "hospital", 1).member("c", "C", "hospital", 1)
            .member("d", "D", "hospital", 1).member("e", "E", "regulator", 1)
            .context(0.5, 0.5, 0.5, 0.5).build();

    @Test
    void theMedianOfAnOddNumberIsTheMiddleCount() {
        assertThat(AccessCounts.median(List.of(5, 1, 3))).isEqualTo(Fraction.of(3));
    }

    @Test
    void theMedianOfAnEvenNumberIsTheMeanOfTheTwoMiddleCountsExactly() {
        assertThat(AccessCounts.median(List.of(4, 2, 3, 1))).isEqualTo(Fraction.of(5, 2));
    }

    @Test
    void theMedianLiesBetweenTheSmallestAndTheLargestCount() {
        qt().forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(1, 30)).checkAssert(counts -> {
            Fraction median = AccessCounts.median(counts);
            assertThat(median.compareTo(Fraction.of(Collections.min(counts)))).isGreaterThanOrEqualTo(0);
            assertThat(median.compareTo(Fraction.of(Collections.max(counts)))).isLessThanOrEqualTo(0);
        });
    }

    @Test
    void noCountsHaveNoMedian() {
        assertThatThrownBy(() -> AccessCounts.median(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("counts: is empty; the median needs at least one count");
    }

    @Test
    void eachMemberIsComparedWithItsCategoryAndOneAloneInItsCategoryWithAllMembers() {
        Map<String, List<String>> seen = Map.of("a", List.of("i1", "i2", "i2"), "b", List.of("i1", "i2", "i3"),
                "c", List.of("i1"), "e", List.of("i1"));

        List<MemberReach> reach = AccessCounts.of(COALITION, seen);

        assertThat(reach).containsExactly(
                new MemberReach("a", "hospital", 2, Fraction.of(3, 2), false),
                new MemberReach("b", "hospital", 3, Fraction.of(3, 2), false),
                new MemberReach("c", "hospital", 1, Fraction.of(3, 2), false),
                new MemberReach("d", "hospital", 0, Fraction.of(3, 2), false),
                new MemberReach("e", "regulator", 1, Fraction.of(1), true));
        assertThat(reach.get(4).peers()).isEqualTo("all members");
        assertThat(reach.get(0).peers()).isEqualTo("category hospital");
    }

    @Test
    void grantsAreGatheredByMember() {
        assertThat(AccessCounts.seenBy(List.of(Map.entry("i1", "a"), Map.entry("i2", "a"), Map.entry("i1", "b"))))
                .containsExactly(Map.entry("a", java.util.Set.of("i1", "i2")), Map.entry("b", java.util.Set.of("i1")));
    }
}
