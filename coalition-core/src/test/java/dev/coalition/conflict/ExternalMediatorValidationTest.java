package dev.coalition.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Member;
import dev.coalition.core.MemberCategory;
import dev.coalition.core.Violation;
import dev.coalition.governance.GovernanceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The mediation parts of a coalition: members' expertise and the external mediators it names,
 * whose ids must not be member ids and must not repeat, through the builder and the record
 * constructor alike.
 */
class ExternalMediatorValidationTest {

    private static final GovernanceContext CONTEXT = new GovernanceContext(0.5, 0.5, 0.5, 0.5);

    private static Coalition.Builder pair() {
        return Coalition.builder("Pair").formedOn(LocalDate.of(2024, 1, 1))
                .member("a", "Alpha", "firm", 1, "b")
                .member("b", "Bravo", "ngo", 1)
                .context(CONTEXT);
    }

    private static ExternalMediator mediator(String id, ConflictType... expertise) {
        return new ExternalMediator(id, expertise.length == 0 ? Set.of() : EnumSet.copyOf(List.of(expertise)));
    }

    private static List<Member> members() {
        return List.of(new Member("a", "Alpha", new MemberCategory("firm"), 1, List.of("b")),
                new Member("b", "Bravo", new MemberCategory("ngo"), 1, List.of()));
    }

    private static Violation v(String path, String message) {
        return new Violation(path, message);
    }

    @Test
    void aCoalitionNamesExternalMediatorsWithTheirExpertise() {
        Coalition c = pair().externalMediator(mediator("ext", ConflictType.PROCESS, ConflictType.GOAL)).build();

        assertThat(c.externalMediators()).extracting(ExternalMediator::id).containsExactly("ext");
        assertThat(c.externalMediators().get(0).expertise()).containsExactlyInAnyOrder(ConflictType.GOAL, ConflictType.PROCESS);
        assertThat(pair().build().externalMediators()).isEmpty();
    }

    @Test
    void anExternalMediatorWhoseIdIsAMemberIsRefused() {
        Coalition.Builder builder = pair().externalMediator(mediator("b"));

        assertThat(builder.violations()).containsExactly(
                v("externalMediators[0].id", "\"b\" is a member; an external mediator comes from outside the coalition"));
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class,
                () -> new Coalition("Pair", LocalDate.of(2024, 1, 1), members(), List.of(), CONTEXT, List.of(mediator("b"))));
        assertThat(e.violations()).isEqualTo(builder.violations());
    }

    @Test
    void aRepeatedExternalMediatorIsRefused() {
        Coalition.Builder builder = pair().externalMediator(mediator("ext", ConflictType.GOAL))
                .externalMediator(mediator("other")).externalMediator(mediator("ext", ConflictType.PROCESS));

        assertThat(builder.violations()).containsExactly(
                v("externalMediators[2].id", "\"ext\" is repeated (also externalMediators[0])"));
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class,
                () -> new Coalition("Pair", LocalDate.of(2024, 1, 1), members(), List.of(), CONTEXT,
                        List.of(mediator("ext"), mediator("other"), mediator("ext"))));
        assertThat(e.violations()).isEqualTo(builder.violations());
    }

    @Test
    void distinctExternalMediatorsFromOutsideAreAccepted() {
        assertThat(pair().externalMediator(mediator("ext")).externalMediator(mediator("other")).violations()).isEmpty();
    }

    @Test
    void aNullExternalMediatorIsRefused() {
        assertThat(pair().externalMediator(null).violations())
                .containsExactly(v("externalMediators[0]", "is null; give a mediator"));
    }

    @Test
    void anExternalMediatorNeedsAValidId() {
        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class, () -> mediator("no good"));

        assertThat(e.violations()).containsExactly(
                v("id", "\"no good\" is not a valid id: use 1 to 64 letters, digits, '_' or '-'"));
    }

    @Test
    void mediatorProblemsAreReportedWithTheCoalitionsOtherProblems() {
        Coalition.Builder builder = pair().name(" ").externalMediator(mediator("a"));

        assertThat(builder.violations()).containsExactly(
                v("name", "must not be blank: give the coalition's name"),
                v("externalMediators[0].id", "\"a\" is a member; an external mediator comes from outside the coalition"));
    }

    @Test
    void aMembersExpertiseIsKeptAndDefaultsToNone() {
        Coalition c = Coalition.builder("Pair").formedOn(LocalDate.of(2024, 1, 1))
                .member(Member.builder("a").name("Alpha").category("firm").votingWeight(1)
                        .expertise(Set.of(ConflictType.RELATIONSHIP, ConflictType.GOAL)))
                .member("b", "Bravo", "ngo", 1)
                .context(CONTEXT).build();

        assertThat(c.member("a").orElseThrow().expertise()).containsExactlyInAnyOrder(ConflictType.GOAL, ConflictType.RELATIONSHIP);
        assertThat(c.member("b").orElseThrow().expertise()).isEmpty();
        assertThat(new Member("x", "X", new MemberCategory("firm"), 1, List.of(), null).expertise()).isEmpty();
    }
}
