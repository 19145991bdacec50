package dev.coalition.assessment;

import dev.coalition.value.Fraction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The exact compatibility figures of a list of candidates: every pair's fit, the matrix, the
 * coalition fit, the weakest pair, the spread of the position dimensions and what each candidate
 * seeks. Immutable.
 */
public final class PartnerMatrix {

    private final List<String> ids;
    private final Fraction[][] fits;
    private final List<PairFit> pairs;
    private final Map<String, Map<Dimension, Fraction>> positions;
    private final Map<String, Set<String>> brings;
    private final Map<String, List<String>> seeks;
    private final List<SoughtResource> sought;
    private final Map<Dimension, Fraction> spread;

    private PartnerMatrix(List<String> ids, Fraction[][] fits, List<PairFit> pairs,
                          Map<String, Map<Dimension, Fraction>> positions, Map<String, Set<String>> brings,
                          Map<String, List<String>> seeks) {
        this.ids = ids;
        this.fits = fits;
        this.pairs = pairs;
        this.positions = positions;
        this.brings = brings;
        this.seeks = seeks;
        this.sought = soughtAmong(ids);
        this.spread = spreadOf(ids);
    }

    /**
     * The figures of valid candidates.
     *
     * @param weights the weight of each of {@link Dimension#pairwise()}, each at least 0, not all 0
     * @throws dev.coalition.core.InvalidCoalitionException naming every problem of {@link Candidates#check(List)}
     * @throws IllegalArgumentException when a weight is missing or negative, or all are 0
     */
    public static PartnerMatrix of(List<Candidate> candidates, Map<Dimension, Fraction> weights) {
        Candidates.requireValid(candidates);
        Fraction totalWeight = Fraction.ZERO;
        for (Dimension d : Dimension.pairwise()) {
            Fraction w = weights.get(d);
            if (w == null || w.signum() < 0) {
                throw new IllegalArgumentException("weights." + d + ": " + (w == null ? "is missing" : "is negative (" + w + ")")
                        + "; give every pairwise dimension a weight of 0 or more");
            }
            totalWeight = totalWeight.add(w);
        }
        if (totalWeight.signum() == 0) {
            throw new IllegalArgumentException("weights: are all 0; give at least one pairwise dimension a positive weight");
        }
        int n = candidates.size();
        List<String> ids = candidates.stream().map(Candidate::id).toList();
        Map<String, Map<Dimension, Fraction>> positions = new java.util.LinkedHashMap<>();
        List<Set<String>> brings = new ArrayList<>();
        List<Set<String>> ties = new ArrayList<>();
        for (Candidate c : candidates) {
            Map<Dimension, Fraction> normalised = new EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.scored()) {
                normalised.put(d, c.scale().normalise(c.scores().get(d.name())));
            }
            positions.put(c.id(), Collections.unmodifiableMap(normalised));
            brings.add(new HashSet<>(c.brings()));
            ties.add(new HashSet<>(c.priorTies()));
        }
        Fraction[][] fits = new Fraction[n][n];
        List<PairFit> pairs = new ArrayList<>(n * (n - 1) / 2);
        for (int i = 0; i < n; i++) {
            fits[i][i] = Fraction.ONE;
            for (int j = i + 1; j < n; j++) {
                boolean tied = ties.get(i).contains(ids.get(j)) || ties.get(j).contains(ids.get(i));
                Map<Dimension, Fraction> figures = figures(positions.get(ids.get(i)), positions.get(ids.get(j)),
                        brings.get(i), brings.get(j), tied);
                Fraction weighted = Fraction.ZERO;
                for (Dimension d : Dimension.pairwise()) {
                    weighted = weighted.add(weights.get(d).multiply(figures.get(d)));
                }
                Fraction fit = weighted.divide(totalWeight);
                fits[i][j] = fit;
                fits[j][i] = fit;
                boolean ordered = ids.get(i).compareTo(ids.get(j)) < 0;
                pairs.add(new PairFit(ordered ? ids.get(i) : ids.get(j), ordered ? ids.get(j) : ids.get(i), fit, figures));
            }
        }
        pairs.sort(Comparator.comparing(PairFit::a).thenComparing(PairFit::b));
        Map<String, Set<String>> bringsById = new java.util.HashMap<>();
        Map<String, List<String>> seeksById = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            bringsById.put(ids.get(i), brings.get(i));
            seeksById.put(ids.get(i), List.copyOf(new LinkedHashSet<>(candidates.get(i).seeks())));
        }
        return new PartnerMatrix(ids, fits, List.copyOf(pairs), Collections.unmodifiableMap(positions), bringsById, seeksById);
    }

    /** The figure of each pairwise dimension for two candidates' normalised scores, resources and tie. */
    static Map<Dimension, Fraction> figures(Map<Dimension, Fraction> a, Map<Dimension, Fraction> b, Set<String> bringsA,
                                           Set<String> bringsB, boolean tied) {
        Map<Dimension, Fraction> figures = new EnumMap<>(Dimension.class);
        figures.put(Dimension.STRATEGIC_VISION, Fraction.min(a.get(Dimension.STRATEGIC_VISION), b.get(Dimension.STRATEGIC_VISION)));
        for (Dimension d : Dimension.positions()) {
            Fraction difference = a.get(d).subtract(b.get(d));
            figures.put(d, Fraction.ONE.subtract(difference.signum() < 0 ? difference.negate() : difference));
        }
        figures.put(Dimension.RESOURCE_COMPLEMENTARITY, complementarity(bringsA, bringsB));
        figures.put(Dimension.RELATIONSHIP_HISTORY, tied ? Fraction.ONE : Fraction.ZERO);
        return figures;
    }

    /** 1 − |A ∩ B| / |A ∪ B|, or 0 when either brings nothing. */
    static Fraction complementarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Fraction.ZERO;
        }
        long common = a.stream().filter(b::contains).count();
        long union = a.size() + b.size() - common;
        return Fraction.ONE.subtract(Fraction.of(common, union));
    }

    private Map<Dimension, Fraction> spreadOf(List<String> among) {
        Map<Dimension, Fraction> result = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.positions()) {
            Fraction min = null;
            Fraction max = null;
            for (String id : among) {
                Fraction x = positions.get(id).get(d);
                min = min == null || x.compareTo(min) < 0 ? x : min;
                max = max == null || x.compareTo(max) > 0 ? x : max;
            }
            result.put(d, max.subtract(min));
        }
        return Collections.unmodifiableMap(result);
    }

    /** The candidates' ids, in input order. */
    public List<String> candidates() {
        return ids;
    }

    /** The number of candidates. */
    public int size() {
        return ids.size();
    }

    /** The fit of the i-th and j-th candidates (input order); 1 when i == j. */
    public Fraction fit(int i, int j) {
        return fits[i][j];
    }

    /** The matrix of pair fits, rows and columns in input order, 1 on the diagonal. */
    public List<List<Fraction>> matrix() {
        List<List<Fraction>> rows = new ArrayList<>(ids.size());
        for (Fraction[] row : fits) {
            rows.add(List.of(row));
        }
        return Collections.unmodifiableList(rows);
    }

    /** Every pair (a &lt; b by id), ordered by a, then b. */
    public List<PairFit> pairs() {
        return pairs;
    }

    /** The mean of the pair fits. */
    public Fraction coalitionFit() {
        return Fraction.sum(pairs.stream().map(PairFit::fit).toList()).divide(BigInteger.valueOf(pairs.size()));
    }

    /** The pair with the lowest fit; ties go to the smallest ids (a, then b). */
    public PairFit weakestPair() {
        PairFit weakest = pairs.get(0);
        for (PairFit p : pairs) {
            if (p.fit().compareTo(weakest.fit()) < 0) {
                weakest = p;
            }
        }
        return weakest;
    }

    /** Max − min of the candidates' normalised positions, for each of {@link Dimension#positions()}. */
    public Map<Dimension, Fraction> spread() {
        return spread;
    }

    /** The spread of the position dimensions among some of the candidates. */
    public Map<Dimension, Fraction> spreadAmong(List<String> candidates) {
        return spreadOf(candidates);
    }

    /** A candidate's normalised score (0..1) on a scored dimension. */
    public Fraction score(String candidate, Dimension dimension) {
        Map<Dimension, Fraction> scores = positions.get(candidate);
        if (scores == null) {
            throw new IllegalArgumentException("candidate: unknown candidate \"" + candidate + "\"; use one of " + ids);
        }
        return Objects.requireNonNull(scores.get(dimension), () -> "dimension: " + dimension + " is not scored; use one of "
                + Dimension.scored());
    }

    /** Every resource a candidate seeks (each once, candidates in input order) and how many others bring it. */
    public List<SoughtResource> sought() {
        return sought;
    }

    /** Every resource a candidate among some of the candidates seeks, and how many of the others among them bring it. */
    public List<SoughtResource> soughtAmong(List<String> among) {
        List<SoughtResource> result = new ArrayList<>();
        for (String id : among) {
            for (String resource : seeks.get(id)) {
                int others = 0;
                for (String other : among) {
                    others += !other.equals(id) && brings.get(other).contains(resource) ? 1 : 0;
                }
                result.add(new SoughtResource(id, resource, others));
            }
        }
        return List.copyOf(result);
    }

    /** The resources sought that no other candidate brings. */
    public List<SoughtResource> unservedWants() {
        return sought.stream().filter(s -> s.broughtByOthers() == 0).toList();
    }
}
