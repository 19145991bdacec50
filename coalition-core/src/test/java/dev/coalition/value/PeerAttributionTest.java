package dev.coalition.value;

import static dev.coalition.testing.Examples.examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.coalition.core.InvalidCoalitionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class PeerAttributionTest {

    /** Reports that all agree with the division {@code truth}. */
    private static Map<String, Map<String, Fraction>> agreeing(Map<String, Fraction> truth) {
        Map<String, Map<String, Fraction>> reports = new LinkedHashMap<>();
        for (String j : truth.keySet()) {
            Map<String, Fraction> report = new LinkedHashMap<>();
            truth.forEach((k, share) -> {
                if (!k.equals(j)) {
                    report.put(k, share.multiply(Fraction.of(7))); // any scale
                }
            });
            reports.put(j, report);
        }
        return reports;
    }

    private static Map<String, Map<String, Fraction>> random(SplittableRandom r, int n) {
        Map<String, Map<String, Fraction>> reports = new LinkedHashMap<>();
        for (int j = 0; j < n; j++) {
            Map<String, Fraction> report = new LinkedHashMap<>();
            for (int k = 0; k < n; k++) {
                if (k != j) {
                    report.put("m" + k, Fraction.of(1 + r.nextInt(20)));
                }
            }
            reports.put("m" + j, report);
        }
        return reports;
    }

    @Test
    void agreeingReportsReturnTheAgreedDivisionForEverySize() {
        for (int n = 2; n <= 6; n++) {
            Map<String, Fraction> truth = new LinkedHashMap<>();
            int total = n * (n + 1) / 2;
            for (int i = 0; i < n; i++) {
                truth.put("m" + i, Fraction.of(i + 1, total));
            }
            PeerAttribution.Attribution a = PeerAttribution.divide(agreeing(truth));
            if (n == 2) {
                assertThat(a.shares().values()).containsOnly(Fraction.of(1, 2));
            } else {
                assertThat(a.shares()).isEqualTo(truth);
                assertThat(a.unallocated()).isEqualTo(Fraction.ZERO);
            }
        }
    }

    @Test
    void threeDisagreeingMembersLeaveTheRestUnallocated() {
        Map<String, Map<String, Fraction>> reports = new LinkedHashMap<>();
        reports.put("a", Map.of("b", Fraction.of(2), "c", Fraction.of(1)));
        reports.put("b", Map.of("a", Fraction.of(1), "c", Fraction.of(1)));
        reports.put("c", Map.of("a", Fraction.of(1), "b", Fraction.of(1)));
        PeerAttribution.Attribution a = PeerAttribution.divide(reports);

        // x_a = 1/(1 + c/a by b + b/a by c) = 1/3; x_b = 1/(1 + c/b by a + a/b by c) = 1/(1 + 1/2 + 1) = 2/5;
        // x_c = 1/(1 + b/c by a + a/c by b) = 1/(1 + 2 + 1) = 1/4
        assertThat(a.shares()).containsExactly(Map.entry("a", Fraction.of(1, 3)), Map.entry("b", Fraction.of(2, 5)),
                Map.entry("c", Fraction.of(1, 4)));
        assertThat(a.unallocated()).isEqualTo(Fraction.of(1, 60));
        assertThat(a.rule()).isEqualTo("DMT_THREE_PERSON");
    }

    @Test
    void reportsMustRateEveryOtherMemberPositively() {
        Map<String, Map<String, Fraction>> reports = new LinkedHashMap<>();
        reports.put("a", Map.of("a", Fraction.ONE, "b", Fraction.ZERO));
        reports.put("b", Map.of("zed", Fraction.ONE));
        assertThatThrownBy(() -> PeerAttribution.divide(reports))
                .isInstanceOf(InvalidCoalitionException.class)
                .hasMessageContaining("reports.a.a: a member does not rate itself")
                .hasMessageContaining("reports.a.b: 0 is not positive")
                .hasMessageContaining("reports.b.zed: unknown member \"zed\"")
                .hasMessageContaining("reports.b.a: is missing");
    }

    @Test
    void aMembersOwnReportNeverChangesItsOwnShare() {
        qt().withExamples(examples(300)).forAll(SourceDSL.integers().between(2, 7), SourceDSL.longs().all()).check((n, seed) -> {
            SplittableRandom r = new SplittableRandom(seed);
            Map<String, Map<String, Fraction>> reports = random(r, n);
            String member = "m" + r.nextInt(n);
            Fraction before = PeerAttribution.divide(reports).shares().get(member);
            Map<String, Map<String, Fraction>> changed = new LinkedHashMap<>(reports);
            Map<String, Fraction> own = new LinkedHashMap<>();
            reports.get(member).keySet().forEach(k -> own.put(k, Fraction.of(1 + r.nextInt(50), 1 + r.nextInt(5))));
            changed.put(member, own);
            return PeerAttribution.divide(changed).shares().get(member).equals(before);
        });
    }

    @Test
    void fromFourMembersTheSharesAddUpToTheWhole() {
        qt().withExamples(examples(200)).forAll(SourceDSL.integers().between(4, 7), SourceDSL.longs().all()).check((n, seed) -> {
            PeerAttribution.Attribution a = PeerAttribution.divide(random(new SplittableRandom(seed), n));
            return Fraction.sum(a.shares().values()).equals(Fraction.ONE) && a.unallocated().signum() == 0;
        });
    }

    @Test
    void theRuleAppliedIsNamed() {
        assertThat(PeerAttribution.divide(random(new SplittableRandom(1), 5)).rule()).isEqualTo("DMT_EXACT");
        assertThat(PeerAttribution.divide(random(new SplittableRandom(1), 2)).rule()).isEqualTo("EQUAL_FOR_TWO");
        assertThat(List.of(PeerAttribution.divide(random(new SplittableRandom(1), 4)).explanation())).isNotEmpty();
    }
}
