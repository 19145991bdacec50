package dev.coalition.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A fit entry's band: both ends inclusive, an open upper end when there is no maximum, written as {@code min..max}. */
class BandTest {

    @Test
    void bothEndsBelongToTheBand() {
        Band band = new Band(0.6, 1.0);

        assertThat(band.contains(0.6)).isTrue();
        assertThat(band.contains(1.0)).isTrue();
        assertThat(band.contains(0.8)).isTrue();
    }

    @Test
    void figuresJustOutsideEitherEndDoNot() {
        Band band = new Band(0.6, 1.0);

        assertThat(band.contains(Math.nextDown(0.6))).isFalse();
        assertThat(band.contains(Math.nextUp(1.0))).isFalse();
    }

    @Test
    void aBandWithoutMaximumHoldsEveryFigureFromItsMinimumUp() {
        Band band = new Band(16, null);

        assertThat(band.contains(16)).isTrue();
        assertThat(band.contains(1e9)).isTrue();
        assertThat(band.contains(15.999)).isFalse();
    }

    @Test
    void aBandIsWrittenAsItsEndsAndAnOpenEndIsLeftBlank() {
        assertThat(new Band(0.6, 1.0)).hasToString("0.6..1");
        assertThat(new Band(2, 15.0)).hasToString("2..15");
        assertThat(new Band(16, null)).hasToString("16..");
    }
}
