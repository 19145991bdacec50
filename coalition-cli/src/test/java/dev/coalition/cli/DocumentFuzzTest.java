package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzz: {@value #DEFAULT_CASES} seeded mutations of the samples ({@link DocumentFuzzer}; more with
 * {@code -Dfuzz.cases=200000}, other seeds with {@code -Dfuzz.seed=N}), each evaluated in this
 * process as {@code coalition evaluate -} does. Every case must be answered with exit 0 and an
 * answer that keeps the invariants (paid-out shares add up to the amount, each power index adds up
 * to 1), or exit 2 with nothing on stdout and only {@code PATH: MESSAGE} or
 * {@code line L, column C: ...} lines on stderr. A case that takes more than
 * {@value #HANG_GUARD_SECONDS} s counts as a hang (a guard against hangs, not a speed claim). A
 * failure names the seed and shows the document, so {@code DocumentFuzzer.mutate(seed)} reproduces it.
 */
class DocumentFuzzTest {

    static final int DEFAULT_CASES = 10_000;
    static final long DEFAULT_SEED = 20_261_130L;
    static final int HANG_GUARD_SECONDS = 30;

    private static ExecutorService worker;

    @BeforeAll
    static void startWorker() {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "fuzz-case");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterAll
    static void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void every_mutated_sample_is_answered_or_refused_cleanly() throws Exception {
        int cases = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int answered = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases && failures.size() < 5; i++) {
            DocumentFuzzer.Case c = DocumentFuzzer.mutate(seed + i);
            Cli.Result result;
            try {
                Future<Cli.Result> run = worker.submit(() -> Cli.runWithInput(c.bytes(), "evaluate", "-"));
                result = run.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                fail(report(c, "no answer within " + HANG_GUARD_SECONDS + " s", null));
                return;
            } catch (ExecutionException e) {
                failures.add(report(c, "threw " + e.getCause(), null));
                continue;
            }
            String problem = problem(c, result);
            if (problem != null) {
                failures.add(report(c, problem, result));
            } else if (result.exitCode() == 0) {
                answered++;
            } else {
                refused++;
            }
        }
        assertThat(failures).as("cases that failed (seed %d, %d cases)", seed, cases).isEmpty();
        assertThat(answered + refused).isEqualTo(cases);
        assertThat(answered).as("cases answered with exit 0").isPositive();
        assertThat(refused).as("cases refused with exit 2").isPositive();
    }

    @Test
    void the_same_seed_gives_the_same_document() {
        assertThat(DocumentFuzzer.mutate(42).bytes()).isEqualTo(DocumentFuzzer.mutate(42).bytes());
    }

    /** What is wrong with a run's result, or null when it is a clean answer or a clean refusal. */
    static String problem(DocumentFuzzer.Case c, Cli.Result result) {
        if (result.exitCode() == 2) {
            if (!result.out().isEmpty()) {
                return "exit 2 with output on stdout";
            }
            if (result.errLines().isEmpty()) {
                return "exit 2 with nothing on stderr";
            }
            for (String line : result.errLines()) {
                if (!Rejections.PROBLEM_LINE.matcher(line).matches() && !Rejections.MALFORMED_LINE.matcher(line).matches()) {
                    return "stderr line is neither PATH: MESSAGE nor line L, column C: " + shorten(line);
                }
            }
            return null;
        }
        if (result.exitCode() != 0) {
            return "exit " + result.exitCode() + ": " + shorten(result.err());
        }
        if (!result.err().isEmpty()) {
            return "exit 0 with stderr: " + shorten(result.err());
        }
        try {
            return invariants(Samples.MAPPER.readTree(c.bytes()), Samples.MAPPER.readTree(result.out()));
        } catch (IOException e) {
            return "exit 0 with output that is not JSON: " + e.getMessage();
        }
    }

    /** The answer's broken invariant, or null. */
    private static String invariants(JsonNode document, JsonNode answer) {
        JsonNode distribution = answer.get("distribution");
        if (distribution != null) {
            BigDecimal paid = BigDecimal.ZERO;
            for (Iterator<JsonNode> shares = distribution.get("shares").elements(); shares.hasNext(); ) {
                paid = paid.add(new BigDecimal(shares.next().asText()));
            }
            BigDecimal amount = new BigDecimal(document.get("distribution").get("amount").asText());
            if (paid.compareTo(amount) != 0) {
                return "shares add up to " + paid + ", not the amount " + amount;
            }
        }
        JsonNode voting = answer.get("votingPower");
        if (voting != null) {
            for (String index : List.of("banzhaf", "shapleyShubik")) {
                BigInteger[] sum = {BigInteger.ZERO, BigInteger.ONE};
                voting.get(index).elements().forEachRemaining(f -> add(sum, f.asText()));
                if (!sum[0].equals(sum[1])) {
                    return index + " adds up to " + sum[0] + "/" + sum[1] + ", not 1";
                }
            }
        }
        return null;
    }

    private static void add(BigInteger[] sum, String fraction) {
        String[] parts = fraction.split("/");
        BigInteger numerator = new BigInteger(parts[0]);
        BigInteger denominator = parts.length > 1 ? new BigInteger(parts[1]) : BigInteger.ONE;
        BigInteger n = sum[0].multiply(denominator).add(numerator.multiply(sum[1]));
        BigInteger d = sum[1].multiply(denominator);
        BigInteger gcd = n.gcd(d);
        sum[0] = gcd.signum() == 0 ? n : n.divide(gcd);
        sum[1] = gcd.signum() == 0 ? d : d.divide(gcd);
    }

    private static String report(DocumentFuzzer.Case c, String problem, Cli.Result result) {
        return "seed " + c.seed() + " (" + c.description() + "): " + problem
                + (result == null ? "" : "\n  stderr: " + shorten(result.err()))
                + "\n  document: " + c.shown(600);
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + " characters)";
    }
}
