package dev.coalition.testkit;

import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.value.AllocationPolicy;
import dev.coalition.value.AllocationRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Checks the fairness laws over many generated requests and reports the first counterexample of
 * each law broken, without a test framework:
 *
 * <pre>{@code
 * FairnessReport report = FairnessCheck.of(advisor).seed(42).cases(200).run();
 * report.lines().forEach(System.out::println);   // or: if (!report.passed()) ...
 * }</pre>
 *
 * <p>For an advisor (e.g. built from your own DRL with {@code policyDirectory}), each case is a
 * coalition and a distribution of {@link RequestShape#forAdvisor()}: inputs sometimes missing,
 * principles stated, a policy sometimes named; the rules choose the policy. Every law is checked,
 * the laws of a game on the cases that ask the game to decide
 * ({@link AdvisorAllocationPolicy#asksTheGameToDecide}). For an {@link AllocationPolicy}, each case
 * is a request of {@link RequestShape#defaults()} (every input given) and the laws every policy
 * keeps are checked ({@link FairnessLaw#everyPolicy()}); add the game's with {@link #laws}. The
 * same seed, cases and shape check the same requests. Immutable: each setter returns a new check.
 */
public final class FairnessCheck {

    /** The seed when none is given. */
    public static final long DEFAULT_SEED = 1;

    /** The cases when none are given. */
    public static final int DEFAULT_CASES = 200;

    /** The most cases a check runs. */
    public static final int MAX_CASES = 1_000_000;

    private final CoalitionAdvisor advisor;
    private final AllocationPolicy policy;
    private final long seed;
    private final int cases;
    private final RequestShape shape;
    private final Set<FairnessLaw> laws;

    private FairnessCheck(CoalitionAdvisor advisor, AllocationPolicy policy, long seed, int cases, RequestShape shape,
                          Set<FairnessLaw> laws) {
        this.advisor = advisor;
        this.policy = policy;
        this.seed = seed;
        this.cases = cases;
        this.shape = shape;
        this.laws = laws;
    }

    /** A check of an advisor's distributions: every law, on distributions of {@link RequestShape#forAdvisor()}. */
    public static FairnessCheck of(CoalitionAdvisor advisor) {
        Shapes.given(advisor, "advisor", "the advisor to check, e.g. CoalitionAdvisor.builder().policyDirectory(dir).build()");
        return new FairnessCheck(advisor, null, DEFAULT_SEED, DEFAULT_CASES, RequestShape.forAdvisor(),
                EnumSet.allOf(FairnessLaw.class));
    }

    /** A check of an allocation policy: the laws every policy keeps, on requests of {@link RequestShape#defaults()}. */
    public static FairnessCheck of(AllocationPolicy policy) {
        Shapes.given(policy, "policy", "the allocation policy to check");
        return new FairnessCheck(null, policy, DEFAULT_SEED, DEFAULT_CASES, RequestShape.defaults(),
                EnumSet.copyOf(FairnessLaw.everyPolicy()));
    }

    /** This check from another seed (default {@value #DEFAULT_SEED}). */
    public FairnessCheck seed(long seed) {
        return new FairnessCheck(advisor, policy, seed, cases, shape, laws);
    }

    /**
     * This check with another number of cases (default {@value #DEFAULT_CASES}).
     *
     * @throws IllegalArgumentException if {@code cases} is not 1 to {@value #MAX_CASES}
     */
    public FairnessCheck cases(int cases) {
        if (cases < 1 || cases > MAX_CASES) {
            throw new IllegalArgumentException("cases: " + cases + " is not 1 to " + MAX_CASES + "; give how many requests to check, e.g. "
                    + DEFAULT_CASES);
        }
        return new FairnessCheck(advisor, policy, seed, cases, shape, laws);
    }

    /** This check on requests of another shape. */
    public FairnessCheck shape(RequestShape shape) {
        return new FairnessCheck(advisor, policy, seed, cases, Shapes.given(shape, "shape", "a request shape, e.g. RequestShape.forAdvisor()"), laws);
    }

    /**
     * This check of the given laws only ({@link FairnessLaw#ANSWERS_VALID_REQUEST} is always checked).
     *
     * @throws IllegalArgumentException if no law is given
     */
    public FairnessCheck laws(Collection<FairnessLaw> laws) {
        if (laws == null || laws.isEmpty()) {
            throw new IllegalArgumentException("laws: give at least one law, e.g. FairnessLaw.everyPolicy()");
        }
        Set<FairnessLaw> chosen = EnumSet.copyOf(laws);
        chosen.add(FairnessLaw.ANSWERS_VALID_REQUEST);
        return new FairnessCheck(advisor, policy, seed, cases, shape, chosen);
    }

    /** This check of the given laws only. */
    public FairnessCheck laws(FairnessLaw... laws) {
        return laws(Arrays.asList(laws));
    }

    /** Runs the check: generates the cases from the seed and checks each law on each. */
    public FairnessReport run() {
        Map<FairnessLaw, int[]> counts = new LinkedHashMap<>(); // applied, broken
        Map<FairnessLaw, FairnessReport.Failure> firsts = new LinkedHashMap<>();
        laws.forEach(l -> counts.put(l, new int[2]));
        Random seeds = new Random(seed);
        for (int i = 1; i <= cases; i++) {
            long caseSeed = seeds.nextLong();
            Random random = new Random(caseSeed);
            List<LawChecks.Result> results = advisor != null ? advisorCase(random) : policyCase(random);
            for (LawChecks.Result r : results) {
                int[] c = counts.get(r.law());
                if (r.applied()) {
                    c[0]++;
                }
                if (r.counterexample() != null) {
                    c[1]++;
                    firsts.putIfAbsent(r.law(), new FairnessReport.Failure(i, caseSeed, r.counterexample()));
                }
            }
        }
        List<FairnessReport.LawResult> lawResults = new ArrayList<>();
        counts.forEach((law, c) -> lawResults.add(new FairnessReport.LawResult(law, c[0], c[1], Optional.ofNullable(firsts.get(law)))));
        return new FairnessReport(subject(), seed, cases, lawResults);
    }

    private List<LawChecks.Result> advisorCase(Random random) {
        Distribution d = AllocationRequests.distribution(random, shape);
        AdvisorAllocationPolicy asked = AdvisorAllocationPolicy.of(advisor, d.coalition(), d.request());
        Set<FairnessLaw> caseLaws = EnumSet.copyOf(laws);
        if (!AdvisorAllocationPolicy.asksTheGameToDecide(d.request())) {
            caseLaws.removeIf(FairnessLaw::gameLaw);
        }
        return LawChecks.check(asked, asked.request(), caseLaws, r -> FairnessAssertions.describe(d, r), random);
    }

    private List<LawChecks.Result> policyCase(Random random) {
        AllocationRequest request = AllocationRequests.random(random, shape);
        return LawChecks.check(policy, request, laws, AllocationRequests::describe, random);
    }

    private String subject() {
        if (advisor == null) {
            return "policy " + policy.name();
        }
        String hash = advisor.policyHash(); // e.g. sha256:3225...: the algorithm and 12 hex digits tell policies apart
        return "advisor (policy " + hash.substring(0, Math.min(hash.length(), hash.indexOf(':') + 13)) + ")";
    }
}
