package dev.coalition.rules.policy;

import static dev.coalition.rules.policy.Text.sentence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.value.Fraction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A sentence reads exactly as the concatenation it replaces: decimals as {@link Text#num(double)}
 * writes them, anything else as text; it refuses a template that does not match its arguments,
 * and it gives every reader the same text.
 */
class SentenceTest {

    @Test
    void decimalsAreWrittenAsTextNumWritesThem() {
        Sentence s = sentence("{}, {}, {}, {} and {}", 1.0 / 3, 12.0, 0.5, 2.5f, -0.00005);

        assertThat(s.toString()).isEqualTo("0.3333, 12, 0.5, 2.5 and -0.0001")
                .isEqualTo(Text.num(1.0 / 3) + ", " + Text.num(12.0) + ", " + Text.num(0.5) + ", " + Text.num(2.5f)
                        + " and " + Text.num(-0.00005));
    }

    @Test
    void otherArgumentsAreWrittenAsConcatenationWritesThem() {
        Object nothing = null;
        Sentence s = sentence("\"{}\" holds {} ({} of {}) in {}; {}.", "acme", 3, Fraction.of(1, 3), 9L, List.of("a", "b"),
                nothing);

        assertThat(s.toString()).isEqualTo("\"" + "acme" + "\" holds " + 3 + " (" + Fraction.of(1, 3) + " of " + 9L + ") in "
                + List.of("a", "b") + "; " + nothing + ".");
    }

    @Test
    void aSentenceIsEqualToTheStringItFormatsToByToStringAndToAnySentenceWithTheSameText() {
        Sentence s = sentence("Stage {} of {}.", 3, 9);

        assertThat(s.toString()).isEqualTo("Stage 3 of 9.");
        assertThat(s).isEqualTo(sentence("Stage {} of 9.", 3)).hasSameHashCodeAs(sentence("Stage 3 of {}.", 9))
                .isNotEqualTo(sentence("Stage {} of {}.", 4, 9));
        assertThat(s.length()).isEqualTo(13);
        assertThat(s.charAt(6)).isEqualTo('3');
        assertThat(s.subSequence(0, 5).toString()).isEqualTo("Stage");
        assertThat(s.template()).isEqualTo("Stage {} of {}.");
    }

    @Test
    void placeholdersAndArgumentsThatDifferInNumberAreRefusedNamingTheTemplate() {
        assertThatThrownBy(() -> sentence("{} fits {} badly.", "HYBRID"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the sentence template \"{} fits {} badly.\" has 2 placeholder(s) {} but 1 argument(s) were given: "
                        + "give one argument per {}");
        assertThatThrownBy(() -> sentence("No placeholder.", 1))
                .hasMessageContaining("\"No placeholder.\" has 0 placeholder(s) {} but 1 argument(s)");
    }

    @Test
    void aSentenceIsFormattedOnceWhenFirstReadNotWhenBuilt() {
        AtomicInteger reads = new AtomicInteger();
        Object counted = new Object() {
            @Override
            public String toString() {
                reads.incrementAndGet();
                return "x";
            }
        };
        Sentence s = sentence("{} and {}", counted, 0.25);
        assertThat(reads).hasValue(0);

        assertThat(s.toString()).isEqualTo("x and 0.25");
        assertThat(s.length()).isEqualTo(10);
        assertThat(s.toString()).isEqualTo("x and 0.25");
        assertThat(reads).hasValue(1);
    }

    @Test
    void threadsReadingASentenceFirstAtTheSameTimeGetTheSameText() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 200; round++) {
                Sentence s = sentence("Round {}: {} of {} at {}.", round, 1.0 / 7, Fraction.of(round, 7), List.of(round));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> reads = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    reads.add(pool.submit(() -> {
                        start.await();
                        return s.toString();
                    }));
                }
                start.countDown();
                String expected = "Round " + round + ": 0.1429 of " + Fraction.of(round, 7) + " at [" + round + "].";
                for (Future<String> read : reads) {
                    assertThat(read.get()).isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSentenceHashesAsItsTextHoweverItWasWritten() {
        assertThat(Text.sentence("Quorum {} of {}.", 1, 2).hashCode()).isEqualTo("Quorum 1 of 2.".hashCode());
    }
}
