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
                "Life cycle: 24 months old; last renewal 2023-11-20; next renewal due 2025-02-20; half-life reached",
                "  triggers:",
                "  renewal agenda:",
                "Membership change on 2023-03-15: ADMIT cloudco",
                "  governance CENTRALIZED (led by bank) -> HYBRID",
                "  compatibility: bank and cloudco 9/14, cloudco and insurer 17/28, cloudco and logistics 4/7, cloudco and "
                        + "retailer 9/14, cloudco and telecom 5/7, cloudco and utility 13/28",
                "  - The recommended governance mode changes from CENTRALIZED to HYBRID.",
                "Membership change on 2023-06-01: ADMIT datalab",
                "Membership change on 2023-11-30: DEPART utility (through conflict \"data-residency\")",
                "Membership change on 2024-03-01: ADMIT securefirm",
                "Membership change on 2024-08-30: DEPART logistics",
                "Why:",
                "  renewal review:");
    }

    @Test
    void the_manufacturing_account_says_what_was_replayed() {
        Cli.Result result = text(Samples.MANUFACTURING_EVOLUTIONS_TIMELINE);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines()).contains(
                "=== Manufacturing supply-chain coalition (7 members) ===",
                "Life cycle: 42 months old; last renewal 2023-07-03; next renewal due 2024-10-03; half-life reached",
                "Timeline: 18 of 20 events replayed to 2024-09-15 (formed 2021-03-01)",
                "  members: steelworks, polymers, castings, logistics, techinstitute, softworks, cloudplatform",
                "  renewals: 2022-05-10, 2023-07-03",
                "  governed CENTRALIZED (the mode adopted at the latest renewal that names one)",
                "  conflicts: emissions-data");
    }
}
