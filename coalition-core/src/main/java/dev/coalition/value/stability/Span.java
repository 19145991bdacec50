package dev.coalition.value.stability;

import dev.coalition.value.Fraction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The coalitions whose worth is settled, as the linear span of their indicator vectors in row
 * echelon form, and the allocation they determine once they span every player. Not thread-safe.
 */
final class Span {

    private final int n;
    private final List<Fraction[]> rows = new ArrayList<>(); // reduced rows, each with a leading 1
    private final List<Integer> leads = new ArrayList<>();

    Span(int n) {
        this.n = n;
    }

    /** How many independent coalitions have been added. */
    int rank() {
        return rows.size();
    }

    /** Whether x(mask) is already determined by the coalitions added. */
    boolean contains(int mask) {
        return reduce(indicator(mask, Fraction.ZERO)) == null;
    }

    /** Adds the equation x(mask) = worth; false (and nothing added) when it depends on those already added. */
    boolean add(int mask, Fraction worth) {
        Fraction[] row = reduce(indicator(mask, worth));
        if (row == null) {
            return false;
        }
        int lead = 0;
        while (row[lead].signum() == 0) {
            lead++;
        }
        Fraction inverse = Fraction.ONE.divide(row[lead]);
        for (int j = 0; j <= n; j++) {
            row[j] = row[j].multiply(inverse);
        }
        rows.add(row);
        leads.add(lead);
        return true;
    }

    /** The allocation the equations determine; only when {@link #rank()} is n. */
    Fraction[] solution() {
        Fraction[] x = new Fraction[n];
        Arrays.fill(x, Fraction.ZERO);
        // back-substitute from the row with the highest lead: rows were reduced only against earlier rows
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            order.add(k);
        }
        order.sort((p, q) -> Integer.compare(leads.get(q), leads.get(p)));
        for (int k : order) {
            Fraction[] row = rows.get(k);
            Fraction value = row[n];
            for (int j = leads.get(k) + 1; j < n; j++) {
                value = value.subtract(row[j].multiply(x[j]));
            }
            x[leads.get(k)] = value;
        }
        return x;
    }

    private Fraction[] indicator(int mask, Fraction worth) {
        Fraction[] row = new Fraction[n + 1];
        for (int i = 0; i < n; i++) {
            row[i] = (mask & (1 << i)) != 0 ? Fraction.ONE : Fraction.ZERO;
        }
        row[n] = worth;
        return row;
    }

    /** The row less its components along the rows added, or null when nothing of it remains. */
    private Fraction[] reduce(Fraction[] row) {
        for (int k = 0; k < rows.size(); k++) {
            Fraction factor = row[leads.get(k)];
            if (factor.signum() != 0) {
                Fraction[] basis = rows.get(k);
                for (int j = 0; j <= n; j++) {
                    if (basis[j].signum() != 0) {
                        row[j] = row[j].subtract(factor.multiply(basis[j]));
                    }
                }
            }
        }
        for (int j = 0; j < n; j++) {
            if (row[j].signum() != 0) {
                return row;
            }
        }
        return null;
    }
}
