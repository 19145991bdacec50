package dev.coalition.assessment;

import dev.coalition.value.Fraction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which candidates to leave out so that the weakest pair among those who remain fits best: at most
 * {@code maxLeaveOut} left out, at least {@code minMembers} remaining. Options are ranked by the
 * weakest-pair fit after (higher first), then fewer left out, then the higher coalition fit after,
 * then the smallest ids left out.
 *
 * <p>Up to {@value #EXACT_UP_TO} candidates every allowed set is tried ({@link Method#EXACT}).
 * Beyond, the search is greedy ({@link Method#GREEDY_WEAKEST_PAIR}): it leaves out one member of
 * the current weakest pair at a time, the one whose absence leaves the better-ranked set, and
 * ranks every set it tried on the way. The greedy answer may miss a better set.
 */
public final class CompositionSearch {

    /** The most candidates searched exactly. */
    public static final int EXACT_UP_TO = 16;

    /** How the options were found. */
    public enum Method {
        /** Every allowed set was tried. */
        EXACT,
        /** One member of the weakest pair left out at a time; may miss a better set. */
        GREEDY_WEAKEST_PAIR
    }

    /**
     * What a search found.
     *
     * @param method  how the options were found
     * @param options the best options, best first
     */
    public record Result(Method method, List<CompositionOption> options) {

        public Result {
            Objects.requireNonNull(method, "method");
            options = List.copyOf(options);
        }
    }

    /** The ranking of options: best first. */
    public static final Comparator<CompositionOption> RANKING = Comparator
            .comparing(CompositionOption::weakestPairAfter, Comparator.reverseOrder())
            .thenComparingInt(o -> o.leaveOut().size())
            .thenComparing(CompositionOption::coalitionFitAfter, Comparator.reverseOrder())
            .thenComparing(CompositionOption::leaveOut, CompositionSearch::compareIds);

    private CompositionSearch() {
    }

    /**
     * The best {@code limit} ways to leave candidates out, best first, whether or not they raise the
     * weakest-pair fit ({@link CompositionOption#raisesWeakestPair()}).
     *
     * @throws IllegalArgumentException when {@code maxLeaveOut} or {@code limit} is negative or {@code minMembers} is below 2
     */
    public static Result search(PartnerMatrix matrix, int maxLeaveOut, int minMembers, int limit) {
        if (maxLeaveOut < 0 || limit < 0) {
            throw new IllegalArgumentException("maxLeaveOut, limit: must be 0 or more (are " + maxLeaveOut + ", " + limit + ")");
        }
        if (minMembers < 2) {
            throw new IllegalArgumentException("minMembers: is " + minMembers + "; a coalition that remains needs at least 2");
        }
        int n = matrix.size();
        int most = Math.min(maxLeaveOut, n - minMembers);
        List<CompositionOption> options = new ArrayList<>();
        Method method = n <= EXACT_UP_TO ? Method.EXACT : Method.GREEDY_WEAKEST_PAIR;
        if (most > 0) {
            Fraction before = evaluate(matrix, new boolean[n]).weakestPairAfter();
            if (method == Method.EXACT) {
                for (int mask = 1; mask < 1 << n; mask++) {
                    if (Integer.bitCount(mask) <= most) {
                        boolean[] out = new boolean[n];
                        for (int i = 0; i < n; i++) {
                            out[i] = (mask & 1 << i) != 0;
                        }
                        options.add(withBefore(evaluate(matrix, out), before));
                    }
                }
            } else {
                greedy(matrix, most, before, options);
            }
        }
        options.sort(RANKING);
        return new Result(method, options.subList(0, Math.min(limit, options.size())));
    }

    private static void greedy(PartnerMatrix matrix, int most, Fraction before, List<CompositionOption> options) {
        int n = matrix.size();
        boolean[] out = new boolean[n];
        for (int step = 0; step < most; step++) {
            int[] weakest = weakestPair(matrix, out);
            CompositionOption best = null;
            int bestIndex = -1;
            for (int leave : weakest) {
                out[leave] = true;
                CompositionOption option = withBefore(evaluate(matrix, out), before);
                out[leave] = false;
                options.add(option);
                if (best == null || RANKING.compare(option, best) < 0) {
                    best = option;
                    bestIndex = leave;
                }
            }
            out[bestIndex] = true;
        }
    }

    /** The indices of the weakest pair among those not left out (ties: smallest ids). */
    private static int[] weakestPair(PartnerMatrix matrix, boolean[] out) {
        int[] weakest = null;
        Fraction lowest = null;
        String[] key = null;
        List<String> ids = matrix.candidates();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (out[i] || out[j]) {
                    continue;
                }
                Fraction fit = matrix.fit(i, j);
                String[] pair = ids.get(i).compareTo(ids.get(j)) < 0 ? new String[] {ids.get(i), ids.get(j)}
                        : new String[] {ids.get(j), ids.get(i)};
                int c = lowest == null ? -1 : fit.compareTo(lowest);
                if (c < 0 || c == 0 && compareIds(List.of(pair), List.of(key)) < 0) {
                    weakest = new int[] {i, j};
                    lowest = fit;
                    key = pair;
                }
            }
        }
        return weakest;
    }

    private static CompositionOption withBefore(CompositionOption o, Fraction before) {
        return new CompositionOption(o.leaveOut(), o.remaining(), before, o.weakestPairAfter(), o.coalitionFitAfter());
    }

    /** The figures of the candidates not left out; weakestPairBefore is a placeholder until {@link #withBefore}. */
    private static CompositionOption evaluate(PartnerMatrix matrix, boolean[] out) {
        List<String> ids = matrix.candidates();
        List<String> leaveOut = new ArrayList<>();
        List<String> remaining = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            (out[i] ? leaveOut : remaining).add(ids.get(i));
        }
        leaveOut.sort(Comparator.naturalOrder());
        Fraction lowest = null;
        Fraction sum = Fraction.ZERO;
        long pairs = 0;
        for (int i = 0; i < ids.size(); i++) {
            if (out[i]) {
                continue;
            }
            for (int j = i + 1; j < ids.size(); j++) {
                if (!out[j]) {
                    Fraction fit = matrix.fit(i, j);
                    lowest = lowest == null || fit.compareTo(lowest) < 0 ? fit : lowest;
                    sum = sum.add(fit);
                    pairs++;
                }
            }
        }
        return new CompositionOption(leaveOut, remaining, Fraction.ZERO, lowest, sum.divide(BigInteger.valueOf(pairs)));
    }

    /** Lists of ids compared element by element, a shorter prefix first. */
    static int compareIds(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
