package dev.coalition.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** How figures are written: four decimals at most, half-up on the figure's decimal form, no trailing zeros. */
class NumbersTest {

    @Test
    void figuresAreWrittenWithAtMostFourDecimalsAndNoTrailingZeros() {
        assertThat(Numbers.format(0.5)).isEqualTo("0.5");
        assertThat(Numbers.format(12)).isEqualTo("12");
        assertThat(Numbers.format(1.0 / 3)).isEqualTo("0.3333");
        assertThat(Numbers.format(2.0 / 3)).isEqualTo("0.6667");
        assertThat(Numbers.format(0.0001)).isEqualTo("0.0001");
        assertThat(Numbers.format(0.00004)).isEqualTo("0");
        assertThat(Numbers.format(-0.25)).isEqualTo("-0.25");
        assertThat(Numbers.format(-0.0)).isEqualTo("0");
        assertThat(Numbers.format(1e15)).isEqualTo("1000000000000000");
    }

    @Test
    void tiesRoundUpOnTheDecimalFormAsWritten() {
        assertThat(Numbers.format(1.00005)).isEqualTo("1.0001");   // stored as 1.0000499999..., written 1.00005
        assertThat(Numbers.format(0.00005)).isEqualTo("0.0001");
        assertThat(Numbers.format(-0.00005)).isEqualTo("-0.0001");
        assertThat(Numbers.format(0.44445)).isEqualTo("0.4445");
    }

    @Test
    void aFigureThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> Numbers.format(Double.NaN)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void theFastPathWritesWhatBigDecimalWritesForAnyFigure() {
        qt().forAll(doubles().between(-1e9, 1e9)).checkAssert(v -> assertThat(Numbers.format(v)).isEqualTo(Numbers.exact(v)));
    }

    @Test
    void theFastPathWritesWhatBigDecimalWritesForFiguresOnFineGrids() {
        qt().forAll(integers().between(-2_000_000, 2_000_000), integers().between(0, 3))
                .checkAssert((units, grid) -> {
                    double v = units / new double[] {100.0, 10_000.0, 100_000.0, 1_000_000.0}[grid];
                    assertThat(Numbers.format(v)).isEqualTo(Numbers.exact(v));
                });
    }

    @Test
    void roundGivesTheSameFigureAsANumber() {
        assertThat(Numbers.round(2.0 / 3)).isEqualTo(0.6667);
        assertThat(Numbers.round(1.00005)).isEqualTo(1.0001);
        assertThat(Numbers.round(12)).isEqualTo(12.0);
    }
}
