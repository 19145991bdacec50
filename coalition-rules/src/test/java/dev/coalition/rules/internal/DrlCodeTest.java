package dev.coalition.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The code a policy check looks at: comments and string literals blanked by spaces, every other
 * character (and every line break) where it was, so that a position found in the code is the same
 * line and column in the file a rule author edits.
 */
class DrlCodeTest {

    @Test
    void lineCommentsAreBlankedToTheEndOfTheirLine() {
        assertThat(DrlCode.of("a // b\nc")).isEqualTo("a     \nc");
    }

    @Test
    void blockCommentsAreBlankedAcrossLinesKeepingTheLineBreaks() {
        assertThat(DrlCode.of("a /* b\r\nc */ d")).isEqualTo("a     \r\n     d");
    }

    @Test
    void anUnclosedBlockCommentRunsToTheEnd() {
        assertThat(DrlCode.of("a /* b\nc")).isEqualTo("a     \n ");
    }

    @Test
    void stringLiteralsAreBlankedWithTheirQuotesAndEscapes() {
        assertThat(DrlCode.of("f(\"x \\\" // y\") + g('z')")).isEqualTo("f(           ) + g(   )");
    }

    @Test
    void commentMarkersInsideALiteralAreText() {
        assertThat(DrlCode.of("\"/*\" code")).isEqualTo("     code");
    }

    @Test
    void anUnclosedLiteralEndsWithItsLineOrRunsOnWhenLiteralsMaySpanLines() {
        String text = "a \"b\nc\" d";
        assertThat(DrlCode.of(text, false, false)).isEqualTo("a   \nc   ");
        assertThat(DrlCode.of(text, false, true)).isEqualTo("a   \n   d");
        assertThat(DrlCode.of("a \"b", false, true)).isEqualTo("a   ");
    }

    @Test
    void hashStartsALineCommentOnlyInTheReadingThatSaysSo() {
        assertThat(DrlCode.of("a # b\nc", false, true)).isEqualTo("a # b\nc");
        assertThat(DrlCode.of("a # b\nc", true, true)).isEqualTo("a    \nc");
    }

    @Test
    void readingsGiveEachDistinctCodeOnce() {
        assertThat(DrlCode.readings("plain code")).containsExactly("plain code");
        assertThat(DrlCode.readings("a # b")).containsExactly("a # b", "a    ");
        assertThat(DrlCode.readings("a # \"b\nc\" d")).containsExactlyInAnyOrder(
                "a #   \n   d", "a #   \nc   ", "a     \nc   ");
    }

    @Test
    void theLineOfAPositionCountsLineBreaksBeforeIt() {
        String text = "one\ntwo\nthree";
        assertThat(DrlCode.lineAt(text, 0)).isEqualTo(1);
        assertThat(DrlCode.lineAt(text, 3)).isEqualTo(1);
        assertThat(DrlCode.lineAt(text, 4)).isEqualTo(2);
        assertThat(DrlCode.lineAt(text, 8)).isEqualTo(3);
        assertThat(DrlCode.lineAt(text, 100)).isEqualTo(3);
    }
}
