package dev.coalition.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import dev.coalition.governance.GovernanceContext;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Applying a membership change: what it adds and removes, and what it refuses. */
class MembershipTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    private static final GovernanceContext CALM = new GovernanceContext(0.5, 0.5, 0.5, 0.5);

    private static Coalition.Builder trio() {
        return Coalition.builder("Trio").formedOn(LocalDate.of(2024, 1, 1)).context(CALM)
                .member("a", "A", "firm", 1, "b", "c")
                .member("b", "B", "firm", 1, "a")
                .member("c", "C", "lab", 1, "a");
    }

    @Test
    void aCoalitionWithoutASteeringBodyKeepsHavingNoneAfterAnAdmission() {
        Coalition after = Membership.apply(trio().build(), MembershipChange.admit(DAY,
                Member.builder("d").name("D").category("lab").votingWeight(1).build(), List.of("c")));

        assertThat(after.hasSteeringBody()).isFalse();
        assertThat(after.member("c").orElseThrow().trusts()).containsExactly("a", "d");
    }

    @Test
    void theLastSteeringSeatLeavingLeavesNoSteeringBody() {
        Coalition after = Membership.apply(trio().steeringBody("b").build(), MembershipChange.depart(DAY, "b", null));

        assertThat(after.hasSteeringBody()).isFalse();
        assertThat(after.member("a").orElseThrow().trusts()).containsExactly("c");
    }

    @Test
    void aDepartureThatWouldLeaveOneMemberIsRefused() {
        Coalition pair = Coalition.builder("Pair").formedOn(LocalDate.of(2024, 1, 1)).context(CALM)
                .member("a", "A", "firm", 1).member("b", "B", "firm", 1).build();

        assertThat(Membership.violations(pair, MembershipChange.depart(DAY, "a", null), "m"))
                .extracting(Violation::path).containsExactly("m.member");
    }

    @Test
    void aNewcomerTrustingANonMemberOrTrustedByOneIsRefused() {
        Member newcomer = Member.builder("d").name("D").category("lab").votingWeight(1).trusts("zz").build();

        assertThat(Membership.violations(trio().build(), MembershipChange.admit(DAY, newcomer, List.of("a", "yy", "a")), "m"))
                .extracting(Violation::path).containsExactly("m.member.trusts[0]", "m.trustedBy[1]", "m.trustedBy[2]");
    }
}
