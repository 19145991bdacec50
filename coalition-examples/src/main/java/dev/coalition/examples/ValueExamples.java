package dev.coalition.examples;

import dev.coalition.core.Coalition;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.ledger.CreditLedger;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.PortfolioAdvice;
import dev.coalition.rules.api.RebalanceAdvice;
import dev.coalition.rules.api.VotingAdvice;
import dev.coalition.value.Fraction;
import dev.coalition.value.Money;
import dev.coalition.value.Principle;
import dev.coalition.value.RebalancingPolicy;
import dev.coalition.value.ValuePortfolio;
import dev.coalition.value.ValueType;
import dev.coalition.value.Credits;
import dev.coalition.value.Rebalancing;
import dev.coalition.value.TableGame;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article's value cases: the technology coalition's value portfolios and its voting power, a
 * joint venture whose Shapley division is not stable, the education coalition's knowledge-equity
 * accounts, and a quarterly rebalancing review.
 */
public final class ValueExamples {

    private ValueExamples() {
    }

    /** The 2024 technology coalition: members seeking market access, technical knowledge, talent and regulatory influence. */
    public static Coalition technologyCoalition() {
        return Coalition.builder("Technology coalition")
                .formedOn(LocalDate.of(2024, 2, 1))
                .member("cloudco", "CloudCo", "platform", 40, "chipworks", "devhouse")
                .member("chipworks", "ChipWorks", "hardware", 30, "cloudco")
                .member("devhouse", "DevHouse", "services", 20, "cloudco", "chipworks")
                .member("startup", "Startup Labs", "startup", 10, "devhouse")
                .context(new GovernanceContext(0.4, 0.5, 0.7, 0.6))
                .build();
    }

    /** The 2023 education coalition that kept knowledge-equity accounts. */
    public static Coalition educationCoalition() {
        return Coalition.builder("Education technology coalition")
                .formedOn(LocalDate.of(2023, 1, 10))
                .member("district", "School District", "public", 1, "edtech", "university")
                .member("edtech", "EdTech Inc", "company", 1, "district")
                .member("university", "State University", "academic", 1, "district", "edtech")
                .context(new GovernanceContext(0.3, 0.6, 0.8, 0.4))
                .build();
    }

    /** A platform and two carriers: the platform makes 10 alone and 60 with either carrier, 70 with both. */
    public static Coalition jointVenture() {
        return Coalition.builder("Three-firm joint venture")
                .formedOn(LocalDate.of(2025, 1, 13))
                .member("platform", "Platform Operator", "technology", 50, "carrier-north", "carrier-south")
                .member("carrier-north", "Northern Carrier", "logistics", 25, "platform")
                .member("carrier-south", "Southern Carrier", "logistics", 25, "platform")
                .context(new GovernanceContext(0.4, 0.6, 0.7, 0.6))
                .build();
    }

    /** The joint venture's 700000.00 EUR, shared by Shapley values (which are not in the core of its game). */
    public static DistributionRequest jointVentureSurplus() {
        List<String> players = List.of("platform", "carrier-north", "carrier-south");
        Map<Set<String>, Fraction> values = Map.of(
                Set.of("platform"), Fraction.of(10),
                Set.of("carrier-north"), Fraction.of(0),
                Set.of("carrier-south"), Fraction.of(0),
                Set.of("platform", "carrier-north"), Fraction.of(60),
                Set.of("platform", "carrier-south"), Fraction.of(60),
                Set.of("carrier-north", "carrier-south"), Fraction.of(0),
                Set.of("platform", "carrier-north", "carrier-south"), Fraction.of(70));
        return DistributionRequest.of(Money.parse("700000.00", "EUR"))
                .withPrinciples(EnumSet.of(Principle.RECOGNITION_OF_ALL_VALUE_TYPES, Principle.EQUALITY))
                .withGame(TableGame.of(players, values));
    }

