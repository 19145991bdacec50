package dev.coalition.benchmarks;

import dev.coalition.ledger.CreditLedger;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The knowledge-equity {@link CreditLedger} at 1,000,000 entries over 1,000 members.
 *
 * <ul>
 *   <li>{@link #build}: appends 1,000,000 entries to an empty ledger, each operation checked as
 *       a caller's would be: 750,000 credits (member <i>a</i> credited by member <i>a</i>+1, 1..5
 *       credits, for one of 50 knowledge items) and, every fourth round over the members, 250,000
 *       redemptions of 2 credits (each checked against the balance). Dates advance one day per
 *       round of 1,000 entries. Time per ledger of 1,000,000 entries, in milliseconds.</li>
 *   <li>{@link #balance}: one member's balance (O(log n) look-up) in the finished ledger, members
 *       chosen by a fixed-seed random sequence. Time per look-up, in nanoseconds.</li>
 * </ul>
 *
 * <p>Memory: run with {@code -prof gc} and read {@code gc.alloc.rate.norm} (bytes allocated per
 * operation: per whole ledger for {@code build}, per look-up for {@code balance}). The set-up of
 * {@code balance} also prints the approximate heap the finished ledger retains (used heap after a
 * full GC, before and after building it). The fork gets a fixed 2 GB heap: building keeps a
 * million entries alive, so the time depends on the collector's heap sizing, and a fixed heap
 * makes runs comparable across machines.
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CreditLedgerBenchmark {

    /** Entries in the ledger. */
    static final int ENTRIES = 1_000_000;
    /** Members holding accounts. */
    static final int MEMBERS = 1_000;
    /** Seed of the balance look-ups. */
    static final long SEED = 11L;

    /** The inputs of every entry, precomputed so that {@link #build} measures the ledger alone. */
    @State(Scope.Benchmark)
    public static class Inputs {
        final String[] members = new String[MEMBERS];
        final String[] items = new String[50];
        final LocalDate[] dates = new LocalDate[ENTRIES / MEMBERS];

        @Setup(Level.Trial)
        public void setUp() {
            for (int i = 0; i < MEMBERS; i++) {
                members[i] = String.format("member-%04d", i);
            }
            for (int i = 0; i < items.length; i++) {
                items[i] = "knowledge-item-" + i;
            }
            LocalDate start = LocalDate.of(2024, 1, 1);
            for (int i = 0; i < dates.length; i++) {
                dates[i] = start.plusDays(i);
            }
        }

        /** Appends all the entries to an empty ledger. */
        CreditLedger build() {
            CreditLedger ledger = CreditLedger.empty();
            for (int i = 0; i < ENTRIES; i++) {
                int member = i % MEMBERS;
                int round = i / MEMBERS;
                if (round % 4 == 3) {
                    ledger = ledger.redeem(members[member], "mentoring session", 2, dates[round], "booked a mentoring session");
                } else {
                    ledger = ledger.credit(members[member], items[i % items.length], members[(member + 1) % MEMBERS],
                            1 + i % 5, dates[round], "found the material useful");
                }
            }
            return ledger;
        }
    }

    /** A finished ledger of 1,000,000 entries and the members to look up. */
    @State(Scope.Benchmark)
    public static class Built {
        CreditLedger ledger;
        String[] lookups;
        int next;

        @Setup(Level.Trial)
        public void setUp(Inputs inputs) {
            long before = usedAfterGc();
            ledger = inputs.build();
            long after = usedAfterGc();
            if (ledger.size() != ENTRIES) {
                throw new IllegalStateException("ledger has " + ledger.size() + " entries");
            }
            System.out.printf("# ledger: %d entries, issued %d, redeemed %d; retains about %.1f MB (%.0f bytes/entry)%n",
                    ledger.size(), ledger.issued(), ledger.redeemed(), (after - before) / 1e6,
                    (double) (after - before) / ENTRIES);
            SplittableRandom random = new SplittableRandom(SEED);
            lookups = new String[4096];
            for (int i = 0; i < lookups.length; i++) {
                lookups[i] = inputs.members[random.nextInt(MEMBERS)];
            }
        }

        private static long usedAfterGc() {
            Runtime runtime = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return runtime.totalMemory() - runtime.freeMemory();
        }
    }

    /** Builds a ledger of 1,000,000 entries from empty. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 10)
    @Measurement(iterations = 3, time = 10)
    public CreditLedger build(Inputs inputs) {
        return inputs.build();
    }

    /** One member's balance in the ledger of 1,000,000 entries. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 5)
    public void balance(Built built, Blackhole blackhole) {
        String member = built.lookups[built.next++ & (built.lookups.length - 1)];
        blackhole.consume(built.ledger.balance(member));
    }
}
