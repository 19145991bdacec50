package dev.coalition.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per validation rule of a coalition, through the public validation API
 * ({@link Coalition.Builder#violations()}): each checks the exact path and message an embedder
 * (and the command line) reports.
 */
class CoalitionValidationTest {

    private static final String ID_RULE = "use 1 to 64 letters, digits, '_' or '-'";

    /** A valid coalition of two members; each test breaks one thing. */
    private static Coalition.Builder valid() {
        return Coalition.builder("Test coalition")
                .formedOn(LocalDate.of(2024, 1, 15))
                .member("a", "Alpha", "hospital", 1, "b")
                .member("b", "Beta", "ngo", 2)
                .context(0.5, 0.5, 0.5, 0.5);
    }

    private static Violation v(String path, String message) {
        return new Violation(path, message);
    }

    @Test
    void aValidCoalitionHasNoViolationsAndBuilds() {
        Coalition.Builder builder = valid().steeringBody("a");

        assertThat(builder.violations()).isEmpty();
        Coalition coalition = builder.build();
        assertThat(coalition.name()).isEqualTo("Test coalition");
        assertThat(coalition.members()).extracting(Member::id).containsExactly("a", "b");
        assertThat(coalition.steeringBody()).containsExactly("a");
        assertThat(coalition.member("a").orElseThrow().trusts()).containsExactly("b");
    }

    @Nested
    class Members {

        @Test
        void aCoalitionWithOneMemberIsRefused() {
            Coalition.Builder builder = Coalition.builder("Solo").formedOn(LocalDate.of(2024, 1, 1))
                    .member("a", "Alpha", "hospital", 1)
                    .context(0.5, 0.5, 0.5, 0.5);

            assertThat(builder.violations())
                    .containsExactly(v("members", "has 1 member; a coalition needs at least 2"));
        }

        @Test
        void aCoalitionWithNoMembersIsRefused() {
            Coalition.Builder builder = Coalition.builder("Nobody").formedOn(LocalDate.of(2024, 1, 1))
                    .context(0.5, 0.5, 0.5, 0.5);

            assertThat(builder.violations())
                    .containsExactly(v("members", "has 0 members; a coalition needs at least 2"));
        }

        @Test
        void aMissingMembersListIsRefused() {
            assertThat(valid().withoutMembers().violations())
                    .containsExactly(v("members", "is required: list at least 2 members"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"bad id", "", "a.b", "é", "x:y"})
        void anIdOutsideThePatternIsRefused(String id) {
            assertThat(valid().member(id, "Gamma", "ngo", 1).violations())
                    .containsExactly(v("members[2].id", "\"" + id + "\" is not a valid id: " + ID_RULE));
        }

        @Test
        void anIdOf65CharactersIsRefusedAndOf64Accepted() {
            String longest = "a".repeat(63) + "Z";
            String tooLong = "a".repeat(64) + "Z";

            assertThat(valid().member(longest, "Gamma", "ngo", 1).violations()).isEmpty();
            assertThat(valid().member(tooLong, "Gamma", "ngo", 1).violations())
                    .containsExactly(v("members[2].id", Violation.quote(tooLong) + " is not a valid id: " + ID_RULE));
        }

        @Test
        void idsOfLettersDigitsUnderscoreAndDashAreAccepted() {
            assertThat(valid().member("Org_2-b", "Gamma", "ngo", 1).violations()).isEmpty();
        }

        @Test
        void aMissingIdIsRefused() {
            assertThat(valid().member(null, "Gamma", "ngo", 1).violations())
                    .containsExactly(v("members[2].id", "is required: give a unique id of 1 to 64 letters, digits, '_' or '-'"));
        }

        @Test
        void aDuplicateIdIsRefusedNamingTheFirstMember() {
            assertThat(valid().member("a", "Again", "ngo", 1).violations())
                    .containsExactly(v("members[2].id", "duplicate id \"a\" (also members[0])"));
        }

        @Test
        void idsAreCaseSensitiveSoDifferentCaseIsNotADuplicate() {
            assertThat(valid().member("A", "Capital A", "ngo", 1).violations()).isEmpty();
        }

        @Test
        void aNegativeVotingWeightIsRefused() {
            assertThat(valid().member("c", "Gamma", "ngo", -1).violations())
                    .containsExactly(v("members[2].votingWeight", "-1 is negative; a voting weight is an integer >= 0"));
        }

        @Test
        void aVotingWeightOfZeroIsAccepted() {
            assertThat(valid().member("c", "Gamma", "ngo", 0).violations()).isEmpty();
        }

        @Test
        void aVotingWeightAboveTheIntegerRangeIsRefused() {
            assertThat(valid().member("c", "Gamma", "ngo", 2_147_483_648L).violations())
                    .containsExactly(v("members[2].votingWeight",
                            "2147483648 is too large; the largest voting weight is 2147483647"));
        }

        @Test
        void aMissingVotingWeightIsRefused() {
            Coalition.Builder builder = valid().member(Member.builder("c").name("Gamma").category("ngo"));

            assertThat(builder.violations())
                    .containsExactly(v("members[2].votingWeight", "is required: give an integer >= 0"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t "})
        void aBlankMemberNameIsRefused(String name) {
            assertThat(valid().member("c", name, "ngo", 1).violations())
                    .containsExactly(v("members[2].name", "must not be blank: give the member's name"));
        }

        @Test
        void aMissingMemberNameIsRefused() {
            assertThat(valid().member("c", null, "ngo", 1).violations())
                    .containsExactly(v("members[2].name", "is required: give the member's name"));
        }

        @Test
        void aMemberNameOver200CharactersIsRefused() {
            assertThat(valid().member("c", "n".repeat(200), "ngo", 1).violations()).isEmpty();
            assertThat(valid().member("c", "n".repeat(201), "ngo", 1).violations())
                    .containsExactly(v("members[2].name", "is 201 characters long; at most 200 are allowed"));
        }
    }

    @Nested
    class Categories {

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void aBlankCategoryIsRefused(String category) {
            assertThat(valid().member("c", "Gamma", category, 1).violations())
                    .containsExactly(v("members[2].category", "must not be blank: give the member's category, e.g. \"hospital\""));
        }

        @Test
        void aMissingCategoryIsRefused() {
            assertThat(valid().member("c", "Gamma", null, 1).violations())
                    .containsExactly(v("members[2].category", "is required: give the member's category, e.g. \"hospital\""));
        }

        @ParameterizedTest
        @ValueSource(strings = {" hospital", "hospital ", "\thospital"})
        void aCategoryWithSurroundingWhitespaceIsRefused(String category) {
            assertThat(valid().member("c", "Gamma", category, 1).violations())
                    .containsExactly(v("members[2].category", "\"" + category + "\" has leading or trailing whitespace; remove it"));
        }

        @Test
        void aCategoryWithAControlCharacterIsRefused() {
            assertThat(valid().member("c", "Gamma", "hos\u0007pital", 1).violations())
                    .containsExactly(v("members[2].category", "contains a control character; use printable characters only"));
        }

        @Test
        void aCategoryOver64CharactersIsRefused() {
            assertThat(valid().member("c", "Gamma", "k".repeat(64), 1).violations()).isEmpty();
            assertThat(valid().member("c", "Gamma", "k".repeat(65), 1).violations())
                    .containsExactly(v("members[2].category", "is 65 characters long; at most 64 are allowed"));
        }

        @Test
        void anyOtherCategoryNameIsAcceptedAsIs() {
            Coalition coalition = valid().member("c", "Gamma", "Small business (SME)", 1).build();

            assertThat(coalition.member("c").orElseThrow().category().name()).isEqualTo("Small business (SME)");
        }
    }

    @Nested
    class Trust {

        @Test
        void aMemberTrustingItselfIsRefused() {
            assertThat(valid().member("c", "Gamma", "ngo", 1, "c").violations())
                    .containsExactly(v("members[2].trusts[0]", "a member cannot trust itself (\"c\")"));
        }

        @Test
        void trustingTheSameMemberTwiceIsRefusedAtTheRepeat() {
            assertThat(valid().member("c", "Gamma", "ngo", 1, "a", "b", "a").violations())
                    .containsExactly(v("members[2].trusts[2]", "\"a\" is repeated (also trusts[0])"));
        }

        @Test
        void trustInAnUnknownMemberIsRefusedWithItsPath() {
            Coalition.Builder builder = valid()
                    .member("c", "Gamma", "ngo", 1)
                    .member("d", "Delta", "ngo", 1, "x");

            assertThat(builder.violations())
                    .containsExactly(v("members[3].trusts[0]", "unknown member \"x\""));
        }

        @Test
        void anUnknownMemberTrustedTwiceIsReportedOnceAsUnknownAndOnceAsRepeated() {
            assertThat(valid().member("c", "Gamma", "ngo", 1, "x", "x").violations()).containsExactly(
                    v("members[2].trusts[0]", "unknown member \"x\""),
                    v("members[2].trusts[1]", "\"x\" is repeated (also trusts[0])"));
        }

        @Test
        void manyUnknownMembersTrustedAreEachReportedOnceAndQuotedShort() {
            String[] many = new String[100_000];
            for (int i = 0; i < many.length; i++) {
                many[i] = "u" + i;
            }
            many[99_999] = "x".repeat(100);

            List<Violation> problems = valid().member("c", "Gamma", "ngo", 1, many).violations();

            assertThat(problems).hasSize(100_000).startsWith(v("members[2].trusts[0]", "unknown member \"u0\""));
            assertThat(problems.get(99_999)).isEqualTo(v("members[2].trusts[99999]",
                    "unknown member \"" + "x".repeat(40) + "\u2026(100 characters)\""));
        }

        @Test
        void trustInAMemberListedLaterIsAccepted() {
            Coalition.Builder builder = Coalition.builder("Forward").formedOn(LocalDate.of(2024, 1, 1))
                    .member("a", "Alpha", "ngo", 1, "c")
                    .member("b", "Beta", "ngo", 1)
                    .member("c", "Gamma", "ngo", 1)
                    .context(0.5, 0.5, 0.5, 0.5);

            assertThat(builder.violations()).isEmpty();
        }

        @Test
        void aNullTrustEntryIsRefused() {
            Coalition.Builder builder = valid().member(Member.builder("c").name("Gamma").category("ngo").votingWeight(1)
                    .trusts(java.util.Arrays.asList("a", null)));

            assertThat(builder.violations())
                    .containsExactly(v("members[2].trusts[1]", "is null; give a member id"));
        }

        @Test
        void aMissingTrustListIsRefused() {
            Coalition.Builder builder = valid().member(Member.builder("c").name("Gamma").category("ngo").votingWeight(1)
                    .trusts((java.util.List<String>) null));

            assertThat(builder.violations())
                    .containsExactly(v("members[2].trusts", "is required: list the ids of the members this one trusts, or []"));
        }
    }

    @Nested
    class SteeringBody {

        @Test
        void aSteeringBodySeatForAnUnknownMemberIsRefused() {
            assertThat(valid().steeringBody("a", "x").violations())
                    .containsExactly(v("steeringBody[1]", "unknown member \"x\""));
        }

        @Test
        void aRepeatedSteeringBodySeatIsRefused() {
            assertThat(valid().steeringBody("a", "b", "a").violations())
                    .containsExactly(v("steeringBody[2]", "\"a\" is repeated (also steeringBody[0])"));
        }

        @Test
        void aNullSteeringBodySeatIsRefused() {
            assertThat(valid().steeringBody("a", null).violations())
                    .containsExactly(v("steeringBody[1]", "is null; give a member id"));
        }

        @Test
        void anEmptySteeringBodyIsRefused() {
            assertThat(valid().steeringBody().violations())
                    .containsExactly(v("steeringBody", "is empty; name at least one member, or leave the field out"));
        }

        @Test
        void noSteeringBodyAtAllIsAccepted() {
            Coalition coalition = valid().build();

            assertThat(coalition.hasSteeringBody()).isFalse();
            assertThat(coalition.steeringBody()).isEmpty();
        }
    }

    @Nested
    class Context {

        @Test
        void aFigureAboveOneIsRefused() {
            assertThat(valid().context(1.5, 0.5, 0.5, 0.5).violations())
                    .containsExactly(v("context.decisionUrgency", "1.5 is outside 0..1"));
        }

        @Test
        void eachFigureIsCheckedUnderItsOwnName() {
            assertThat(valid().context(0.5, -0.25, 2.0, Double.NaN).violations()).containsExactly(
                    v("context.strategicStability", "-0.25 is outside 0..1"),
                    v("context.goalConsensus", "2 is outside 0..1"),
                    v("context.networkCompetencyNeed", "NaN is outside 0..1"));
        }

        @Test
        void zeroAndOneAreInsideTheRange() {
            assertThat(valid().context(0.0, 1.0, 0.0, 1.0).violations()).isEmpty();
        }

        @Test
        void aMissingFigureIsRefused() {
            assertThat(valid().context(0.5, null, 0.5, 0.5).violations())
                    .containsExactly(v("context.strategicStability", "is required: give a number from 0 to 1"));
        }

        @Test
        void aMissingContextIsRefused() {
            Coalition.Builder builder = Coalition.builder("No context").formedOn(LocalDate.of(2024, 1, 1))
                    .member("a", "Alpha", "ngo", 1)
                    .member("b", "Beta", "ngo", 1);

            assertThat(builder.violations()).containsExactly(v("context",
                    "is required: give decisionUrgency, strategicStability, goalConsensus, networkCompetencyNeed"));
        }
    }

    @Nested
    class CoalitionFields {

        @Test
        void aMissingFormationDateIsRefused() {
            assertThat(valid().formedOn(null).violations())
                    .containsExactly(v("formedOn", "is required: give the date the coalition was formed, as YYYY-MM-DD"));
        }

        @Test
        void aBlankCoalitionNameIsRefused() {
            assertThat(valid().name("  ").violations())
                    .containsExactly(v("name", "must not be blank: give the coalition's name"));
        }

        @Test
        void aMissingCoalitionNameIsRefused() {
            assertThat(valid().name(null).violations())
                    .containsExactly(v("name", "is required: give the coalition's name"));
        }
    }

    @Test
    void everyProblemIsReportedAtOnceInDocumentOrder() {
        Coalition.Builder builder = Coalition.builder(" ")
                .member("ok", "Okay", "ngo", 1, "ghost", "ok")
                .member("bad id", "", " lab", -3)
                .member("ok", "Duplicate", "ngo", 0)
                .steeringBody("ok", "nobody")
                .context(1.5, null, 0.5, -1.0);

        assertThat(builder.violations()).containsExactly(
                v("name", "must not be blank: give the coalition's name"),
                v("formedOn", "is required: give the date the coalition was formed, as YYYY-MM-DD"),
                v("members[0].trusts[0]", "unknown member \"ghost\""),
                v("members[0].trusts[1]", "a member cannot trust itself (\"ok\")"),
                v("members[1].id", "\"bad id\" is not a valid id: " + ID_RULE),
                v("members[1].name", "must not be blank: give the member's name"),
                v("members[1].category", "\" lab\" has leading or trailing whitespace; remove it"),
                v("members[1].votingWeight", "-3 is negative; a voting weight is an integer >= 0"),
                v("members[2].id", "duplicate id \"ok\" (also members[0])"),
                v("steeringBody[1]", "unknown member \"nobody\""),
                v("context.decisionUrgency", "1.5 is outside 0..1"),
                v("context.strategicStability", "is required: give a number from 0 to 1"),
                v("context.networkCompetencyNeed", "-1 is outside 0..1"));
    }

    @Test
    void aDuplicateMemberStillHasItsOtherProblemsReportedAfterTheIdInFieldOrder() {
        Coalition.Builder builder = valid().member("a", " ", "ngo", -1, "zzz", "a");

        assertThat(builder.violations()).containsExactly(
                v("members[2].id", "duplicate id \"a\" (also members[0])"),
                v("members[2].name", "must not be blank: give the member's name"),
                v("members[2].votingWeight", "-1 is negative; a voting weight is an integer >= 0"),
                v("members[2].trusts[0]", "unknown member \"zzz\""),
                v("members[2].trusts[1]", "a member cannot trust itself (\"a\")"));
    }

    @Test
    void buildRefusesAnInvalidCoalitionWithEveryViolation() {
        Coalition.Builder builder = valid().member("c", "Gamma", "ngo", -1, "x").context(1.5, 0.5, 0.5, 0.5);

        InvalidCoalitionException e = catchThrowableOfType(InvalidCoalitionException.class, builder::build);

        assertThat(e.violations()).isEqualTo(builder.violations()).hasSize(3);
        assertThat(e).hasMessage("members[2].votingWeight: -1 is negative; a voting weight is an integer >= 0; "
                + "members[2].trusts[0]: unknown member \"x\"; context.decisionUrgency: 1.5 is outside 0..1");
    }

    @Test
    void theBuilderCopiesAMemberBuilderSoLaterChangesDoNotLeakIn() {
        Member.Builder gamma = Member.builder("c").name("Gamma").category("ngo").votingWeight(1);
        Coalition.Builder builder = valid().member(gamma);
        gamma.votingWeight(-5).trusts("nobody");

        assertThat(builder.violations()).isEmpty();
        assertThat(builder.build().member("c").orElseThrow().votingWeight()).isEqualTo(1);
    }

    @Test
    void aViolationPrintsAsPathColonMessage() {
        assertThat(v("members[3].trusts[0]", "unknown member \"x\"")).hasToString("members[3].trusts[0]: unknown member \"x\"");
        assertThat(v("", "the document is empty")).hasToString("the document is empty");
    }

    @Test
    void aMemberBuilderReportsItsOwnProblemsWithRelativePaths() {
        Member.Builder member = Member.builder("x y").name("").category("ngo").votingWeight(1).trusts("x y");

        assertThat(member.violations()).containsExactly(
                v("id", "\"x y\" is not a valid id: " + ID_RULE),
                v("name", "must not be blank: give the member's name"),
                v("trusts[0]", "a member cannot trust itself (\"x y\")"));
        assertThatThrownBy(member::build).isInstanceOf(InvalidCoalitionException.class);
    }
}
