package dev.coalition.network;

import static dev.coalition.testing.Examples.examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.coalition.core.Coalition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** Laws of the trust figures over random trust networks of 2 to 20 members. */
class TrustNetworkPropertiesTest {

    /** A valid coalition with random directed trust ties. */
    private static final Gen<Coalition> NETWORKS = in -> {
        int n = (int) in.next(Constraint.between(2, 20));
        int percent = (int) in.next(Constraint.between(0, 100));
        Coalition.Builder b = Coalition.builder("Random").formedOn(LocalDate.of(2024, 1, 1)).context(0.5, 0.5, 0.5, 0.5);
        for (int i = 0; i < n; i++) {
            List<String> trusts = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (i != j && in.next(Constraint.between(0, 99)) < percent) {
                    trusts.add("m" + j);
                }
            }
            b.member("m" + i, "Member " + i, "ngo", 1, trusts.toArray(String[]::new));
        }
        return b.build();
    };

    @Test
    void densityAndCentralizationLieBetweenZeroAndOne() {
        qt().withExamples(examples(300)).forAll(NETWORKS).checkAssert(c -> {
            TrustNetwork t = TrustNetwork.of(c);
            assertThat(t.density()).isBetween(0.0, 1.0);
            assertThat(t.centralization()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void theInDegreesAddUpToTheNumberOfTies() {
        qt().withExamples(examples(300)).forAll(NETWORKS).checkAssert(c -> {
            TrustNetwork t = TrustNetwork.of(c);
            int ties = c.members().stream().mapToInt(m -> m.trusts().size()).sum();
            assertThat(t.ties()).isEqualTo(ties);
            assertThat(t.inDegrees().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ties);
        });
    }

    @Test
    void theMostTrustedMemberHasTheHighestInDegreeAndTheSmallestIdAmongEquals() {
        qt().withExamples(examples(300)).forAll(NETWORKS).checkAssert(c -> {
            TrustNetwork t = TrustNetwork.of(c);
            int best = t.inDegree(t.mostTrusted());
            for (Map.Entry<String, Integer> e : t.inDegrees().entrySet()) {
                assertThat(e.getValue()).isLessThanOrEqualTo(best);
                if (e.getValue() == best) {
                    assertThat(e.getKey()).isGreaterThanOrEqualTo(t.mostTrusted());
                }
            }
        });
    }
}
