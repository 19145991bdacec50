package dev.coalition.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values quoted in messages: escaped, and shortened so that a huge value never makes a huge message. */
class ViolationTest {

    @Test
    void aShortValueIsQuotedWhole() {
        assertThat(Violation.quote("acme")).isEqualTo("\"acme\"");
        assertThat(Violation.quote("a".repeat(40))).isEqualTo("\"" + "a".repeat(40) + "\"");
    }

    @Test
    void aLongValueIsShortenedToItsFirst40CharactersAndItsLength() {
        assertThat(Violation.quote("a".repeat(10_000_000))).isEqualTo("\"" + "a".repeat(40) + "\u2026(10000000 characters)\"");
        assertThat(Violation.shortened("1".repeat(41))).isEqualTo("1".repeat(40) + "\u2026(41 characters)");
        assertThat(Violation.shortened("1e308")).isEqualTo("1e308");
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertThat(Violation.quote("a\"b\\c\nd\u2028")).isEqualTo("\"a\\\"b\\\\c\\u000ad\\u2028\"");
    }

    @Test
    void aSurrogatePairIsNotCutInHalf() {
        String emoji = "\uD83D\uDE00";
        assertThat(Violation.quote(emoji.repeat(41))).isEqualTo("\"" + emoji.repeat(40) + "\u2026(82 characters)\"");
    }

    @Test
    void nullIsQuotedAsNull() {
        assertThat(Violation.quote(null)).isEqualTo("null");
    }
}
