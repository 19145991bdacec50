package dev.coalition.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import dev.coalition.core.Coalition;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Trust figures checked against values computed by hand. */
class TrustNetworkTest {

    private static final double EPS = 1e-12;

    /** Members given as "id:trusted,trusted" in the order listed. */
    static Coalition coalition(String... members) {
        Coalition.Builder b = Coalition.builder("Network").formedOn(LocalDate.of(2024, 1, 1))
                .context(0.5, 0.5, 0.5, 0.5);
        for (String spec : members) {
            String[] parts = spec.split(":", -1);
            String[] trusts = parts.length < 2 || parts[1].isEmpty() ? new String[0] : parts[1].split(",");
            b.member(parts[0], "Org " + parts[0], "ngo", 1, trusts);
        }
        return b.build();
    }

    @Test
    void aStarWhereEveryoneTrustsTheHubIsFullyCentralized() {
        TrustNetwork star = TrustNetwork.of(coalition("hub:", "a:hub", "b:hub", "c:hub", "d:hub"));

        assertThat(star.size()).isEqualTo(5);
        assertThat(star.ties()).isEqualTo(4);
        assertThat(star.density()).isCloseTo(4.0 / 20, within(EPS));
        assertThat(star.inDegrees()).containsExactly(entry("hub", 4), entry("a", 0), entry("b", 0), entry("c", 0), entry("d", 0));
        assertThat(star.maxInDegree()).isEqualTo(4);
        // sum(max - d_i) = 4 * 4 = 16; (n - 1)^2 = 16
        assertThat(star.centralization()).isCloseTo(1.0, within(EPS));
        assertThat(star.mostTrusted()).isEqualTo("hub");
    }

    @Test
    void aCompleteNetworkHasDensityOneAndNoCentralization() {
        TrustNetwork complete = TrustNetwork.of(coalition("a:b,c,d", "b:a,c,d", "c:a,b,d", "d:a,b,c"));

        assertThat(complete.ties()).isEqualTo(12);
        assertThat(complete.density()).isCloseTo(1.0, within(EPS));
        assertThat(complete.inDegrees().values()).containsOnly(3);
        assertThat(complete.centralization()).isCloseTo(0.0, within(EPS));
    }

    @Test
    void aNetworkWithoutTiesHasDensityAndCentralizationZero() {
        TrustNetwork empty = TrustNetwork.of(coalition("c:", "a:", "b:"));

        assertThat(empty.ties()).isZero();
        assertThat(empty.density()).isZero();
        assertThat(empty.maxInDegree()).isZero();
        assertThat(empty.centralization()).isZero();
        assertThat(empty.mostTrusted()).as("all equal: the smallest id").isEqualTo("a");
    }

    @Test
    void anIrregularNetworkMatchesTheHandComputedFigures() {
        // a->b, c->b, d->c, b->a: in-degrees a=1, b=2, c=1, d=0
        TrustNetwork network = TrustNetwork.of(coalition("a:b", "b:a", "c:b", "d:c"));

        assertThat(network.ties()).isEqualTo(4);
        assertThat(network.density()).isCloseTo(4.0 / 12, within(EPS));
        assertThat(network.inDegrees()).containsExactly(entry("a", 1), entry("b", 2), entry("c", 1), entry("d", 0));
        assertThat(network.inDegree("b")).isEqualTo(2);
        // max = 2: (2-1) + (2-2) + (2-1) + (2-0) = 4; (n-1)^2 = 9
        assertThat(network.centralization()).isCloseTo(4.0 / 9, within(EPS));
        assertThat(network.mostTrusted()).isEqualTo("b");
    }

    @Test
    void aRingIsNotCentralized() {
        TrustNetwork ring = TrustNetwork.of(coalition("a:b", "b:c", "c:d", "d:e", "e:a"));

        assertThat(ring.density()).isCloseTo(5.0 / 20, within(EPS));
        assertThat(ring.centralization()).isZero();
    }

    @Test
    void twoMembersTrustingEachOtherHaveDensityOne() {
        TrustNetwork pair = TrustNetwork.of(coalition("x:y", "y:x"));

        assertThat(pair.density()).isEqualTo(1.0);
        assertThat(pair.centralization()).isZero();
        assertThat(pair.mostTrusted()).isEqualTo("x");
    }

    @Test
    void oneWayTrustBetweenTwoMembersIsFullyCentralized() {
        TrustNetwork pair = TrustNetwork.of(coalition("x:", "y:x"));

        assertThat(pair.density()).isEqualTo(0.5);
        assertThat(pair.centralization()).isEqualTo(1.0);
        assertThat(pair.mostTrusted()).isEqualTo("x");
    }

    @Test
    void theMostTrustedMemberAmongEqualsIsTheSmallerIdWhateverTheOrderListed() {
        TrustNetwork network = TrustNetwork.of(coalition("zeta:", "mid:zeta,alpha", "alpha:"));

        assertThat(network.inDegree("zeta")).isEqualTo(network.inDegree("alpha")).isEqualTo(1);
        assertThat(network.mostTrusted()).isEqualTo("alpha");
    }

    @Test
    void theIdTieBreakUsesStringOrderSoUpperCaseComesFirst() {
        TrustNetwork network = TrustNetwork.of(coalition("b:B", "B:b"));

        assertThat(network.mostTrusted()).isEqualTo("B");
    }

    @Test
    void aHigherInDegreeBeatsASmallerId() {
        TrustNetwork network = TrustNetwork.of(coalition("a:", "b:", "c:b", "d:b,a"));

        assertThat(network.mostTrusted()).isEqualTo("b");
        assertThat(network.maxInDegree()).isEqualTo(2);
    }

    @Test
    void theInDegreeOfAnUnknownMemberIsRefused() {
        TrustNetwork network = TrustNetwork.of(coalition("a:b", "b:"));

        assertThatThrownBy(() -> network.inDegree("x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("memberId: unknown member \"x\"");
    }

    @Test
    void theInDegreesCannotBeChanged() {
        TrustNetwork network = TrustNetwork.of(coalition("a:b", "b:"));

        assertThatThrownBy(() -> network.inDegrees().put("a", 9)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aCoalitionIsRequired() {
        assertThatThrownBy(() -> TrustNetwork.of(null)).isInstanceOf(NullPointerException.class);
    }
}
