package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code coalition evaluate --format text}: the readable account; JSON stays the default. */
class EvaluateTextTest {

    private static Cli.Result text(Samples sample) {
        return Cli.evaluate(sample.text(), "--format", "text");
    }

    @Test
    void the_cybersecurity_account_reads_recommendation_fit_safeguards_findings_then_why() {
        Cli.Result result = text(Samples.CYBERSECURITY);

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines()).startsWith(
                "=== Cybersecurity information-sharing coalition (10 members) ===",
                "Mode: HYBRID (a layered, hybrid structure)",
                "Fit:",
                "  [x] The coalition's trust density, 0.4444, lies in the band a layered, hybrid structure wants (0..0.6).");
        assertThat(result.out().lines()).containsSubsequence(
                "Decision domains:",
                "  STRATEGIC -> DISTRIBUTED",
                "  TECHNICAL -> CENTRALIZED",
                "Safeguards:",
                "  PUBLISHED_RATIONALE (deadlineHours 48): Central decisions must publish their rationale, including how "
                        + "member input was considered, within 48 hours.",
                "  QUORUM_RULES (minimumParticipation 0.5, supportThreshold 0.5): A decision by the members counts only when "
                        + "at least 0.5 of the voting weight takes part, and passes only with support above 0.5.",
                "  PUBLISHED_DOMAIN_MAP (centralized TECHNICAL, OPERATIONAL, distributed STRATEGIC, FINANCIAL, MEMBERSHIP): "
                        + "Members must know which decisions are central (TECHNICAL and OPERATIONAL) and which are theirs "
                        + "(STRATEGIC, FINANCIAL and MEMBERSHIP): publish the domain map.",
                "Findings: none",
                "Why:",
                "  governance:",
                "    [governance.band.distributed.trust] Shared governance wants dense trust: trust density in 0.6..1.");
        assertThat(result.out()).endsWith("\n").doesNotContain("\r", "{", "null");
    }

    @Test
    void every_explanation_step_of_the_answer_is_in_the_account() throws Exception {
        String json = Cli.evaluate(Samples.CYBERSECURITY.text()).out();
        String text = text(Samples.CYBERSECURITY).out();

        Samples.MAPPER.readTree(json).at("/governance/explanation")
                .forEach(step -> assertThat(text).contains("    [" + step.get("rule").asText() + "] " + step.get("reason").asText() + "\n"));
    }

    @Test
    void a_lead_and_findings_are_named() {
        Cli.Result result = text(Samples.PANDEMIC_RESPONSE);

        assertThat(result.out().lines()).contains(
                "Mode: CENTRALIZED (a lead organisation), led by regional-health",
                "  REPRESENTATIVE_STEERING_BODY (categoriesWithoutSeat logistics, nonprofit, supplier): The steering body must "
                        + "seat every member category; categories with no seat: logistics, nonprofit and supplier.");
        assertThat(result.out().lines()).anySatisfy(line -> assertThat(line).startsWith("  WARNING CATEGORY_WITHOUT_SEAT (logistics): "));
    }

    @Test
    void distribution_and_voting_sections_follow_the_findings_and_their_steps_the_governance_steps() {
        Cli.Result result = text(Samples.HEALTH_DATA_SHAPLEY);

        assertThat(result.out().lines()).containsSubsequence(
                "Findings:",
                "  WARNING POOR_FIT (GOAL_CONSENSUS): The coalition fits shared governance by all members badly (score 5 of "
                        + "10, below the share 0.6). The coalition's goal consensus, 0.7, lies outside the band shared "
                        + "governance by all members wants (0.75..1). Change it, or expect the mode to work less well.",
                "Distribution of 1000.00 EUR: policy SHAPLEY, EXACT",
                "  hospital: 541.67 (exact share 1625/3)",
                "  insurer: 291.67 (exact share 875/3)",
                "  startup: 166.66 (exact share 500/3)",
                "  findings: none",
                "Voting power, quota 51 of 100:",
                "  hospital: weight 50, Banzhaf 3/5 (0.6), Shapley-Shubik 2/3 (0.6667)",
                "  veto players: hospital; null players: none",
                "  findings:",
                "    INFO VETO_PLAYER (hospital): \"hospital\" can block any decision: it holds 0.5 of the weight.",
                "Why:",
                "  governance:",
                "  distribution:",
                "  voting power:");
    }

    @Test
    void each_conflict_has_its_section_and_its_steps() {
        Cli.Result result = text(Samples.CONFLICT_DIVERGENCE);

        assertThat(result.out().lines()).containsSubsequence(
                "Conflict \"risk-appetite\":",
                "  PRIMARY GOAL because priorities, strategy",
                "  stage 3 (WIN_WIN), interventions MODERATION, PROCESS_GUIDANCE, external facilitator required",
                "  IRRECONCILABLE: The issue matters greatly (importance 0.9, from 0.7), the parties see little chance of "
                        + "resolving it (efficacy 0.2, at most 0.3) and 4 steps have failed (from 2): the difference is "
                        + "fundamental, as in the article's financial-services alliance.",
                "  divergence: insurer leaves, grace until 2023-11-30, 0 credits recognised, 0 settled; steering body after: bank",
                "  findings:",
                "Why:",
                "  conflict \"risk-appetite\":");
        assertThat(result.out().lines()).anySatisfy(line -> assertThat(line)
                .startsWith("  next step: EXTERNAL_ARBITRATION, owned by an external arbitrator, due 2023-10-16: "));
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void the_account_is_the_same_on_every_run_and_json_stays_the_default(Samples sample) {
        assertThat(text(sample).out()).isEqualTo(text(sample).out());
        assertThat(Cli.evaluate(sample.text(), "--format", "json").out()).isEqualTo(Cli.evaluate(sample.text()).out());
    }

    @Test
    void an_invalid_document_is_refused_as_with_json() {
        String invalid = Samples.FOUNDING_GROUP.text().replace("\"id\": \"acme\"", "\"id\": \"ac me\"");

        Cli.Result result = Cli.evaluate(invalid, "--format", "text");

        Rejections.assertCleanRejection(result);
        assertThat(result.errLines()).isEqualTo(Cli.evaluate(invalid).errLines());
    }

    @Test
    void an_unknown_format_is_a_usage_error() {
        Cli.Result result = Cli.evaluate(Samples.FOUNDING_GROUP.text(), "--format", "yaml");

        Rejections.assertCleanRejection(result);
        assertThat(result.errLines()).singleElement().asString().contains("--format", "yaml", "JSON", "TEXT");
    }
}
