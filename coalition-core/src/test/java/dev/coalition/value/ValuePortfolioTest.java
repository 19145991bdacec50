package dev.coalition.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValuePortfolioTest {

    @Test
    void aPortfolioSaysHowMuchOfWhatAMemberSeeksItServes() {
        ValuePortfolio p = new ValuePortfolio("startup", Set.of(ValueType.STRATEGIC, ValueType.INNOVATIVE),
                Map.of(ValueType.INNOVATIVE, Fraction.of(5)),
                Map.of(ValueType.STRATEGIC, Fraction.of(3), ValueType.FINANCIAL, Fraction.of(1)));

        assertThat(p.served()).containsExactly(ValueType.STRATEGIC);
        assertThat(p.coverage()).isEqualTo(Fraction.of(1, 2));
        assertThat(p.alignment()).isEqualTo(Fraction.of(3, 4));
        assertThat(p.servesNothingSought()).isFalse();
    }

    @Test
    void aPortfolioOfOnlyUnsoughtValueServesNothing() {
        ValuePortfolio p = new ValuePortfolio("bank", Set.of(ValueType.REPUTATIONAL), Map.of(),
                Map.of(ValueType.FINANCIAL, Fraction.of(10)));

        assertThat(p.servesNothingSought()).isTrue();
        assertThat(p.coverage()).isEqualTo(Fraction.ZERO);
        assertThat(new ValuePortfolio("x", Set.of(), Map.of(), Map.of()).servesNothingSought()).isFalse();
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThatThrownBy(() -> new ValuePortfolio("x", Set.of(), Map.of(ValueType.FINANCIAL, Fraction.of(-1)), Map.of()))
                .hasMessageContaining("contributes.FINANCIAL: -1 is negative");
    }
}
