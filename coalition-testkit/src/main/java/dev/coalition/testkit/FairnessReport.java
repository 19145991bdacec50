package dev.coalition.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link FairnessCheck} found: how many cases it ran, each law checked with the cases it
 * applied to, and the first counterexample of each law broken. Immutable; {@link #lines()} (or
 * {@link #toString()}) is ready to print, {@link #passed()} says whether every law held.
 *
 * @param subject what was checked, e.g. {@code advisor (policy 3f2a...)} or {@code policy EQUAL}
 * @param seed    the seed of the run: the same seed, cases and shape check the same requests
 * @param cases   the number of requests generated
 * @param laws    each law checked, in {@link FairnessLaw} order
 */
public record FairnessReport(String subject, long seed, int cases, List<LawResult> laws) {

    /** Checks the parts and copies the list. */
    public FairnessReport {
        Objects.requireNonNull(subject, "subject");
        laws = List.copyOf(laws);
    }

    /**
     * One law's result.
     *
     * @param law     the law
     * @param applied the cases it applied to (a symmetry law needs two members the request cannot tell apart)
     * @param broken  the cases that broke it
     * @param first   the first case that broke it, if any
     */
    public record LawResult(FairnessLaw law, int applied, int broken, Optional<Failure> first) {

        /** Checks the parts. */
        public LawResult {
            Objects.requireNonNull(law, "law");
            Objects.requireNonNull(first, "first");
        }
    }

    /**
     * The first case that broke a law.
     *
     * @param caseNumber     the case, from 1
     * @param caseSeed       the seed its request was generated from: {@code new Random(caseSeed)} with the same shape gives it again
     * @param counterexample the counterexample
     */
    public record Failure(int caseNumber, long caseSeed, Counterexample counterexample) {

        /** Checks the parts. */
        public Failure {
            Objects.requireNonNull(counterexample, "counterexample");
        }
    }

    /** Whether every law held in every case. */
    public boolean passed() {
        return laws.stream().allMatch(l -> l.broken() == 0);
    }

    /** The laws checked. */
    public List<FairnessLaw> lawsChecked() {
        return laws.stream().map(LawResult::law).toList();
    }

    /** The first counterexample of each law broken, in law order; empty when the check passed. */
    public List<Counterexample> counterexamples() {
        return laws.stream().flatMap(l -> l.first().stream()).map(Failure::counterexample).toList();
    }

    /** The first counterexample of a law, if it was broken. */
    public Optional<Counterexample> counterexample(FairnessLaw law) {
        return laws.stream().filter(l -> l.law() == law).flatMap(l -> l.first().stream()).map(Failure::counterexample).findFirst();
    }

    /** The report as lines to print: a heading, one line per law, each counterexample, and the verdict. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Fairness check of " + subject + ": " + cases + " case" + (cases == 1 ? "" : "s") + " from seed " + seed);
        int width = laws.stream().mapToInt(l -> l.law().name().length()).max().orElse(0);
        for (LawResult l : laws) {
            String name = String.format("%-" + width + "s", l.law().name());
            if (l.broken() > 0) {
                Failure f = l.first().orElseThrow();
                lines.add("  BROKEN " + name + "  in " + l.broken() + " of " + l.applied() + " cases; first in case " + f.caseNumber()
                        + " (case seed " + f.caseSeed() + ")");
            } else if (l.applied() == 0) {
                lines.add("  -      " + name + "  not tested: it applied to none of the cases");
            } else {
                lines.add("  held   " + name + "  in " + l.applied() + " of " + cases + " cases");
            }
        }
        for (LawResult l : laws) {
            l.first().ifPresent(f -> {
                lines.add("");
                lines.add("Counterexample (case " + f.caseNumber() + "):");
                f.counterexample().message().lines().forEach(line -> lines.add("  " + line));
            });
        }
        long broken = laws.stream().filter(l -> l.broken() > 0).count();
        lines.add("");
        lines.add(broken == 0 ? "PASSED: every law held (" + laws.size() + " laws, " + cases + " cases)"
                : "FAILED: " + broken + " of " + laws.size() + " laws broken");
        return List.copyOf(lines);
    }

    /** {@link #lines()}, one per line. */
    @Override
    public String toString() {
        return String.join("\n", lines());
    }
}