    /** Prints the value examples. */
    public static void run(PrintStream out, CoalitionAdvisor advisor) {
        Coalition tech = technologyCoalition();
        out.println("=== " + tech.name() + ": value portfolios ===");
        PortfolioAdvice portfolios = advisor.assessPortfolios(tech, List.of(
                new ValuePortfolio("cloudco", Set.of(ValueType.STRATEGIC), Map.of(ValueType.OPERATIONAL, Fraction.of(40)),
                        Map.of(ValueType.STRATEGIC, Fraction.of(30))),
                new ValuePortfolio("chipworks", Set.of(ValueType.INNOVATIVE), Map.of(ValueType.INNOVATIVE, Fraction.of(25)),
                        Map.of(ValueType.INNOVATIVE, Fraction.of(20), ValueType.FINANCIAL, Fraction.of(5))),
                new ValuePortfolio("devhouse", Set.of(ValueType.OPERATIONAL, ValueType.REPUTATIONAL), Map.of(ValueType.OPERATIONAL, Fraction.of(20)),
                        Map.of(ValueType.OPERATIONAL, Fraction.of(10))),
                new ValuePortfolio("startup", Set.of(ValueType.STRATEGIC), Map.of(ValueType.INNOVATIVE, Fraction.of(15)),
                        Map.of(ValueType.FINANCIAL, Fraction.of(10)))));
        for (ValuePortfolio p : portfolios.portfolios()) {
            out.println("  " + p.member() + " seeks " + p.seeks() + ", receives " + p.receives().keySet()
                    + ": coverage " + p.coverage() + ", alignment " + p.alignment());
        }
        printFindings(out, portfolios.findings());

        out.println("=== " + tech.name() + ": 1000.00 EUR of joint revenue ===");
        Map<String, Fraction> contributions = new LinkedHashMap<>();
        contributions.put("cloudco", Fraction.of(40));
        contributions.put("chipworks", Fraction.of(25));
        contributions.put("devhouse", Fraction.of(20));
        contributions.put("startup", Fraction.of(15));
        DistributionAdvice revenue = advisor.distribute(tech, dev.coalition.rules.api.DistributionRequest.of(Money.parse("1000.00", "EUR"))
                .withPrinciples(Set.of(Principle.PROPORTIONALITY, Principle.EQUALITY)).withContributions(contributions));
        out.println("  policy " + revenue.policy() + ": " + formatted(revenue));
        revenue.explanation().forEach(step -> out.println("  " + step));

        out.println("=== " + tech.name() + ": voting power, quota 51 of 100 ===");
        VotingAdvice voting = advisor.votingPower(tech, 51);
        voting.power().game().players().forEach(id -> out.println("  " + id + ": weight " + voting.power().game().weights().get(id)
                + ", Banzhaf " + voting.power().banzhaf().get(id) + ", Shapley-Shubik " + voting.power().shapleyShubik().get(id)));
        printFindings(out, voting.findings());

        Coalition venture = jointVenture();
        out.println("=== " + venture.name() + ": is the Shapley division stable? ===");
        DistributionAdvice shapley = advisor.distribute(venture, jointVentureSurplus());
        out.println("  policy " + shapley.policy() + ": " + formatted(shapley));
        shapley.stability().ifPresent(s -> {
            out.println("  in the core: " + s.inCore() + "; least-core epsilon " + s.epsilon().map(Fraction::toString).orElse("-"));
            s.blockingCoalitions().forEach(b -> out.println("  " + String.join(" and ", b.members()) + " make " + b.value()
                    + " alone but receive " + b.received() + ": leaving gains them " + b.gain()));
            s.nucleolus().ifPresent(n -> out.println("  nucleolus: " + n));
        });
        printFindings(out, shapley.findings());
        DistributionAdvice nucleolus = advisor.distribute(venture, jointVentureSurplus().withPolicy("NUCLEOLUS"));
        out.println("  policy " + nucleolus.policy() + ": " + formatted(nucleolus) + ", in the core: "
                + nucleolus.stability().map(s -> s.inCore()).orElse(false));

        Coalition education = educationCoalition();
        out.println("=== " + education.name() + ": knowledge-equity accounts ===");
        LocalDate march = LocalDate.of(2023, 3, 1);
        CreditLedger ledger = CreditLedger.empty();
        ledger = advisor.credit(education, ledger, "university", "reading-intervention study", "district", 8, march,
                "The district used the study to redesign its reading programme");
        ledger = advisor.credit(education, ledger, "edtech", "classroom analytics dashboard", "university", 5, march.plusDays(3),
                "The university's teacher-training course adopted the dashboard");
        ledger = advisor.credit(education, ledger, "district", "teacher feedback panel", "edtech", 6, march.plusDays(10),
                "EdTech redesigned its product from the panel's findings");
        ledger = advisor.redeem(education, ledger, "university", "joint grant application support", 5, march.plusDays(20),
                "Grant writers from the coalition's pool");
        try {
            advisor.redeem(education, ledger, "edtech", "conference booth", 9, march.plusDays(21), "Summit booth");
        } catch (IllegalStateException refused) {
            out.println("  refused: " + refused.getMessage() + " (the ledger is unchanged)");
        }
        out.println("  balances " + ledger.balances() + "; issued " + ledger.issued() + ", redeemed " + ledger.redeemed());

        out.println("=== " + tech.name() + ": quarterly value review (BALANCED) ===");
        Map<String, Fraction> targets = new LinkedHashMap<>();
        targets.put("cloudco", Fraction.of(2, 5));
        targets.put("chipworks", Fraction.of(1, 4));
        targets.put("devhouse", Fraction.of(1, 5));
        targets.put("startup", Fraction.of(3, 20));
        Map<String, Long> received = Map.of("cloudco", 520L, "chipworks", 260L, "devhouse", 180L, "startup", 40L);
        RebalanceAdvice review = advisor.rebalance(tech, RebalancingPolicy.BALANCED, new Credits(200), targets, received,
                Map.of("startup", 1));
        for (Rebalancing.Standing s : review.review().standings()) {
            out.println("  " + s.member() + ": received " + s.received() + ", paid " + s.paid() + " this quarter, fulfilment "
                    + s.fulfilment().toBigDecimal(3));
        }
        printFindings(out, review.findings());
    }

    private static String formatted(DistributionAdvice advice) {
        Map<String, String> shares = new LinkedHashMap<>();
        advice.allocation().paidOut().keySet().forEach(id -> shares.put(id, advice.allocation().formatted(id)));
        return shares.toString();
    }

    private static void printFindings(PrintStream out, List<Finding> findings) {
        if (findings.isEmpty()) {
            out.println("  findings: none");
        }
        findings.forEach(f -> out.println("  " + f.severity() + " " + f.id() + " (" + f.subject() + "): " + f.reason()));
    }

}
