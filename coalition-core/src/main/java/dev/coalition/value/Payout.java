package dev.coalition.value;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns exact shares into whole units without losing or inventing one (the largest-remainder
 * method): every member first gets the floor of its exact share; the units left over go one each
 * to the members with the largest remainders; equal remainders go to the smaller member id
 * (String order). Every member ends within one unit of its exact share, and the payouts add up
 * exactly to the amount.
 */
public final class Payout {

    private Payout() {
    }

    /**
     * Whether a share can be paid out in whole units held as a long: its floor and its ceiling (the
     * two payouts largest remainder may give it) lie from {@link Long#MIN_VALUE} to {@link Long#MAX_VALUE}.
     */
    public static boolean payable(Fraction share) {
        BigInteger floor = share.floor();
        BigInteger ceiling = share.fractionalPart().signum() == 0 ? floor : floor.add(BigInteger.ONE);
        return floor.compareTo(BigInteger.valueOf(Long.MIN_VALUE)) >= 0 && ceiling.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) <= 0;
    }

    /**
     * Pays out exact shares in whole units.
     *
     * @param total       the number of units to pay out
     * @param exactShares each member's exact share in units; they must add up to {@code total}
     * @return the whole units each member gets, in the order of {@code exactShares}
     * @throws IllegalArgumentException if the shares do not add up to the total, or a share is not
     *                                  {@link #payable} (its whole units would not fit in a long)
     */
    public static Map<String, Long> apportion(long total, Map<String, Fraction> exactShares) {
        Objects.requireNonNull(exactShares, "exactShares");
        Fraction sum = Fraction.sum(exactShares.values());
        if (!sum.equals(Fraction.of(total))) {
            throw new IllegalArgumentException("exactShares: add up to " + sum + ", not to the " + total
                    + " units to pay out; shares must be efficient");
        }
        for (Map.Entry<String, Fraction> e : exactShares.entrySet()) {
            if (!payable(e.getValue())) {
                throw new IllegalArgumentException("exactShares." + e.getKey() + ": " + e.getValue()
                        + " units cannot be paid out: a payout is a whole number of units from " + Long.MIN_VALUE
                        + " to " + Long.MAX_VALUE);
            }
        }
        Map<String, Long> paid = new LinkedHashMap<>();
        List<Map.Entry<String, Fraction>> remainders = new ArrayList<>();
        BigInteger floors = BigInteger.ZERO;
        for (Map.Entry<String, Fraction> e : exactShares.entrySet()) {
            BigInteger floor = e.getValue().floor();
            floors = floors.add(floor);
            paid.put(e.getKey(), floor.longValueExact());
            remainders.add(Map.entry(e.getKey(), e.getValue().fractionalPart()));
        }
        long left = BigInteger.valueOf(total).subtract(floors).longValueExact();
        remainders.sort(Comparator.<Map.Entry<String, Fraction>, Fraction>comparing(Map.Entry::getValue).reversed()
                .thenComparing(Map.Entry::getKey));
        for (int i = 0; i < left; i++) {
            String id = remainders.get(i).getKey();
            paid.put(id, paid.get(id) + 1);
        }
        return Collections.unmodifiableMap(paid);
    }
}
