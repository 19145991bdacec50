package dev.coalition.report;

import dev.coalition.assessment.Candidate;
import dev.coalition.assessment.Dimension;
import dev.coalition.conflict.Behaviour;
import dev.coalition.conflict.Conflict;
import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.StepOutcome;
import dev.coalition.conflict.StepRecord;
import dev.coalition.core.Coalition;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.health.HealthAssessment;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ConflictAssessment;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.HealthAdvice;
import dev.coalition.rules.api.PartnerAssessment;
import dev.coalition.rules.api.VotingAdvice;
import dev.coalition.value.Fraction;
import dev.coalition.value.Money;
import dev.coalition.value.TableGame;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A joint venture of three members with hostile names, and every answer of the facade a report
 * can show for it, computed once.
 */
final class Reports {

    static final String SCRIPT = "<script>alert('x')</script>";
    static final String QUOTES = "Bravo \"B\" & 'Co'";
    static final String RTL = "\u202EevilCorp\u202C Ltd";
    static final LocalDate AS_OF = LocalDate.of(2024, 7, 31);

    static final Coalition VENTURE = Coalition.builder("Joint venture <b>bold</b>")
            .formedOn(LocalDate.of(2023, 1, 16))
            .member("a", SCRIPT, "technology", 50, "b", "c")
            .member("b", QUOTES, "logistics", 25, "a")
            .member("c", RTL, "logistics", 25, "a")
            .context(new GovernanceContext(0.4, 0.6, 0.7, 0.6))
            .build();

    static final List<Candidate> CANDIDATES = List.of(
            candidate("a", SCRIPT, 5, 3, 3, 3, 3, 4),
            candidate("b", QUOTES, 5, 3, 4, 2, 2, 3),
            candidate("c", RTL, 4, 4, 3, 3, 3, 3),
            candidate("d", "Delta", 5, 2, 2, 5, 5, 1));

    static final List<HealthAssessment> HEALTH = List.of(
            HealthAssessment.of(LocalDate.of(2024, 1, 15), Fraction.of(85, 100), Fraction.of(55, 100), Fraction.of(70, 100)),
            HealthAssessment.of(LocalDate.of(2024, 4, 15), Fraction.of(85, 100), Fraction.of(50, 100), Fraction.of(70, 100)),
            HealthAssessment.of(LocalDate.of(2024, 7, 15), Fraction.of(90, 100), Fraction.of(35, 100), Fraction.of(65, 100)));

    static final Conflict CONFLICT = new Conflict("data-rights", List.of("a", "b"), List.of("strategy"),
            List.of(Behaviour.POSITIONS_HARDEN, Behaviour.POLARIZED_DEBATE, Behaviour.UNILATERAL_ACTION),
            LocalDate.of(2024, 3, 1),
            List.of(new StepRecord(EscalationStep.DIRECT_NEGOTIATION, LocalDate.of(2024, 3, 1), StepOutcome.FAILED)),
            0.7, 0.4, 0.5, null);

    static final GovernanceRecommendation GOVERNANCE;
    static final PartnerAssessment PARTNERS;
    static final HealthAdvice HEALTH_ADVICE;
    static final VotingAdvice VOTING;
    static final List<ConflictAssessment> CONFLICTS;
    static final DistributionAdvice DISTRIBUTION;

    static {
        try (CoalitionAdvisor advisor = CoalitionAdvisor.withDefaultPolicies()) {
            GOVERNANCE = advisor.recommendGovernance(VENTURE);
            PARTNERS = advisor.assessPartners(CANDIDATES);
            HEALTH_ADVICE = advisor.assessHealth(HEALTH, AS_OF);
            VOTING = advisor.votingPower(VENTURE, 51);
            CONFLICTS = List.of(advisor.assessConflict(VENTURE, CONFLICT, AS_OF));
            DISTRIBUTION = advisor.distribute(VENTURE, DistributionRequest.of(Money.parse("700.00", "EUR"))
                    .withPolicy("SHAPLEY").withGame(game()));
        }
    }

    private Reports() {
    }

    /** The report with every section. */
    static CoalitionReport full() {
        return CoalitionReport.builder(VENTURE).governance(GOVERNANCE).partners(PARTNERS, CANDIDATES)
                .health(HEALTH_ADVICE, HEALTH).voting(VOTING).conflicts(CONFLICTS).distribution(DISTRIBUTION).build();
    }

    /** a alone 10, with either partner 60, all three 70: Shapley's division is blocked by a with b and a with c. */
    private static TableGame game() {
        Map<Set<String>, Fraction> values = new LinkedHashMap<>();
        values.put(Set.of("a"), Fraction.of(10));
        values.put(Set.of("b"), Fraction.ZERO);
        values.put(Set.of("c"), Fraction.ZERO);
        values.put(Set.of("a", "b"), Fraction.of(60));
        values.put(Set.of("a", "c"), Fraction.of(60));
        values.put(Set.of("b", "c"), Fraction.ZERO);
        values.put(Set.of("a", "b", "c"), Fraction.of(70));
        return TableGame.of(List.of("a", "b", "c"), values);
    }

    private static Candidate candidate(String id, String name, int... scores) {
        Map<Dimension, Integer> byDimension = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            byDimension.put(Dimension.scored().get(i), scores[i]);
        }
        return Candidate.onFivePointScale(id, name, byDimension, List.of("stores"), List.of("data"), List.of());
    }
}
