package dev.coalition.value.stability;

import dev.coalition.value.Fraction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The linear program behind the least core and each round of the nucleolus, solved through its
 * dual: minimise &epsilon; over allocations x with x(S) + &epsilon; &ge; v(S) for each open coalition
 * S, x(F) = d<sub>F</sub> for each settled coalition F (the grand coalition among them), and, for
 * imputations, x<sub>i</sub> &ge; v({i}).
 *
 * <p>The dual has one row per player and one for &Sigma;&lambda; = 1, so the tableau stays n + 1
 * rows high however many coalitions there are: maximise &Sigma; v(S)&lambda;<sub>S</sub> +
 * &Sigma; d<sub>F</sub>&mu;<sub>F</sub> + &Sigma; v({i})&rho;<sub>i</sub> with, for each player i,
 * &Sigma;<sub>S&ni;i</sub> &lambda;<sub>S</sub> + &Sigma;<sub>F&ni;i</sub> &mu;<sub>F</sub> + &rho;<sub>i</sub> = 0;
 * &lambda;, &rho; &ge; 0 and &mu; free. A coalition with &lambda;<sub>S</sub> &gt; 0 is tight in every
 * optimal allocation (complementary slackness).
 */
final class ExcessProgram {

    private ExcessProgram() {
    }

    /**
     * The optimum of one program.
     *
     * @param epsilon the least largest excess
     * @param tight   the open coalitions (bit masks) with a positive dual weight: tight in every optimum
     */
    record Optimum(Fraction epsilon, List<Integer> tight) {
    }

    /**
     * Solves the program.
     *
     * @param n       the number of players
     * @param values  v by coalition bit mask
     * @param open    the coalitions whose excess is bounded by &epsilon;
     * @param settled the coalitions whose worth is fixed, with that worth
     * @param imputations whether each player must get at least its own value
     */
    static Optimum solve(int n, Fraction[] values, List<Integer> open, Map<Integer, Fraction> settled, boolean imputations) {
        List<Fraction[]> columns = new ArrayList<>();
        List<Fraction> costs = new ArrayList<>();
        for (int mask : open) {
            columns.add(column(n, mask, Fraction.ONE, Fraction.ONE));
            costs.add(values[mask].negate());
        }
        for (Map.Entry<Integer, Fraction> f : settled.entrySet()) {
            columns.add(column(n, f.getKey(), Fraction.ONE, Fraction.ZERO));
            costs.add(f.getValue().negate());
            columns.add(column(n, f.getKey(), Fraction.ONE.negate(), Fraction.ZERO));
            costs.add(f.getValue());
        }
        if (imputations) {
            for (int i = 0; i < n; i++) {
                columns.add(column(n, 1 << i, Fraction.ONE, Fraction.ZERO));
                costs.add(values[1 << i].negate());
            }
        }
        Fraction[][] a = new Fraction[n + 1][columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            for (int r = 0; r <= n; r++) {
                a[r][j] = columns.get(j)[r];
            }
        }
        Fraction[] b = new Fraction[n + 1];
        java.util.Arrays.fill(b, Fraction.ZERO);
        b[n] = Fraction.ONE;
        ExactSimplex.Solution s = ExactSimplex.minimize(costs.toArray(Fraction[]::new), a, b);
        List<Integer> tight = new ArrayList<>();
        for (int j = 0; j < open.size(); j++) {
            if (s.x()[j].signum() > 0) {
                tight.add(open.get(j));
            }
        }
        return new Optimum(s.value().negate(), List.copyOf(tight));
    }

    private static Fraction[] column(int n, int mask, Fraction entry, Fraction last) {
        Fraction[] column = new Fraction[n + 1];
        for (int i = 0; i < n; i++) {
            column[i] = (mask & (1 << i)) != 0 ? entry : Fraction.ZERO;
        }
        column[n] = last;
        return column;
    }
}
