package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.assessment.PairFit;
import dev.coalition.conflict.Conflict;
import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import dev.coalition.lifecycle.MembershipChange;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.MembershipAdvice;
import dev.coalition.rules.api.MembershipOptions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Membership changes through the facade: admission and departure applied in order, governance and
 * voting power recomputed before and after, the differences, a departure through a conflict's
 * divergence plan, a newcomer's compatibility, and the input errors.
 */
class MembershipChangesTest {

    private static CoalitionAdvisor advisor;

    /** The council: a, b (weight 2), m, x, y, w, z (weight 1), steering body a and m, formed 2023-01-01. */
    private static final Coalition COUNCIL = ConflictCases.council();
    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    private static final Member NEWCO = Member.builder("n").name("Newco").category("firm").votingWeight(3).trusts("a").build();

    @BeforeAll
    static void build() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static List<MembershipAdvice> change(MembershipOptions options, MembershipChange... changes) {
        return advisor.changeMembership(COUNCIL, List.of(changes), options);
    }

    @Test
    void anAdmissionAddsTheMemberAndTheTiesOfThoseWhoTrustIt() {
        MembershipAdvice advice = change(MembershipOptions.none(), MembershipChange.admit(DAY, NEWCO, List.of("b", "x"))).get(0);

        Coalition after = advice.coalitionAfter();
        assertThat(after.size()).isEqualTo(COUNCIL.size() + 1);
        assertThat(after.member("n")).hasValue(NEWCO);
        assertThat(after.member("b").orElseThrow().trusts()).endsWith("n");
        assertThat(after.member("x").orElseThrow().trusts()).containsExactly("n");
        assertThat(after.member("y").orElseThrow().trusts()).doesNotContain("n");
        assertThat(advice.governanceBefore()).isEqualTo(advisor.recommendGovernance(COUNCIL));
        assertThat(advice.governanceAfter()).isEqualTo(advisor.recommendGovernance(after));
        assertThat(advice.differences().get(0)).startsWith("The recommended governance mode ");
        assertThat(advice.votingPowerBefore()).isNull();
    }

    @Test
    void aDepartureRemovesTheMemberEveryTieToItAndItsSeat() {
        Coalition after = change(MembershipOptions.none(), MembershipChange.depart(DAY, "m", null)).get(0).coalitionAfter();

        assertThat(after.member("m")).isEmpty();
        assertThat(after.members()).allSatisfy(member -> assertThat(member.trusts()).doesNotContain("m"));
        assertThat(after.steeringBody()).containsExactly("a");
    }

    @Test
    void changesApplyInOrderEachToTheCoalitionTheLastOneLeft() {
        List<MembershipAdvice> advice = change(MembershipOptions.none(), MembershipChange.admit(DAY, NEWCO, List.of()),
                MembershipChange.depart(DAY.plusDays(1), "n", null));

        assertThat(advice.get(1).governanceBefore()).isEqualTo(advice.get(0).governanceAfter());
        assertThat(advice.get(1).coalitionAfter()).isEqualTo(COUNCIL);
    }

    @Test
    void votingPowerIsComparedBeforeAndAfterWithTheQuota() {
        MembershipAdvice advice = change(MembershipOptions.none().withQuota(7), MembershipChange.admit(DAY, NEWCO, List.of())).get(0);

        assertThat(advice.votingPowerBefore().power().banzhaf()).doesNotContainKey("n");
        assertThat(advice.votingPowerAfter().power().banzhaf()).containsKey("n");
        assertThat(advice.differences()).anySatisfy(d -> assertThat(d).startsWith("n joins the vote with Banzhaf "));
        assertThat(advice.differences()).anySatisfy(d -> assertThat(d).startsWith("a's voting power changes: Banzhaf "));
    }

    @Test
    void aQuotaThatNoLongerFitsTheWeightsIsSaidNotThrown() {
        MembershipAdvice advice = change(MembershipOptions.none().withQuota(9), MembershipChange.depart(DAY, "a", null)).get(0);

        assertThat(advice.votingPowerAfter()).isNull();
        assertThat(advice.differences()).anySatisfy(d -> assertThat(d).startsWith("Voting power after the change is not computed: "));
    }

