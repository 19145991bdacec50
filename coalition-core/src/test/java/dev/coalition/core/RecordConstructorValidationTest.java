package dev.coalition.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.governance.GovernanceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records refuse invalid values themselves, with an {@link InvalidCoalitionException}
 * carrying the same messages as the builders' {@code violations()}, so that no invalid coalition
 * can exist however it is made.
 */
class RecordConstructorValidationTest {

    private static final MemberCategory NGO = MemberCategory.of("ngo");
    private static final GovernanceContext CALM = new GovernanceContext(0.2, 0.5, 0.5, 0.5);
    private static final LocalDate FORMED = LocalDate.of(2024, 1, 15);

    private static Member member(String id, String... trusts) {
        return new Member(id, "Member " + id, NGO, 1, List.of(trusts));
    }

    private static List<Violation> violationsOf(Runnable construction) {
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class, construction::run);
        assertThat(e).as("an InvalidCoalitionException").isNotNull();
        return e.violations();
    }

    private static Violation v(String path, String message) {
        return new Violation(path, message);
    }

    @Test
    void aMemberWithAnInvalidIdIsRefused() {
        assertThat(violationsOf(() -> new Member("bad id", "Alpha", NGO, 1, List.of())))
                .containsExactly(v("id", "\"bad id\" is not a valid id: use 1 to 64 letters, digits, '_' or '-'"));
    }

    @Test
    void aMemberWithABlankNameIsRefused() {
        assertThat(violationsOf(() -> new Member("a", " ", NGO, 1, List.of())))
                .containsExactly(v("name", "must not be blank: give the member's name"));
    }

    @Test
    void aMemberWithoutCategoryIsRefused() {
        assertThat(violationsOf(() -> new Member("a", "Alpha", null, 1, List.of())))
                .containsExactly(v("category", "is required: give the member's category, e.g. \"hospital\""));
    }

    @Test
    void aMemberWithANegativeVotingWeightIsRefused() {
        assertThat(violationsOf(() -> new Member("a", "Alpha", NGO, -1, List.of())))
                .containsExactly(v("votingWeight", "-1 is negative; a voting weight is an integer >= 0"));
    }

    @Test
    void aMemberTrustingItselfOrTheSameMemberTwiceIsRefused() {
        assertThat(violationsOf(() -> new Member("a", "Alpha", NGO, 1, List.of("a", "b", "b")))).containsExactly(
                v("trusts[0]", "a member cannot trust itself (\"a\")"),
                v("trusts[2]", "\"b\" is repeated (also trusts[1])"));
    }

    @Test
    void aMemberWithANullTrustIsRefused() {
        assertThat(violationsOf(() -> new Member("a", "Alpha", NGO, 1, java.util.Arrays.asList("b", null))))
                .containsExactly(v("trusts[1]", "is null; give a member id"));
    }

    @Test
    void aCoalitionWithANullSteeringBodySeatIsRefused() {
        List<Member> members = List.of(member("a"), member("b"));

        assertThat(violationsOf(() -> new Coalition("C", FORMED, members, java.util.Arrays.asList("a", null), CALM)))
                .containsExactly(v("steeringBody[1]", "is null; give a member id"));
    }

    @Test
    void aMemberWithoutTrustListIsRefused() {
        assertThat(violationsOf(() -> new Member("a", "Alpha", NGO, 1, null)))
                .containsExactly(v("trusts", "is required: list the ids of the members this one trusts, or []"));
    }

    @Test
    void aMemberReportsAllItsProblemsInTheExceptionMessage() {
        assertThatThrownBy(() -> new Member("", "", NGO, -2, List.of()))
                .isInstanceOf(InvalidCoalitionException.class)
                .hasMessage("id: \"\" is not a valid id: use 1 to 64 letters, digits, '_' or '-'; "
                        + "name: must not be blank: give the member's name; "
                        + "votingWeight: -2 is negative; a voting weight is an integer >= 0");
    }

    @Test
    void aMembersTrustListIsACopyThatCannotBeChanged() {
        List<String> trusts = new ArrayList<>(List.of("b"));
        Member m = new Member("a", "Alpha", NGO, 1, trusts);
        trusts.add("c");

        assertThat(m.trusts()).containsExactly("b");
        assertThat(m.trusts("b")).isTrue();
        assertThat(m.trusts("c")).isFalse();
        assertThatThrownBy(() -> m.trusts().add("d")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aBlankCategoryIsRefused() {
        assertThat(violationsOf(() -> new MemberCategory(" ")))
                .containsExactly(v("category", "must not be blank: give the member's category, e.g. \"hospital\""));
    }

    @Test
    void aCategoryWithSurroundingWhitespaceIsRefused() {
        assertThat(violationsOf(() -> MemberCategory.of("hospital ")))
                .containsExactly(v("category", "\"hospital \" has leading or trailing whitespace; remove it"));
    }

    @Test
    void categoriesAreCaseSensitive() {
        assertThat(MemberCategory.of("SME")).isNotEqualTo(MemberCategory.of("sme"));
        assertThat(MemberCategory.of("SME")).isEqualTo(new MemberCategory("SME")).hasToString("SME");
    }

    @Test
    void aContextFigureOutside0To1IsRefusedWithItsName() {
        assertThat(violationsOf(() -> new GovernanceContext(1.5, 0.5, 0.5, 0.5)))
                .containsExactly(v("decisionUrgency", "1.5 is outside 0..1"));
    }

    @Test
    void everyContextFigureOutsideTheRangeIsReported() {
        assertThat(violationsOf(() -> new GovernanceContext(0.5, -0.1, 1.01, Double.NaN))).containsExactly(
                v("strategicStability", "-0.1 is outside 0..1"),
                v("goalConsensus", "1.01 is outside 0..1"),
                v("networkCompetencyNeed", "NaN is outside 0..1"));
    }

    @Test
    void aContextAtTheEdgesOfTheRangeIsAccepted() {
        GovernanceContext edges = new GovernanceContext(0.0, 1.0, 0.0, 1.0);

        assertThat(edges.decisionUrgency()).isZero();
        assertThat(edges.strategicStability()).isEqualTo(1.0);
    }

    @Test
    void aCoalitionOfOneMemberIsRefused() {
        assertThat(violationsOf(() -> new Coalition("Solo", FORMED, List.of(member("a")), null, CALM)))
                .containsExactly(v("members", "has 1 member; a coalition needs at least 2"));
    }

    @Test
    void aCoalitionWithTrustInAnUnknownMemberIsRefusedWithTheDocumentPath() {
        List<Member> members = List.of(member("a"), member("b"), member("c"), member("d", "x"));

        assertThatThrownBy(() -> new Coalition("C", FORMED, members, null, CALM))
                .isInstanceOf(InvalidCoalitionException.class)
                .hasMessage("members[3].trusts[0]: unknown member \"x\"");
    }

    @Test
    void aCoalitionWithDuplicateMemberIdsIsRefused() {
        assertThat(violationsOf(() -> new Coalition("C", FORMED, List.of(member("a"), member("a")), null, CALM)))
                .containsExactly(v("members[1].id", "duplicate id \"a\" (also members[0])"));
    }

    @Test
    void aCoalitionWithAnUnknownOrRepeatedSteeringBodySeatIsRefused() {
        List<Member> members = List.of(member("a"), member("b"));

        assertThat(violationsOf(() -> new Coalition("C", FORMED, members, List.of("a", "x", "a"), CALM))).containsExactly(
                v("steeringBody[1]", "unknown member \"x\""),
                v("steeringBody[2]", "\"a\" is repeated (also steeringBody[0])"));
    }

    @Test
    void aCoalitionWithoutNameDateOrContextIsRefusedWithEveryProblem() {
        List<Member> members = List.of(member("a"), member("b"));

        assertThat(violationsOf(() -> new Coalition(" ", null, members, null, null))).containsExactly(
                v("name", "must not be blank: give the coalition's name"),
                v("formedOn", "is required: give the date the coalition was formed, as YYYY-MM-DD"),
                v("context", "is required: give decisionUrgency, strategicStability, goalConsensus, networkCompetencyNeed"));
    }

    @Test
    void aCoalitionWithoutMembersIsRefused() {
        assertThat(violationsOf(() -> new Coalition("C", FORMED, null, null, CALM)))
                .containsExactly(v("members", "is required: list at least 2 members"));
    }

    @Test
    void aValidCoalitionHoldsImmutableCopiesOfItsLists() {
        List<Member> members = new ArrayList<>(List.of(member("a", "b"), member("b")));
        List<String> seats = new ArrayList<>(List.of("a"));
        Coalition coalition = new Coalition("C", FORMED, members, seats, CALM);
        members.add(member("c"));
        seats.add("b");

        assertThat(coalition.size()).isEqualTo(2);
        assertThat(coalition.steeringBody()).containsExactly("a");
        assertThatThrownBy(() -> coalition.members().add(member("c"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> coalition.steeringBody().add("b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNullSteeringBodyMeansNone() {
        Coalition coalition = new Coalition("C", FORMED, List.of(member("a"), member("b")), null, CALM);

        assertThat(coalition.hasSteeringBody()).isFalse();
        assertThat(coalition.steeringBody()).isEmpty();
    }

    @Test
    void aCoalitionBuiltByTheBuilderEqualsOneBuiltByTheConstructor() {
        Coalition byBuilder = Coalition.builder("C").formedOn(FORMED)
                .member("a", "Member a", "ngo", 1, "b")
                .member("b", "Member b", "ngo", 1)
                .context(CALM)
                .build();
        Coalition byConstructor = new Coalition("C", FORMED, List.of(member("a", "b"), member("b")), List.of(), CALM);

        assertThat(byBuilder).isEqualTo(byConstructor);
        assertThat(byBuilder.membersById().keySet()).containsExactly("a", "b");
    }
}
