package dev.coalition.ledger;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An append-only ledger of knowledge-equity credits (the article's education coalition: credits
 * for knowledge others found valuable, redeemable for benefits). A value: every operation returns
 * a new ledger and leaves this one as it was, so the caller persists whichever version it keeps
 * (see {@link LedgerJson}). Balances are derived from the entries; a credit is never lost or
 * counted twice; a redemption larger than the balance fails and changes nothing.
 *
 * <p>Ledgers that share history share storage: appending to the newest version costs O(1)
 * amortised, and a balance is found in O(log n). Immutable and thread-safe.
 */
public final class CreditLedger {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final CreditLedger EMPTY = new CreditLedger(new Store(), 0);

    private final Store store;
    private final int size;

    private CreditLedger(Store store, int size) {
        this.store = store;
        this.size = size;
    }

    /** The empty ledger. */
    public static CreditLedger empty() {
        return EMPTY;
    }

    /**
     * Rebuilds a ledger from entries, checking each as if it were appended in order.
     *
     * @throws InvalidCoalitionException naming each entry that is invalid or would overdraw a balance
     */
    public static CreditLedger of(List<CreditEntry> entries) {
        CreditLedger ledger = empty();
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CreditEntry e = entries.get(i);
            String path = "entries[" + i + "]";
            if (e.sequence() != ledger.size() + 1) {
                problems.add(new Violation(path + ".sequence", e.sequence() + " is out of order; expected " + (ledger.size() + 1)));
            }
            try {
                ledger = e.kind() == EntryKind.CREDIT
                        ? ledger.credit(e.member(), e.subject(), e.creditedBy(), e.amount(), e.date(), e.reason())
                        : ledger.redeem(e.member(), e.subject(), e.amount(), e.date(), e.reason());
            } catch (InvalidCoalitionException ex) {
                ex.violations().forEach(v -> problems.add(new Violation(path + "." + v.path(), v.message())));
            } catch (InsufficientCreditsException ex) {
                problems.add(new Violation(path + ".amount", ex.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        return ledger;
    }

    /**
     * Credits a member for a knowledge item another member found valuable.
     *
     * @return the ledger with the entry appended
     * @throws InvalidCoalitionException naming each invalid field (ids, a self-credit, amount &le; 0,
     *                                   a date before the last entry)
     */
    public CreditLedger credit(String member, String knowledgeItem, String creditedBy, long amount, LocalDate date,
                               String reason) {
        List<Violation> problems = new ArrayList<>();
        checkCommon(member, knowledgeItem, "knowledgeItem", amount, date, reason, problems);
        if (creditedBy == null || !ID.matcher(creditedBy).matches()) {
            problems.add(new Violation("creditedBy", "\"" + creditedBy + "\" is not a member id"));
        } else if (creditedBy.equals(member)) {
            problems.add(new Violation("creditedBy", "a member cannot credit itself (\"" + member + "\")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        return append(new CreditEntry(size + 1L, EntryKind.CREDIT, member, knowledgeItem, creditedBy, amount, date, reason));
    }

    /**
     * Redeems credits for a benefit.
     *
     * @return the ledger with the redemption appended
     * @throws InsufficientCreditsException if the member holds fewer credits; nothing changes
     * @throws InvalidCoalitionException    naming each invalid field
     */
    public CreditLedger redeem(String member, String benefit, long amount, LocalDate date, String reason) {
        List<Violation> problems = new ArrayList<>();
        checkCommon(member, benefit, "benefit", amount, date, reason, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        long balance = balance(member);
        if (balance < amount) {
            throw new InsufficientCreditsException(member, balance, amount);
        }
        return append(new CreditEntry(size + 1L, EntryKind.REDEMPTION, member, benefit, null, amount, date, reason));
    }

    private void checkCommon(String member, String subject, String subjectName, long amount, LocalDate date, String reason,
                             List<Violation> problems) {
        if (member == null || !ID.matcher(member).matches()) {
            problems.add(new Violation("member", "\"" + member + "\" is not a member id"));
        }
        if (subject == null || subject.isBlank()) {
            problems.add(new Violation(subjectName, "is required: name it"));
        }
        if (amount <= 0) {
            problems.add(new Violation("amount", amount + " is not positive; give a whole number of credits > 0"));
        }
        if (date == null) {
            problems.add(new Violation("date", "is required"));
        } else if (size > 0 && date.isBefore(entry(size).date())) {
            problems.add(new Violation("date", date + " is before the last entry's date " + entry(size).date()
                    + "; the ledger is kept in date order"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new Violation("reason", "is required: say why"));
        }
    }

    private CreditLedger append(CreditEntry entry) {
        synchronized (store) {
            if (store.size() == size) {
                store.add(entry);
                return new CreditLedger(store, size + 1);
            }
        }
        // this version was branched from: copy its history into a new store
        Store copy = new Store();
        for (int i = 1; i <= size; i++) {
            copy.add(entry(i));
        }
        copy.add(entry);
        return new CreditLedger(copy, size + 1);
    }

    /** The number of entries. */
    public int size() {
        return size;
    }

    /** The entry with the given sequence number (1..size). */
    public CreditEntry entry(long sequence) {
        if (sequence < 1 || sequence > size) {
            throw new IndexOutOfBoundsException("sequence: " + sequence + " is outside 1.." + size);
        }
        synchronized (store) {
            return store.entries.get((int) sequence - 1);
        }
    }

    /** Every entry, oldest first. */
    public List<CreditEntry> entries() {
        synchronized (store) {
            return List.copyOf(store.entries.subList(0, size));
        }
    }

    /** A member's balance: its credits minus its redemptions (0 for a member without entries). */
    public long balance(String member) {
        synchronized (store) {
            return store.balanceAt(member, size);
        }
    }

    /** Every member's balance, by member id. */
    public Map<String, Long> balances() {
        Map<String, Long> balances = new TreeMap<>();
        synchronized (store) {
            for (String member : store.history.keySet()) {
                long balance = store.balanceAt(member, size);
                if (store.firstIndex(member) < size) {
                    balances.put(member, balance);
                }
            }
        }
        return Collections.unmodifiableMap(balances);
    }

    /** All credits ever granted. */
    public long issued() {
        synchronized (store) {
            return store.issuedAt(size);
        }
    }

    /** All credits ever redeemed. */
    public long redeemed() {
        synchronized (store) {
            return store.redeemedAt(size);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditLedger other && entries().equals(other.entries());
    }

    @Override
    public int hashCode() {
        return entries().hashCode();
    }

    @Override
    public String toString() {
        return "CreditLedger[" + size + " entries, issued " + issued() + ", redeemed " + redeemed() + "]";
    }

    /** Shared, append-only storage with running totals, indexed for O(log n) look-ups at any version. */
    private static final class Store {
        final List<CreditEntry> entries = new ArrayList<>();
        /** per member: entry indices and the balance after each. */
        final Map<String, long[][]> history = new HashMap<>();
        final Map<String, Integer> counts = new HashMap<>();
        long[] issued = new long[16];
        long[] redeemed = new long[16];

        int size() {
            return entries.size();
        }

        void add(CreditEntry entry) {
            int index = entries.size();
            entries.add(entry);
            if (index + 1 >= issued.length) {
                issued = java.util.Arrays.copyOf(issued, issued.length * 2);
                redeemed = java.util.Arrays.copyOf(redeemed, redeemed.length * 2);
            }
            issued[index + 1] = issued[index] + (entry.kind() == EntryKind.CREDIT ? entry.amount() : 0);
            redeemed[index + 1] = redeemed[index] + (entry.kind() == EntryKind.REDEMPTION ? entry.amount() : 0);
            long[][] h = history.computeIfAbsent(entry.member(), k -> new long[][] {new long[4], new long[4]});
            int count = counts.getOrDefault(entry.member(), 0);
            if (count == h[0].length) {
                h[0] = java.util.Arrays.copyOf(h[0], count * 2);
                h[1] = java.util.Arrays.copyOf(h[1], count * 2);
                history.put(entry.member(), h);
            }
            h[0][count] = index;
            h[1][count] = (count == 0 ? 0 : h[1][count - 1]) + entry.signedAmount();
            counts.put(entry.member(), count + 1);
        }

        long balanceAt(String member, int size) {
            long[][] h = history.get(member);
            if (h == null) {
                return 0;
            }
            int count = counts.get(member);
            // last position whose entry index is < size
            int lo = 0;
            int hi = count - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (h[0][mid] < size) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found < 0 ? 0 : h[1][found];
        }

        long firstIndex(String member) {
            return history.get(member)[0][0];
        }

        long issuedAt(int size) {
            return issued[size];
        }

        long redeemedAt(int size) {
            return redeemed[size];
        }
    }
}