    @Test
    void aDepartureThroughAnIrreconcilableConflictFollowsItsDivergencePlan() {
        Conflict conflict = ConflictCases.conflict().irreconcilable().build();
        String leaving = advisor.assessConflict(COUNCIL, conflict, DAY).divergence().leaving();
        MembershipAdvice advice = change(MembershipOptions.none().withConflicts(List.of(conflict)),
                MembershipChange.depart(DAY, leaving, conflict.id())).get(0);

        assertThat(advice.coalitionAfter().member(leaving)).isEmpty();
        String other = leaving.equals("a") ? "b" : "a";
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class, () -> change(
                MembershipOptions.none().withConflicts(List.of(conflict)), MembershipChange.depart(DAY, other, conflict.id())));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("membershipChanges[0].member");
    }

    @Test
    void aDepartureThroughAConflictThatIsNotIrreconcilableIsRefused() {
        Conflict conflict = ConflictCases.conflict().build();
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class, () -> change(
                MembershipOptions.none().withConflicts(List.of(conflict)), MembershipChange.depart(DAY, "a", conflict.id())));

        assertThat(e.violations()).extracting(Violation::toString).singleElement().asString()
                .startsWith("membershipChanges[0].conflict: conflict \"c1\" is not irreconcilable on 2024-06-01");
    }

    @Test
    void aNewcomerWithAProfileIsAssessedAgainstTheMembersWithOne() {
        MembershipAdvice advice = change(MembershipOptions.none().withProfiles(List.of(AssessmentCases.candidate("n"),
                AssessmentCases.candidate("a"), AssessmentCases.candidate("b"), AssessmentCases.candidate("stranger"))),
                MembershipChange.admit(DAY, NEWCO, List.of())).get(0);

        assertThat(advice.compatibility()).extracting(PairFit::a, PairFit::b)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a", "n"), org.assertj.core.groups.Tuple.tuple("b", "n"));
    }

    @Test
    void aProfileWithoutAnIdIsRefusedWithItsPathNotANullPointerException() {
        dev.coalition.assessment.Candidate nameless = new dev.coalition.assessment.Candidate(null, "Nameless",
                AssessmentCases.candidate("a").scale(), AssessmentCases.candidate("a").scores(), List.of(), List.of(), List.of());

        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class, () -> change(
                MembershipOptions.none().withProfiles(List.of(AssessmentCases.candidate("n"), nameless)),
                MembershipChange.admit(DAY, NEWCO, List.of())));

        assertThat(e.violations()).extracting(Violation::toString)
                .containsExactly("profiles[1].id: is missing: give each candidate a unique id");
    }

    @Test
    void admittingAMemberTwiceOrDepartingANonMemberIsRefusedWithItsPath() {
        Member again = Member.builder("a").name("Alpha again").category("firm").votingWeight(1).build();

        assertThat(catchThrowableOfType(InvalidCoalitionException.class,
                () -> change(MembershipOptions.none(), MembershipChange.admit(DAY, again, List.of()))).violations())
                .extracting(Violation::path).containsExactly("membershipChanges[0].member.id");
        assertThat(catchThrowableOfType(InvalidCoalitionException.class,
                () -> change(MembershipOptions.none(), MembershipChange.depart(DAY, "nobody", null))).violations())
                .extracting(Violation::path).containsExactly("membershipChanges[0].member");
    }

    @Test
    void changesOutOfDateOrderAreRefused() {
        assertThat(catchThrowableOfType(InvalidCoalitionException.class, () -> change(MembershipOptions.none(),
                MembershipChange.depart(DAY, "x", null), MembershipChange.depart(DAY.minusDays(1), "y", null))).violations())
                .extracting(Violation::path).containsExactly("membershipChanges[1].on");
    }

    @Test
    void aDepartureThroughAConflictUsesTheConflictItNames() {
        Conflict calm = ConflictCases.conflict().build();
        Conflict irreconcilable = ConflictCases.conflict().id("c2").irreconcilable().build();
        String leaving = advisor.assessConflict(COUNCIL, irreconcilable, DAY).divergence().leaving();

        MembershipAdvice advice = change(MembershipOptions.none().withConflicts(List.of(calm, irreconcilable)),
                MembershipChange.depart(DAY, leaving, "c2")).get(0);

        assertThat(advice.coalitionAfter().member(leaving)).isEmpty();
    }

    @Test
    void compatibilityNeedsTheNewcomersProfileAndAtLeastOneMembersProfile() {
        MembershipChange admit = MembershipChange.admit(DAY, NEWCO, List.of());

        assertThat(change(MembershipOptions.none().withProfiles(List.of(AssessmentCases.candidate("n"))), admit).get(0)
                .compatibility()).isEmpty();
        assertThat(change(MembershipOptions.none().withProfiles(List.of(AssessmentCases.candidate("a"),
                AssessmentCases.candidate("b"))), admit).get(0).compatibility()).isEmpty();
        assertThat(change(MembershipOptions.none().withProfiles(List.of(AssessmentCases.candidate("n"),
                AssessmentCases.candidate("a"))), admit).get(0).compatibility()).hasSize(1);
    }

    @Test
    void missingArgumentsAreNamed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> advisor.changeMembership(COUNCIL, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("options: is null; ");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> advisor.changeMembership(COUNCIL, null, MembershipOptions.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("changes: is null; ");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> advisor.reviewLifecycle(COUNCIL, null, DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("lifecycle: is null; ");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> advisor.reviewLifecycle(COUNCIL,
                dev.coalition.lifecycle.Lifecycle.builder().build(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("asOf: is null; ");
    }

    @Test
    void aDepartingMemberLeavesTheVote() {
        MembershipAdvice advice = change(MembershipOptions.none().withQuota(5), MembershipChange.depart(DAY, "z", null)).get(0);

        assertThat(advice.differences()).anySatisfy(d -> assertThat(d).startsWith("z leaves the vote (Banzhaf "));
        assertThat(advice.votingPowerAfter().power().banzhaf()).doesNotContainKey("z");
    }
}
