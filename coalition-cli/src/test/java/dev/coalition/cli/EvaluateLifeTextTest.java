package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code coalition evaluate --format text} on the coalition's life: the renewal review, each
 * membership change and the timeline replayed, then the review's rules under "Why".
 */
class EvaluateLifeTextTest {

    private static Cli.Result text(Samples sample) {
        return Cli.evaluate(sample.text(), "--format", "text");
    }

    @Test
    void the_digital_transformation_account_reads_the_review_then_each_change() {
        Cli.Result result = text(Samples.DIGITAL_TRANSFORMATION_MEMBERSHIP);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines()).containsSubsequence(
                "Life cycle: 19 months old; last renewal 2024-01-15; next renewal due 2025-04-15",
                "  triggers:",
                "  renewal agenda:",
                "  findings: none",
                "Membership change on 2023-03-06: ADMIT cloud",
                "Membership change on 2023-09-04: ADMIT ai-lab",
                "Membership change on 2023-11-06: DEPART logistics",
                "Membership change on 2024-03-04: ADMIT university",
                "  governance CENTRALIZED (led by telco) -> HYBRID",
                "  compatibility: ai-lab and university 23/28, bank and university 19/28, cloud and university 19/28, "
                        + "retailer and university 5/7, telco and university 11/14",
                "  - The recommended governance mode changes from CENTRALIZED to HYBRID.",
                "Membership change on 2024-08-05: DEPART insurer (through conflict \"data-sharing\")",
                "Why:",
                "  renewal review:");
    }

    @Test
    void the_manufacturing_account_says_what_was_replayed() {
        Cli.Result result = text(Samples.MANUFACTURING_EVOLUTIONS_TIMELINE);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines()).contains(
                "=== Manufacturing supply-chain coalition (5 members) ===",
                "Life cycle: 43 months old; last renewal 2024-09-09; next renewal due 2025-12-09; half-life reached",
                "Timeline: 15 of 15 events replayed to 2024-10-01 (formed 2021-03-01)",
                "  members: assembler, castings, electronics, freight, software",
                "  renewals: 2022-05-16, 2023-07-10, 2024-09-09",
                "  conflicts: emissions-data");
    }
}
