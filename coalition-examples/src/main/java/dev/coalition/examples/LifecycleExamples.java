package dev.coalition.examples;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.health.HealthAssessment;
import dev.coalition.health.Pillar;
import dev.coalition.health.PillarReading;
import dev.coalition.lifecycle.Formation;
import dev.coalition.lifecycle.FormationStep;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.HealthAdvice;
import dev.coalition.rules.api.ReadinessAdvice;
import dev.coalition.value.Fraction;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The article's lifecycle cases: the 2024 manufacturing coalition with strong strategic alignment
 * around sustainability but weak (and falling) operational interoperability, and the 2024 fintech
 * coalition that spent eight weeks on formation before announcing its alliance.
 */
public final class LifecycleExamples {

    /** The day the manufacturing coalition's health is diagnosed. */
    public static final LocalDate MANUFACTURING_AS_OF = LocalDate.of(2024, 7, 31);
    /** The day the fintech coalition's readiness is assessed: its first joint project. */
    public static final LocalDate FINTECH_AS_OF = LocalDate.of(2024, 3, 4);

    private LifecycleExamples() {
    }

    /** The 2024 manufacturing coalition around sustainability goals. */
    public static Coalition manufacturingCoalition() {
        return Coalition.builder("Sustainable manufacturing coalition")
                .formedOn(LocalDate.of(2023, 10, 2))
                .member(Member.builder("steelworks").name("Northern Steelworks").category("manufacturer").votingWeight(3)
                        .trusts("recycler", "logistics"))
                .member(Member.builder("polymers").name("Polymer Components").category("manufacturer").votingWeight(2)
                        .trusts("steelworks"))
                .member(Member.builder("logistics").name("Green Logistics").category("services").votingWeight(1)
                        .trusts("steelworks", "recycler"))
                .member(Member.builder("recycler").name("Circular Recycling").category("services").votingWeight(1)
                        .trusts("steelworks"))
                .context(new GovernanceContext(0.3, 0.7, 0.8, 0.6))
                .build();
    }

    /**
     * Its quarterly health assessments: alignment strong throughout; interoperability weak and
     * falling, its latest reading from three indicators; resilience holding.
     */
    public static List<HealthAssessment> manufacturingHealth() {
        Map<String, Fraction> interoperability = new LinkedHashMap<>();
        interoperability.put("sharedSystems", Fraction.parse("0.3"));
        interoperability.put("decisionSpeed", Fraction.parse("0.4"));
        interoperability.put("jointProjectCompletion", Fraction.parse("0.35"));
        return List.of(
                HealthAssessment.of(LocalDate.of(2024, 1, 15), Fraction.parse("0.85"), Fraction.parse("0.55"), Fraction.parse("0.7")),
                HealthAssessment.of(LocalDate.of(2024, 4, 15), Fraction.parse("0.85"), Fraction.parse("0.5"), Fraction.parse("0.7")),
                new HealthAssessment(LocalDate.of(2024, 7, 15), Map.of(
                        Pillar.STRATEGIC_ALIGNMENT, PillarReading.score(Fraction.parse("0.9")),
                        Pillar.OPERATIONAL_INTEROPERABILITY, PillarReading.indicators(interoperability),
                        Pillar.RELATIONAL_RESILIENCE, PillarReading.score(Fraction.parse("0.65")))));
    }

    /** The 2024 financial technology coalition. */
    public static Coalition fintechCoalition() {
        return Coalition.builder("Financial technology coalition")
                .formedOn(LocalDate.of(2024, 1, 8))
                .member(Member.builder("bank").name("Regional Bank").category("bank").votingWeight(2).trusts("payments", "regtech"))
                .member(Member.builder("payments").name("PayFlow").category("fintech").votingWeight(1).trusts("bank"))
                .member(Member.builder("regtech").name("ComplyTech").category("fintech").votingWeight(1).trusts("bank", "payments"))
                .member(Member.builder("insurer").name("Mutual Insurer").category("insurer").votingWeight(1).trusts("bank"))
                .context(new GovernanceContext(0.5, 0.6, 0.7, 0.5))
                .build();
    }

    /** Its eight weeks of formation: every step completed before the first joint project. */
    public static Formation fintechFormation() {
        return Formation.of(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 3, 4), FormationStep.values());
    }

    /** Prints the manufacturing coalition's health and the fintech coalition's readiness. */
    public static void run(PrintStream out, CoalitionAdvisor advisor) {
        HealthAdvice health = advisor.assessHealth(manufacturingHealth(), MANUFACTURING_AS_OF);
        out.println("=== " + manufacturingCoalition().name() + ": health ===");
        out.println("Status " + health.status() + "; latest " + health.latest() + "; trend " + health.trend());
        health.interventions().forEach(i -> out.println("  " + i.pillar() + " -> " + i.id() + ": " + i.reason()));
        health.findings().forEach(f -> out.println("  " + f.id() + " (" + f.subject() + "): " + f.reason()));
        ReadinessAdvice readiness = advisor.formationReadiness(fintechFormation(), FINTECH_AS_OF);
        out.println("=== " + fintechCoalition().name() + ": formation readiness ===");
        out.println((readiness.ready() ? "Ready" : "Not ready") + " after " + readiness.formationWeeks() + " weeks; missing "
                + readiness.missing() + "; findings " + readiness.findings().stream().map(Finding::id).toList());
    }
}
