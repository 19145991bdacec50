package dev.coalition.value;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one member seeks from a coalition, what it contributes and what it receives, by value type
 * (the article's "value portfolios": different mixes of benefits matched to what each member
 * seeks). Amounts are in any common unit of the coalition's choosing (points, money, hours).
 * Immutable.
 *
 * @param member      the member's id
 * @param seeks       the value types it wants
 * @param contributes what it contributes, by type (&ge; 0)
 * @param receives    what it receives, by type (&ge; 0)
 */
public record ValuePortfolio(String member, Set<ValueType> seeks, Map<ValueType, Fraction> contributes,
                             Map<ValueType, Fraction> receives) {

    public ValuePortfolio {
        Objects.requireNonNull(member, "member");
        List<Violation> problems = new ArrayList<>();
        seeks = seeks == null || seeks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(seeks));
        contributes = copy("contributes", contributes, problems);
        receives = copy("receives", receives, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
    }

    private static Map<ValueType, Fraction> copy(String field, Map<ValueType, Fraction> amounts, List<Violation> problems) {
        Map<ValueType, Fraction> copy = new EnumMap<>(ValueType.class);
        if (amounts != null) {
            amounts.forEach((type, amount) -> {
                if (amount == null) {
                    problems.add(new Violation(field + "." + type, "is missing; give an amount >= 0"));
                } else if (amount.signum() < 0) {
                    problems.add(new Violation(field + "." + type, amount + " is negative; give an amount >= 0"));
                } else {
                    copy.put(type, amount);
                }
            });
        }
        return Collections.unmodifiableMap(copy);
    }

    /** The sought types the member actually receives something of, in declaration order. */
    public Set<ValueType> served() {
        Set<ValueType> served = EnumSet.noneOf(ValueType.class);
        for (ValueType t : seeks) {
            if (receives.getOrDefault(t, Fraction.ZERO).signum() > 0) {
                served.add(t);
            }
        }
        return Collections.unmodifiableSet(served);
    }

    /** The share of sought types served, 0..1 (1 when it seeks nothing). */
    public Fraction coverage() {
        return seeks.isEmpty() ? Fraction.ONE : Fraction.of(served().size(), seeks.size());
    }

    /** The share of what it receives that is of a type it seeks, 0..1 (0 when it receives nothing). */
    public Fraction alignment() {
        Fraction total = Fraction.sum(receives.values());
        if (total.signum() == 0) {
            return Fraction.ZERO;
        }
        Fraction sought = Fraction.ZERO;
        for (ValueType t : seeks) {
            sought = sought.add(receives.getOrDefault(t, Fraction.ZERO));
        }
        return sought.divide(total);
    }

    /** Whether the portfolio serves none of what the member seeks (it seeks something and gets none of it). */
    public boolean servesNothingSought() {
        return !seeks.isEmpty() && served().isEmpty();
    }
}
