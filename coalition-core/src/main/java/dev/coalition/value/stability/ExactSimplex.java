package dev.coalition.value.stability;

import dev.coalition.value.Fraction;
import java.util.Arrays;

/**
 * A small exact linear-program solver: minimise c&middot;x subject to A x = b, x &ge; 0, with b &ge; 0,
 * by the two-phase tableau simplex method in exact fractions. Bland's rule (the entering column is
 * the lowest-numbered one that improves; ties in the ratio test go to the lowest-numbered basic
 * variable) keeps it from cycling on the degenerate programs the coalition games give.
 */
final class ExactSimplex {

    private ExactSimplex() {
    }

    /**
     * An optimal basic solution.
     *
     * @param value the least value of c&middot;x
     * @param x     the optimal point, one entry per column of A
     */
    record Solution(Fraction value, Fraction[] x) {
    }

    /**
     * Minimises c&middot;x subject to A x = b, x &ge; 0.
     *
     * @throws IllegalArgumentException if a right-hand side is negative
     * @throws ArithmeticException      if the program is infeasible or unbounded
     */
    static Solution minimize(Fraction[] c, Fraction[][] a, Fraction[] b) {
        int m = a.length;
        int n = c.length;
        int width = n + m + 1; // the columns, one artificial per row, the right-hand side
        Fraction[][] t = new Fraction[m + 1][width];
        int[] basis = new int[m];
        for (int r = 0; r < m; r++) {
            if (b[r].signum() < 0) {
                throw new IllegalArgumentException("b[" + r + "]: is " + b[r] + "; the right-hand sides must be >= 0");
            }
            Arrays.fill(t[r], Fraction.ZERO);
            System.arraycopy(a[r], 0, t[r], 0, n);
            t[r][n + r] = Fraction.ONE;
            t[r][width - 1] = b[r];
            basis[r] = n + r;
        }
        // phase 1: minimise the sum of the artificials; its reduced costs are minus the column sums
        Arrays.fill(t[m], Fraction.ZERO);
        for (int j = 0; j < n; j++) {
            Fraction sum = Fraction.ZERO;
            for (int r = 0; r < m; r++) {
                sum = sum.add(t[r][j]);
            }
            t[m][j] = sum.negate();
        }
        Fraction total = Fraction.ZERO;
        for (Fraction f : b) {
            total = total.add(f);
        }
        t[m][width - 1] = total.negate();
        iterate(t, basis, n + m);
        if (t[m][width - 1].signum() != 0) {
            throw new ArithmeticException("the linear program is infeasible");
        }
        boolean[] dropped = new boolean[m];
        for (int r = 0; r < m; r++) {
            if (basis[r] >= n) { // an artificial left at level 0: swap it for a real column, or drop a redundant row
                int j = 0;
                while (j < n && t[r][j].signum() == 0) {
                    j++;
                }
                if (j < n) {
                    pivot(t, basis, r, j);
                } else {
                    dropped[r] = true;
                }
            }
        }
        // phase 2: reduced costs of c over the basis found; artificial columns never enter again
        for (int j = 0; j < width; j++) {
            t[m][j] = j < n ? c[j] : Fraction.ZERO;
        }
        for (int r = 0; r < m; r++) {
            if (!dropped[r] && basis[r] < n && c[basis[r]].signum() != 0) {
                Fraction cb = c[basis[r]];
                for (int j = 0; j < width; j++) {
                    if (t[r][j].signum() != 0) {
                        t[m][j] = t[m][j].subtract(cb.multiply(t[r][j]));
                    }
                }
            }
        }
        for (int r = 0; r < m; r++) {
            if (dropped[r]) {
                Arrays.fill(t[r], Fraction.ZERO);
                basis[r] = -1;
            }
        }
        if (!iterate(t, basis, n)) {
            throw new ArithmeticException("the linear program is unbounded");
        }
        Fraction[] x = new Fraction[n];
        Arrays.fill(x, Fraction.ZERO);
        for (int r = 0; r < m; r++) {
            if (basis[r] >= 0 && basis[r] < n) {
                x[basis[r]] = t[r][width - 1];
            }
        }
        return new Solution(t[m][width - 1].negate(), x);
    }

    /** Pivots until no column below {@code columns} improves; false when the program is unbounded. */
    private static boolean iterate(Fraction[][] t, int[] basis, int columns) {
        int m = basis.length;
        int rhs = t[0].length - 1;
        while (true) {
            int enter = -1;
            for (int j = 0; j < columns; j++) {
                if (t[m][j].signum() < 0) {
                    enter = j;
                    break;
                }
            }
            if (enter < 0) {
                return true;
            }
            int leave = -1;
            Fraction best = null;
            for (int r = 0; r < m; r++) {
                if (basis[r] >= 0 && t[r][enter].signum() > 0) {
                    Fraction ratio = t[r][rhs].divide(t[r][enter]);
                    int cmp = best == null ? -1 : ratio.compareTo(best);
                    if (cmp < 0 || cmp == 0 && basis[r] < basis[leave]) {
                        best = ratio;
                        leave = r;
                    }
                }
            }
            if (leave < 0) {
                return false;
            }
            pivot(t, basis, leave, enter);
        }
    }

    private static void pivot(Fraction[][] t, int[] basis, int row, int column) {
        Fraction[] p = t[row];
        Fraction inverse = Fraction.ONE.divide(p[column]);
        for (int j = 0; j < p.length; j++) {
            if (p[j].signum() != 0) {
                p[j] = p[j].multiply(inverse);
            }
        }
        for (int r = 0; r < t.length; r++) {
            Fraction factor = t[r][column];
            if (r != row && factor.signum() != 0) {
                Fraction[] target = t[r];
                for (int j = 0; j < p.length; j++) {
                    if (p[j].signum() != 0) {
                        target[j] = target[j].subtract(factor.multiply(p[j]));
                    }
                }
            }
        }
        basis[row] = column;
    }
}
