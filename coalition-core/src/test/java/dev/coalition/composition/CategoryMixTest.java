package dev.coalition.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import dev.coalition.core.Coalition;
import dev.coalition.core.MemberCategory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Member diversity (Blau index) and steering-body seats per category, checked by hand. */
class CategoryMixTest {

    private static final double EPS = 1e-12;

    /** Members given as "id:category", in order; seats are member ids. */
    private static Coalition.Builder coalition(String... members) {
        Coalition.Builder b = Coalition.builder("Mix").formedOn(LocalDate.of(2024, 1, 1)).context(0.5, 0.5, 0.5, 0.5);
        for (String spec : members) {
            String[] parts = spec.split(":");
            b.member(parts[0], "Org " + parts[0], parts[1], 1);
        }
        return b;
    }

    private static double blau(String... members) {
        return CategoryMix.of(coalition(members).build()).blauIndex();
    }

    private static MemberCategory cat(String name) {
        return MemberCategory.of(name);
    }

    @Test
    void membersOfOneCategoryHaveNoDiversity() {
        assertThat(blau("a:hospital", "b:hospital", "c:hospital")).isCloseTo(0.0, within(EPS));
    }

    @Test
    void twoEqualCategoriesHaveABlauIndexOfOneHalf() {
        assertThat(blau("a:hospital", "b:hospital", "c:ngo", "d:ngo")).isCloseTo(0.5, within(EPS));
    }

    @Test
    void oneMemberInFourApartGivesThreeEighths() {
        // 1 - (1/4)^2 - (3/4)^2 = 6/16
        assertThat(blau("a:ngo", "b:hospital", "c:hospital", "d:hospital")).isCloseTo(0.375, within(EPS));
    }

    @Test
    void threeEqualCategoriesGiveTwoThirds() {
        assertThat(blau("a:hospital", "b:ngo", "c:agency")).isCloseTo(2.0 / 3, within(EPS));
    }

    @Test
    void twoOneOneGivesFiveEighths() {
        // 1 - (2/4)^2 - (1/4)^2 - (1/4)^2 = 10/16
        assertThat(blau("a:hospital", "b:hospital", "c:ngo", "d:agency")).isCloseTo(0.625, within(EPS));
    }

    @Test
    void categoryNamesAreCaseSensitive() {
        assertThat(blau("a:SME", "b:sme")).isCloseTo(0.5, within(EPS));
    }

    @Test
    void memberCountsAreGivenPerCategoryInNameOrder() {
        CategoryMix mix = CategoryMix.of(coalition("a:ngo", "b:hospital", "c:ngo", "d:Agency").build());

        assertThat(mix.memberCounts()).containsExactly(entry(cat("Agency"), 1), entry(cat("hospital"), 1), entry(cat("ngo"), 2));
        assertThat(mix.categories()).containsExactly(cat("Agency"), cat("hospital"), cat("ngo"));
    }

    @Test
    void categoriesWithoutASeatOnTheSteeringBodyAreListedInNameOrder() {
        CategoryMix mix = CategoryMix.of(coalition("h1:hospital", "h2:hospital", "n1:ngo", "u1:university", "a1:agency")
                .steeringBody("h1", "h2").build());

        assertThat(mix.seatCounts()).containsExactly(entry(cat("agency"), 0), entry(cat("hospital"), 2),
                entry(cat("ngo"), 0), entry(cat("university"), 0));
        assertThat(mix.categoriesWithoutSeat()).containsExactly(cat("agency"), cat("ngo"), cat("university"));
    }

    @Test
    void aSteeringBodySeatingEveryCategoryLeavesNoneWithoutSeat() {
        CategoryMix mix = CategoryMix.of(coalition("h1:hospital", "h2:hospital", "n1:ngo").steeringBody("h2", "n1").build());

        assertThat(mix.categoriesWithoutSeat()).isEmpty();
    }

    @Test
    void withoutASteeringBodyNoCategoryIsReportedWithoutSeat() {
        CategoryMix mix = CategoryMix.of(coalition("h1:hospital", "n1:ngo").build());

        assertThat(mix.seatCounts()).containsExactly(entry(cat("hospital"), 0), entry(cat("ngo"), 0));
        assertThat(mix.categoriesWithoutSeat()).isEmpty();
    }
}
