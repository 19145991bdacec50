package dev.coalition.rules;

import static dev.coalition.rules.ConflictCases.AS_OF;
import static dev.coalition.rules.ConflictCases.FORMED;
import static dev.coalition.rules.ConflictCases.conflict;
import static dev.coalition.rules.ConflictCases.mediatorIds;
import static dev.coalition.rules.Explanations.ruleIds;
import static dev.coalition.rules.Explanations.steps;
import static dev.coalition.rules.ValueCases.withId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.conflict.ConflictType;
import dev.coalition.conflict.ExternalMediator;
import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.rules.ConflictCases.Draft;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ConflictAssessment;
import dev.coalition.rules.api.ConflictAssessment.MediatorAdvice;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * conflict-mediators.drl on the council ({@link ConflictCases#council()}): who is excluded (a
 * party, an ally of one side, a member once an outsider is required), who ranks higher (trusted
 * by every party, expertise in the primary type), the ranking, and NO_ELIGIBLE_MEDIATOR.
 */
class ConflictMediatorsTest {

    private static final Coalition COUNCIL = ConflictCases.council();

    private static CoalitionAdvisor advisor;
    /** conflict.mediator.expertiseMerit 3 (expertise outweighs trust) and conflict.externalFromStage 5. */
    private static CoalitionAdvisor moved;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
        moved = CoalitionAdvisor.builder().setting("conflict.mediator.expertiseMerit", 3)
                .setting("conflict.externalFromStage", 5).build();
    }

    @AfterAll
    static void close() {
        advisor.close();
        moved.close();
    }

    private static ConflictAssessment assess(Draft draft) {
        return advisor.assessConflict(COUNCIL, draft.build(), AS_OF);
    }

    /** The reasons the explanation gives for and against one candidate. */
    private static List<String> verdicts(ConflictAssessment a, String candidate) {
        return a.explanation().stream().filter(s -> candidate.equals(s.inputs().get("candidate")))
                .map(ExplanationStep::reason).toList();
    }

    private static MediatorAdvice mediator(ConflictAssessment a, String id) {
        return a.mediators().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    // --- the ranking ---

    @Test
    void inAGoalConflictTheCandidateTrustedByAllWithGoalExpertiseRanksFirst() {
        // merits: m 2 + 1, ext 1, proc 0, w 0, z 0 (ties by id)
        ConflictAssessment a = assess(conflict().subjects("strategy"));

        assertThat(a.mediators()).extracting(MediatorAdvice::id, MediatorAdvice::rank, MediatorAdvice::external).containsExactly(
                org.assertj.core.groups.Tuple.tuple("m", 1, false),
                org.assertj.core.groups.Tuple.tuple("ext", 2, true),
                org.assertj.core.groups.Tuple.tuple("proc", 3, true),
                org.assertj.core.groups.Tuple.tuple("w", 4, false),
                org.assertj.core.groups.Tuple.tuple("z", 5, false));
        assertThat(mediator(a, "m").reasons()).containsExactly("\"m\" is not a party and is allied with no side.",
                "Every party trusts \"m\".", "\"m\" has expertise in GOAL conflicts, the primary type.");
        assertThat(mediator(a, "ext").reasons()).containsExactly(
                "\"ext\" is an external professional, not a party and allied with no side.",
                "\"ext\" has expertise in GOAL conflicts, the primary type.");
        assertThat(mediator(a, "w").reasons()).containsExactly("\"w\" is not a party and is allied with no side.");
        assertThat(withId(a.findings(), "NO_ELIGIBLE_MEDIATOR")).isEmpty();
        assertThat(steps(a.explanation(), "conflict.mediator.eligible")).extracting(s -> s.inputs().get("candidate"))
                .as("parties and allies are not eligible").containsExactlyInAnyOrder("m", "ext", "proc", "w", "z");
    }

    @Test
    void inAProcessConflictTheProcessExpertsRankHigher() {
        // merits: m 2, proc 1, z 1, ext 0, w 0
        assertThat(mediatorIds(assess(conflict().subjects("roles")))).containsExactly("m", "proc", "z", "ext", "w");
    }

    @Test
    void equallyRankedCandidatesAreOrderedById() {
        // in a relationship conflict nobody has the expertise: m 2, then ext, proc, w, z with 0
        assertThat(mediatorIds(assess(conflict().subjects("trust")))).containsExactly("m", "ext", "proc", "w", "z");
    }

    @Test
    void beingTrustedByEveryPartyOutweighsExpertise() {
        // The default merits (trust 2, expertise 1) rank a candidate both parties trust above an expert
        // they do not, whatever the ids: "arb", a process expert, would come first on a tie by id. At
        // equal merits the parties' trust would no longer decide who mediates.
        Coalition council = ConflictCases.councilBuilder()
                .externalMediator(new ExternalMediator("arb", Set.of(ConflictType.PROCESS))).build();

        ConflictAssessment a = advisor.assessConflict(council, conflict().subjects("roles").build(), AS_OF);

        // merits: m 2, arb 1, proc 1, z 1, ext 0, w 0
        assertThat(mediatorIds(a)).containsExactly("m", "arb", "proc", "z", "ext", "w");
        assertThat(steps(a.explanation(), "conflict.mediator.expertise")).extracting(s -> s.inputs().get("merit"))
                .containsOnly(1);
    }

    @Test
    void theMeritsAreSettings() {
        // expertise 3 outweighs trust 2: proc 3, z 3, m 2 in a process conflict
        ConflictAssessment a = moved.assessConflict(COUNCIL, conflict().subjects("roles").build(), AS_OF);

        assertThat(mediatorIds(a)).containsExactly("proc", "z", "m", "ext", "w");
        assertThat(steps(a.explanation(), "conflict.mediator.expertise")).extracting(s -> s.inputs().get("merit"))
                .containsOnly(3);
    }

    // --- exclusions ---

    @Test
    void aPartyCannotMediateItsOwnConflict() {
        ConflictAssessment a = assess(conflict());

        assertThat(mediatorIds(a)).doesNotContain("a", "b");
        assertThat(verdicts(a, "a")).containsExactly("\"a\" is a party to the conflict.");
        assertThat(steps(a.explanation(), "conflict.mediator.party")).extracting(s -> s.inputs().get("candidate"))
                .containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aMemberThatOnlyOneSideTrustsIsAnAlly() {
        ConflictAssessment a = assess(conflict());

        assertThat(mediatorIds(a)).doesNotContain("x");
        assertThat(verdicts(a, "x")).containsExactly(
                "\"x\" has trust ties with 1 of the 2 parties but none with the others: it is an ally of one side.");
    }

    @Test
    void aMemberThatTrustsOnlyOneSideIsAnAlly() {
        ConflictAssessment a = assess(conflict());

        assertThat(mediatorIds(a)).doesNotContain("y");
        assertThat(verdicts(a, "y")).containsExactly(
                "\"y\" has trust ties with 1 of the 2 parties but none with the others: it is an ally of one side.");
    }

    @Test
    void aMemberTiedToBothSidesOrToNeitherIsNoAlly() {
        ConflictAssessment a = assess(conflict());

        assertThat(mediatorIds(a)).contains("w", "z");
        assertThat(steps(a.explanation(), "conflict.mediator.ally")).extracting(s -> s.inputs().get("candidate"))
                .containsExactlyInAnyOrder("x", "y");
    }

    @Test
    void theSameMemberIsAnAllyInOneConflictAndNotInAnother() {
        // y trusts b only: an ally against a, but neutral between a and m (tied with neither)
        ConflictAssessment a = assess(conflict().parties("a", "m"));

        assertThat(mediatorIds(a)).contains("y");
        assertThat(mediatorIds(a)).doesNotContain("b"); // b trusts m and not a: an ally of m
    }

    @Test
    void withThreePartiesAMemberTiedToTwoOfThemIsAnAlly() {
        // w trusts a and b, not x
        ConflictAssessment a = assess(conflict().parties("a", "b", "x"));

        assertThat(mediatorIds(a)).doesNotContain("w");
        assertThat(verdicts(a, "w")).containsExactly(
                "\"w\" has trust ties with 2 of the 3 parties but none with the others: it is an ally of one side.");
    }

    @Test
    void fromStageFourMembersCannotMediateButExternalsCan() {
        ConflictAssessment a = assess(conflict().stage(4));

        assertThat(mediatorIds(a)).containsExactly("ext", "proc");
        assertThat(a.mediators()).allSatisfy(m -> assertThat(m.external()).isTrue());
        assertThat(verdicts(a, "m")).contains("\"m\" is a member, and the conflict's stage requires an external facilitator.");
        assertThat(steps(a.explanation(), "conflict.mediator.member-too-close")).extracting(s -> s.inputs().get("candidate"))
                .containsExactlyInAnyOrder("m", "x", "y", "w", "z");
        assertThat(ruleIds(a.explanation())).doesNotContain("conflict.finding.no-eligible-mediator");
    }

    @Test
    void atStageThreeMembersCanStillMediate() {
        ConflictAssessment a = assess(conflict().stage(3));

        assertThat(mediatorIds(a)).containsExactly("m", "ext", "proc", "w", "z");
        assertThat(ruleIds(a.explanation())).doesNotContain("conflict.mediator.member-too-close");
    }

    @Test
    void theStageFromWhichMembersAreTooCloseIsASetting() {
        assertThat(mediatorIds(moved.assessConflict(COUNCIL, conflict().stage(4).build(), AS_OF))).contains("m");
        assertThat(mediatorIds(moved.assessConflict(COUNCIL, conflict().stage(5).build(), AS_OF))).containsExactly("ext", "proc");
    }

    // --- merits ---

    @Test
    void beingTrustedByEveryPartyIsAMerit() {
        ConflictAssessment a = assess(conflict().subjects("trust"));

        assertThat(steps(a.explanation(), "conflict.mediator.trusted-by-all")).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo("Every party trusts \"m\".");
            assertThat(s.inputs()).containsEntry("kind", "MERIT").containsEntry("merit", 2);
        });
    }

    @Test
    void trustingEveryPartyIsNoMerit() {
        // w trusts a and b, but neither trusts w
        assertThat(verdicts(assess(conflict()), "w")).containsExactly("\"w\" is not a party and is allied with no side.");
    }

    @Test
    void expertiseInTheSecondaryTypeIsNoMerit() {
        // GOAL primary (strategy, scope), PROCESS secondary (roles): z and proc have no merit
        ConflictAssessment a = assess(conflict().subjects("strategy", "scope", "roles"));

        assertThat(steps(a.explanation(), "conflict.mediator.expertise")).extracting(s -> s.inputs().get("candidate"))
                .containsExactlyInAnyOrder("m", "ext");
        assertThat(mediatorIds(a)).containsExactly("m", "ext", "proc", "w", "z");
    }

    @Test
    void anExcludedCandidateIsNotRankedWhateverItsMerits() {
        // at stage 4, m is trusted by all and has GOAL expertise, but is a member
        ConflictAssessment a = assess(conflict().stage(4));

        assertThat(verdicts(a, "m")).contains("Every party trusts \"m\".");
        assertThat(mediatorIds(a)).doesNotContain("m");
    }

    // --- nobody eligible ---

    /** Parties a and b, and m whom both trust and who trusts both; no external mediator. */
    private static Coalition withoutExternals() {
        return Coalition.builder("Council").formedOn(FORMED)
                .member("a", "Alpha", "firm", 2, "m")
                .member("b", "Bravo", "firm", 2, "m")
                .member(Member.builder("m").name("M").category("ngo").votingWeight(1).trusts("a", "b"))
                .context(ConflictCases.CALM).build();
    }

    @Test
    void withoutExternalMediatorsAnEscalatedConflictHasNobodyToMediate() {
        ConflictAssessment a = advisor.assessConflict(withoutExternals(), conflict().stage(4).build(), AS_OF);

        assertThat(a.mediators()).isEmpty();
        assertThat(verdicts(a, "m")).contains("\"m\" is a member, and the conflict's stage requires an external facilitator.");
    }

    @Test
    void withoutExternalMediatorsAnEscalatedConflictRaisesNoEligibleMediator() {
        ConflictAssessment a = advisor.assessConflict(withoutExternals(), conflict().stage(4).build(), AS_OF);

        assertThat(a.mediators()).isEmpty();
        assertThat(withId(a.findings(), "NO_ELIGIBLE_MEDIATOR")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.subject()).isEqualTo("mediators");
            assertThat(f.reason()).isEqualTo("No member or named external mediator can mediate this conflict (at stage 4 only "
                    + "an external professional may): name an external professional mediator for the coalition.");
        });
        assertThat(steps(a.explanation(), "conflict.finding.no-eligible-mediator")).hasSize(1);
    }

    @Test
    void fromStageFourTheExplanationNeverCallsAMemberEligible() {
        ConflictAssessment a = assess(conflict().stage(4));

        assertThat(steps(a.explanation(), "conflict.mediator.eligible")).extracting(s -> s.inputs().get("candidate"))
                .containsExactlyInAnyOrder("ext", "proc");
    }

    @Test
    void atStageThreeTheMemberBothSidesTrustCanMediate() {
        ConflictAssessment calmer = advisor.assessConflict(withoutExternals(), conflict().stage(3).build(), AS_OF);

        assertThat(mediatorIds(calmer)).containsExactly("m");
        assertThat(calmer.findings()).isEmpty();
        assertThat(ruleIds(calmer.explanation())).doesNotContain("conflict.finding.no-eligible-mediator");
    }

    @Test
    void aCoalitionOfTwoHasNobodyToMediateUnlessItNamesAnOutsider() {
        ConflictAssessment alone = advisor.assessConflict(ConflictCases.pair(), conflict().build(), AS_OF);

        assertThat(alone.mediators()).isEmpty();
        assertThat(withId(alone.findings(), "NO_ELIGIBLE_MEDIATOR")).hasSize(1);

        Coalition withOutsider = Coalition.builder("Pair").formedOn(FORMED)
                .member("a", "Alpha", "firm", 1, "b").member("b", "Bravo", "firm", 1, "a")
                .externalMediator(new ExternalMediator("ombud", Set.of(ConflictType.RELATIONSHIP)))
                .context(ConflictCases.CALM).build();
        ConflictAssessment helped = advisor.assessConflict(withOutsider, conflict().build(), AS_OF);
        assertThat(mediatorIds(helped)).containsExactly("ombud");
        assertThat(helped.findings()).isEmpty();
    }

    @Test
    void allAlliesAndNoOutsiderLeaveNobodyEligible() {
        Coalition camps = Coalition.builder("Camps").formedOn(FORMED)
                .member("a", "Alpha", "firm", 1, "c")
                .member("b", "Bravo", "firm", 1, "d")
                .member("c", "Charlie", "firm", 1)
                .member("d", "Delta", "firm", 1)
                .context(ConflictCases.CALM).build();

        ConflictAssessment a = advisor.assessConflict(camps, conflict().build(), AS_OF);

        assertThat(a.mediators()).isEmpty();
        assertThat(withId(a.findings(), "NO_ELIGIBLE_MEDIATOR")).hasSize(1);
    }
}
