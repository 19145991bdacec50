package dev.coalition.cli;

import dev.coalition.core.Coalition;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.value.Fraction;
import dev.coalition.value.Money;
import dev.coalition.value.Principle;
import dev.coalition.value.TableGame;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Java twins of the value sections of the sample documents, built without the command line. */
final class ValueTwins {

    private ValueTwins() {
    }

    /** technology-distribution.json: 1000.00 EUR of joint revenue, contributions 40/25/20/15, proportionality and equality stated. */
    static DistributionRequest technologyRevenue() {
        Map<String, Fraction> contributions = new LinkedHashMap<>();
        contributions.put("cloudco", Fraction.of(40));
        contributions.put("chipworks", Fraction.of(25));
        contributions.put("devhouse", Fraction.of(20));
        contributions.put("startup", Fraction.of(15));
        return DistributionRequest.of(Money.parse("1000.00", "EUR"))
                .withPrinciples(EnumSet.of(Principle.PROPORTIONALITY, Principle.EQUALITY))
                .withContributions(contributions);
    }

    /** health-data-shapley.json: the consortium, with voting weights 50, 49 and 1. */
    static Coalition healthDataConsortium() {
        return Coalition.builder("Health data consortium")
                .formedOn(LocalDate.of(2024, 6, 3))
                .member("hospital", "City Hospital", "hospital", 50, "insurer", "startup")
                .member("insurer", "Mutual Insurer", "insurer", 49, "hospital")
                .member("startup", "Analytics Startup", "startup", 1, "hospital")
                .context(new GovernanceContext(0.3, 0.6, 0.7, 0.8))
                .build();
    }

    /** health-data-shapley.json: 1000.00 EUR of surplus shared by the Shapley values of the consortium's game. */
    static DistributionRequest healthDataSurplus() {
        List<String> players = List.of("hospital", "insurer", "startup");
        Map<Set<String>, Fraction> values = Map.of(
                Set.of("hospital"), Fraction.of(40),
                Set.of("insurer"), Fraction.of(20),
                Set.of("startup"), Fraction.of(0),
                Set.of("hospital", "insurer"), Fraction.of(80),
                Set.of("hospital", "startup"), Fraction.of(70),
                Set.of("insurer", "startup"), Fraction.of(30),
                Set.of("hospital", "insurer", "startup"), Fraction.of(120));
        return DistributionRequest.of(Money.parse("1000.00", "EUR"))
                .withPrinciples(EnumSet.of(Principle.RECOGNITION_OF_ALL_VALUE_TYPES, Principle.EQUALITY))
                .withGame(TableGame.of(players, values));
    }
}
